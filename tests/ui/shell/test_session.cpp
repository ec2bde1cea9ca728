// Sessions (issue 16): a session saved with non-default options on every page, a tab and a
// comparison open is restored whole by another window; an autosave left by a viewer that did not
// close is offered back at start and restores the same; a file that is not a session is refused
// naming it.
#include <catch2/catch.hpp>

#include <filesystem>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>

#include "tests/ui/window_fixture.h"
#include "ui/common/settings.h"
#include "ui/labs/labs_view.h"
#include "ui/liver/liver_view.h"
#include "ui/shell/figure_actions.h"
#include "ui/shell/main_window.h"
#include "ui/shell/session_keeper.h"
#include "ui/survival/survival_view.h"

using namespace ts;
namespace fs = std::filesystem;

namespace {

void open(MainWindow& w, const QString& id) {
    QSignalSpy opened(&w, &MainWindow::studyOpened);
    w.openStudy(id);
    REQUIRE(opened.wait(30000));
    REQUIRE(w.study()->info.id == id.toStdString());
}

// Waits for the start study of a new window (the most recent one of the settings).
void waitStarted(MainWindow& w) {
    REQUIRE(QTest::qWaitFor([&w] { return w.study() != nullptr; }, 30000));
}

std::vector<std::string> chosenIds(const CompareView& c) {
    std::vector<std::string> out;
    for (const StudyInfo* s : c.chosenStudies()) out.push_back(s->id);
    return out;
}

// What a restored window must show again.
struct Shown {
    std::string study, tab, compareTab;
    std::vector<std::string> km, labs, liver, compare, compared;
    bool operator==(const Shown&) const = default;
};

Shown shown(MainWindow& w) {
    Shown s;
    s.study = w.study() ? w.study()->info.id : "";
    s.tab = qobject_cast<ViewPage*>(w.tabs()->currentWidget())->viewName();
    // The analyses' options as drawn: empty until each page's report is on screen.
    s.km = w.survivalView()->exportArguments().value_or(std::vector<std::string>{});
    s.labs = w.page(ViewId::Labs)->exportArguments().value_or(std::vector<std::string>{});
    s.liver = w.page(ViewId::Liver)->sessionArguments().value_or(std::vector<std::string>{});
    if (const CompareView* c = w.figureActions()->compareView()) {
        s.compareTab = c->tabName();
        s.compare = c->figureOptions().words();
        s.compared = chosenIds(*c);
    }
    return s;
}

// `w` shows `saved` once its analyses have run (each redraw is in the background).
void checkShows(MainWindow& w, const Shown& saved) {
    const bool same = QTest::qWaitFor([&] { return shown(w) == saved; }, 30000);
    const Shown now = shown(w);
    CHECK(same);
    CHECK(now.study == saved.study);
    CHECK(now.tab == saved.tab);
    CHECK(now.km == saved.km);
    CHECK(now.labs == saved.labs);
    CHECK(now.liver == saved.liver);
    CHECK(now.compareTab == saved.compareTab);
    CHECK(now.compare == saved.compare);
    CHECK(now.compared == saved.compared);
}

}  // namespace

