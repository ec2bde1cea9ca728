// The viewer on a team library (tests/server_library.h): the window names the library, lists only
// what its role was granted, follows what other users change, refuses a reader's delete in one
// message, rides out the server going away and coming back, and File > Connect to team library...
// opens a library in a window of its own without keeping the password.
#include <catch2/catch.hpp>

#include <cstdlib>

#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>

#include "tests/server_library.h"
#include "tests/ui/window_fixture.h"
#include "ui/common/settings.h"
#include "ui/library/study_library_model.h"
#include "ui/library/study_library_view.h"
#include "ui/shell/connect_dialog.h"
#include "ui/shell/main_window.h"

using namespace ts;
using test::ServerLibrary;

namespace {

void cli(const std::string& db, const std::string& command) {
    const std::string line = std::string(TRIALSCOPE_CLI) + " --db '" + db + "' " + command + " > /dev/null";
    REQUIRE(std::system(line.c_str()) == 0);
}

const std::string kSamples = TRIALSCOPE_SOURCE_DIR "/sample_trials/";

bool listed(const MainWindow& w, const QString& id) { return w.library()->model()->rowOf(id) >= 0; }

}  // namespace

TEST_CASE("the viewer on a team library shows what its role may see and follows other users", "[ui][server]") {
    const test::WindowFolder folder;
    const ServerLibrary library;
    library.makeRole("ts_viewer");
    cli(library.uri(), "import '" + kSamples + "shi2021' '" + kSamples + "li2023'");
    cli(library.uri(), "grant --study SHI2021 --role ts_viewer --access read");

    MainWindow w(library.uri("ts_viewer"));
    w.show();
    CHECK(w.windowTitle().contains("Team library: postgresql://ts_viewer@"));
    CHECK(w.findChild<QDockWidget*>(QStringLiteral("libraryDock"))->windowTitle() == "Team library");
    CHECK(listed(w, "SHI2021"));
    CHECK_FALSE(listed(w, "LI2023"));
    w.openStudy(QStringLiteral("SHI2021"));
    REQUIRE(QTest::qWaitFor([&w] { return w.study() != nullptr; }, 30000));
    CHECK(w.study()->info.id == "SHI2021");
    CHECK(w.headerText().contains("Team library: postgresql://"));

    // The owner grants another study: it appears within the 2 s poll.
    cli(library.uri(), "grant --study LI2023 --role ts_viewer --access read");
    CHECK(QTest::qWaitFor([&w] { return listed(w, "LI2023"); }, 10000));
    // The owner re-imports the open study: reloaded.
    QSignalSpy opened(&w, &MainWindow::studyOpened);
    cli(library.uri(), "import '" + kSamples + "shi2021'");
    REQUIRE(opened.wait(10000));
    CHECK(opened.front().front().toString() == "SHI2021");

    // A reader's delete is refused, naming the study and the role; nothing changes.
    w.deleteStudy(QStringLiteral("LI2023"), false);
    CHECK(w.lastError().contains("role ts_viewer may not delete study LI2023"));
    CHECK(listed(w, "LI2023"));
}

TEST_CASE("the viewer says when the team library's server goes away and carries on when it is back",
          "[ui][server][restart]") {
    const test::WindowFolder folder;
    const test::PrivateCluster cluster;
    const ServerLibrary library(cluster.host());
    cli(library.uri(), "import '" + kSamples + "li2023'");
    MainWindow w(library.uri());
    w.show();
    w.openStudy(QStringLiteral("LI2023"));
    REQUIRE(QTest::qWaitFor([&w] { return w.study() != nullptr; }, 30000));

    cluster.halt();
    CHECK(QTest::qWaitFor([&w] { return w.statusBar()->currentMessage().contains("trying again"); }, 10000));
    CHECK(w.study() != nullptr);  // the views keep what they show
    // Opening a study meanwhile: said in one message; the study shown stays.
    w.openStudy(QStringLiteral("LI2023"));
    CHECK(QTest::qWaitFor([&w] { return w.lastError().contains("LI2023 cannot be loaded"); }, 15000));
    CHECK(w.lastError().contains("connection to the server was lost"));
    CHECK(w.study() != nullptr);
    cluster.resume();
    CHECK(QTest::qWaitFor([&w] { return w.statusBar()->currentMessage().contains("Connected again"); }, 15000));
    CHECK(listed(w, "LI2023"));
    // Reads work again on the new connection.
    QSignalSpy opened(&w, &MainWindow::studyOpened);
    w.openStudy(QStringLiteral("LI2023"));
    CHECK(opened.wait(30000));
}

TEST_CASE("File > Connect to team library opens the library in a window of its own, password kept in memory",
          "[ui][server][connect]") {
    const test::WindowFolder folder;
    const ServerLibrary library;
    cli(library.uri(), "import '" + kSamples + "qin2024'");

    ConnectDialog bad;
    bad.address()->setText(QStringLiteral("/some/file.db"));
    bad.accept();
    CHECK(bad.opened() == nullptr);
    CHECK(bad.findChild<QLabel*>(QStringLiteral("connectError"))->text().contains("postgresql://"));

    ConnectDialog unknown;
    unknown.address()->setText(QString::fromStdString(library.uri() + "_nosuchdb"));
    unknown.accept();
    CHECK(unknown.opened() == nullptr);
    CHECK(unknown.findChild<QLabel*>(QStringLiteral("connectError"))->text().contains("cannot connect"));

    ConnectDialog d;
    d.address()->setText(QString::fromStdString(library.uri()));
    d.password()->setText(QStringLiteral("s3cret&x"));  // the test cluster trusts; libpq still gets it
    CHECK(d.location().string().find("password=s3cret%26x") != std::string::npos);
    d.accept();
    REQUIRE(d.opened() != nullptr);
    MainWindow* w = d.opened();
    CHECK(listed(*w, "QIN2024"));
    CHECK(w->windowTitle().contains("Team library"));
    CHECK_FALSE(w->windowTitle().contains("s3cret"));
    CHECK(Settings::lastTeamLibrary() == QString::fromStdString(library.uri()));
    w->close();
}
