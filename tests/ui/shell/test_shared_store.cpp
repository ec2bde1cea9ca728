// The viewer and trialscope-cli on one store at the same time (issue 17): what the CLI imports,
// re-imports or deletes shows in the open viewer within seconds (the library, and the open study
// reloaded), and the viewer's own imports afterwards still land in a sound store.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

#include <QFile>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>

#include "core/store/store.h"
#include "tests/ui/window_fixture.h"
#include "ui/library/study_library_model.h"
#include "ui/library/study_library_view.h"
#include "ui/shell/main_window.h"

using namespace ts;
namespace fs = std::filesystem;

namespace {

void cli(const fs::path& db, const std::string& command) {
    const std::string line = std::string(TRIALSCOPE_CLI) + " --db '" + db.string() + "' " + command + " > /dev/null";
    REQUIRE(std::system(line.c_str()) == 0);
}

bool listed(const MainWindow& w, const QString& id) { return w.library()->model()->rowOf(id) >= 0; }

}  // namespace

TEST_CASE("the viewer follows what trialscope-cli does to its store", "[ui][shell][store]") {
    const test::WindowFolder folder;
    const QTemporaryDir& dir = folder.dir;
    const fs::path db = folder.store();
    MainWindow w(db);
    w.show();
    test::importSamples(w, {"shi2021"});
    REQUIRE(QTest::qWaitFor([&w] { return w.study() != nullptr; }, 30000));
    CHECK(w.study()->info.id == "SHI2021");

    cli(db, "import '" TRIALSCOPE_SOURCE_DIR "/sample_trials/li2023'");
    CHECK(QTest::qWaitFor([&w] { return listed(w, "LI2023"); }, 10000));
    CHECK(w.study()->info.id == "SHI2021");  // the open study is left alone

    // The open study re-imported from other files: reloaded, with the new data's fingerprint.
    const std::string before = w.study()->info.dataSha256;
    const fs::path copy = fs::path(dir.path().toStdString()) / "shi2021";
    fs::copy(TRIALSCOPE_SOURCE_DIR "/sample_trials/shi2021", copy, fs::copy_options::recursive);
    {
        QFile adsl(QString::fromStdString((copy / "adsl.csv").string()));
        REQUIRE(adsl.open(QIODevice::Append));
        adsl.write("\n");
    }
    QSignalSpy opened(&w, &MainWindow::studyOpened);
    cli(db, "import '" + copy.string() + "'");
    REQUIRE(opened.wait(10000));
    CHECK(opened.front().front().toString() == "SHI2021");
    CHECK(w.study()->info.dataSha256 != before);
    CHECK(w.statusBar()->currentMessage().contains("re-imported by another program"));

    cli(db, "delete LI2023");
    CHECK(QTest::qWaitFor([&w] { return !listed(w, "LI2023"); }, 10000));

    // The viewer's own import after all that: a sound store.
    test::importSamples(w, {"jia2020"});
    CHECK(w.lastError().isEmpty());
    CHECK(listed(w, "JIA2020"));
    CHECK_NOTHROW(Store::openForReading(db).checkIntegrity());
}