TEST_CASE("a session is saved and restored with every option, and offered back after a crash", "[ui][session]") {
    const test::WindowFolder folder;
    const fs::path db = folder.store();
    const QString file = folder.file(QStringLiteral("work.trialscope"));
    Shown saved;
    {
        MainWindow a(db);
        a.show();
        test::importSamples(a, {"shi2021", "li2023"});
        open(a, QStringLiteral("SHI2021"));

        // Options off their defaults on the survival, labs and liver pages.
        SurvivalView& km = *a.survivalView();
        if (!km.report()) REQUIRE(test::waitShown(km));
        QSignalSpy redrawn(&km, &SurvivalView::reportShown);
        auto* conf = km.findChild<QComboBox*>("confType");
        conf->setCurrentIndex(conf->findData(static_cast<int>(stats::ConfType::Plain)));
        REQUIRE(redrawn.wait(30000));
        km.findChild<QCheckBox*>("censor")->setChecked(false);
        km.findChild<QDoubleSpinBox*>("axisMax")->setValue(60);
        auto& labs = *qobject_cast<LabsView*>(a.page(ViewId::Labs));
        a.tabs()->setCurrentWidget(&labs);
        REQUIRE(labs.setParameter(QStringLiteral("TBIL")));
        labs.setScale(LabScale::Change);
        qobject_cast<LiverView*>(a.page(ViewId::Liver))->showPanel(2);
        QSignalSpy compared(a.figureActions(), &FigureActions::compareOpened);
        a.figureActions()->compareStudies(
            {"--study", "SHI2021,LI2023", "--layout", "forest", "--endpoint", "OS", "--unit", "weeks"});
        REQUIRE(compared.wait(60000));
        REQUIRE(QTest::qWaitFor([&] { return !shown(a).labs.empty() && !shown(a).km.empty(); }, 30000));
        saved = shown(a);
        CHECK(Args(saved.km).value("--conf-type") == "plain");
        CHECK(Args(saved.labs).value("--param") == "TBIL");
        CHECK(Args(saved.liver).value("--panel") == "event");
        CHECK(saved.compareTab == "forest");
        CHECK(Args(saved.compare).value("--unit") == "weeks");
        REQUIRE(a.sessions()->save(file));
        CHECK(Settings::recentSessions().front() == QFileInfo(file).absoluteFilePath());

        // Another window, on another study and tab, restores it all.
        MainWindow b(db);
        b.show();
        waitStarted(b);
        open(b, QStringLiteral("LI2023"));
        b.tabs()->setCurrentWidget(b.survivalView());
        QSignalSpy opened(&b, &MainWindow::studyOpened);
        QSignalSpy restored(b.sessions(), &SessionKeeper::restored);
        REQUIRE(b.sessions()->open(file));
        REQUIRE(restored.size() == 1);
        CHECK(restored.front().at(1).toString().isEmpty());  // nothing it could not restore
        REQUIRE(opened.wait(30000));
        checkShows(b, saved);

        // The viewer that made `a`'s autosave "crashed": its file is left without a lock. While
        // `a` runs, its own autosave (locked) is never offered.
        a.sessions()->autosave();
        REQUIRE(QFile::exists(a.sessions()->autosavePath()));
        const QString orphan = Settings::autosaveFolder() + QStringLiteral("/session-4000000-1.trialscope");
        REQUIRE(QFile::copy(a.sessions()->autosavePath(), orphan));
        CHECK(b.sessions()->orphanedAutosave() == orphan);
    }
    // The windows closed: their own autosaves went with them, the orphan stayed.
    const QString orphan = Settings::autosaveFolder() + QStringLiteral("/session-4000000-1.trialscope");
    REQUIRE(QFile::exists(orphan));
    MainWindow c(db);
    c.show();
    QMessageBox* offer = nullptr;
    REQUIRE(QTest::qWaitFor([&] { return (offer = c.findChild<QMessageBox*>("restoreSession")) != nullptr; }, 10000));
    CHECK(offer->text().contains("SHI2021"));
    CHECK(offer->text().contains("Labs"));
    QSignalSpy restored(c.sessions(), &SessionKeeper::restored);
    offer->button(QMessageBox::Yes)->click();
    REQUIRE(restored.size() == 1);
    REQUIRE(QTest::qWaitFor([&] { return c.study() && c.study()->info.id == "SHI2021"; }, 30000));
    checkShows(c, saved);
    CHECK_FALSE(QFile::exists(orphan));
}

TEST_CASE("a file that is not a session is refused naming it, and nothing changes", "[ui][session]") {
    const test::WindowFolder folder;
    MainWindow w(folder.store());
    w.show();
    const QString bad = folder.file(QStringLiteral("bad.trialscope"));
    QFile out(bad);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write("{\"trialscope_session\": 1, \"tab\": 7}");
    out.close();
    const int tab = w.tabs()->currentIndex();
    CHECK_FALSE(w.sessions()->open(bad));
    auto* message = w.findChild<QMessageBox*>("sessionMessage");
    REQUIRE(message);
    CHECK(message->text().contains("bad.trialscope:0: the session has no text \"trialscope_version\""));
    CHECK(w.tabs()->currentIndex() == tab);
    CHECK(Settings::recentSessions().isEmpty());
    CHECK(w.sessions()->orphanedAutosave().isEmpty());
}
