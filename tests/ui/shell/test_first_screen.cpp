// The first screen: a store holding the four sample trials (scripts/run.sh) opens, on a first
// start, on the randomised Shi 2021's survival view (it opened on Jia 2020, the first of the
// library, whose survival tab is empty); afterwards on the last study and tab. A tab without data
// for the open study is covered by what the study lacks and links to the tabs that have its data.
#include <catch2/catch.hpp>

#include <filesystem>

#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>

#include "tests/ui/view_fixture.h"
#include "ui/shell/main_window.h"
#include "ui/survival/survival_view.h"
#include "ui/views/view_registry.h"

using namespace ts;
namespace fs = std::filesystem;

namespace {

const char* const kSamples[] = {"jia2020", "li2023", "qin2024", "shi2021"};

void fillStore(const fs::path& store) {
    MainWindow w(store);
    QSignalSpy done(&w, &MainWindow::importDone);
    QStringList paths;
    for (const char* s : kSamples) paths << QStringLiteral(TRIALSCOPE_SOURCE_DIR "/sample_trials/%1").arg(s);
    w.importPaths(paths);
    REQUIRE(done.wait(60000));
}

// A store holding the four samples, with the viewer's settings kept beside it.
struct SampleStore {
    QApplication& app = test::application();
    QTemporaryDir dir;
    fs::path file = fs::path(dir.path().toStdString()) / "store.db";
    SampleStore() {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
        fillStore(file);
    }
};

// A window on `store`, once its start study is open.
struct Started {
    MainWindow w;
    explicit Started(const fs::path& store) : w(store) {
        QSignalSpy opened(&w, &MainWindow::studyOpened);
        w.show();
        if (!w.study()) REQUIRE(opened.wait(30000));
    }
    void open(const char* id) {
        QSignalSpy opened(&w, &MainWindow::studyOpened);
        w.openStudy(QString::fromLatin1(id));
        REQUIRE(opened.wait(30000));
    }
};

}  // namespace

TEST_CASE("first start opens Shi 2021's survival; later starts the last study and tab", "[ui][main]") {
    const SampleStore samples;
    const fs::path& store = samples.file;
    QSettings(QStringLiteral("TrialScope"), QStringLiteral("TrialScope")).clear();  // as on a first start
    {
        Started s(store);
        REQUIRE(s.w.study());
        CHECK(s.w.study()->info.id == "SHI2021");
        CHECK(s.w.tabs()->currentWidget() == s.w.page(ViewId::Survival));
        CHECK(s.w.page(ViewId::Survival)->offerText().isEmpty());
        if (!s.w.survivalView()->report()) REQUIRE(test::waitShown(*s.w.survivalView()));
        CHECK(s.w.survivalView()->items().curves.size() == 2);
        // The user moves to Li 2023's labs, which it has none of, then to its baseline.
        s.open("LI2023");
        s.w.tabs()->setCurrentWidget(s.w.page(ViewId::Baseline));
    }
    Started again(store);
    CHECK(again.w.study()->info.id == "LI2023");
    CHECK(again.w.tabs()->currentWidget() == again.w.page(ViewId::Baseline));
}

TEST_CASE("a tab without data says what the study has and offers it", "[ui][main]") {
    const SampleStore samples;
    Started s(samples.file);
    s.open("JIA2020");  // published aggregates only: labs and Table 1
    ViewPage* survival = s.w.page(ViewId::Survival);
    const QString offer = survival->offerText();
    CHECK(offer.contains(QStringLiteral("JIA2020 has no patient-level time-to-event data.")));
    CHECK(offer.contains(QStringLiteral("href='Labs'")));
    CHECK(offer.contains(QStringLiteral("published summaries of ALT")));
    CHECK(offer.contains(QStringLiteral("href='Baseline'")));
    CHECK_FALSE(offer.contains(QStringLiteral("href='Adverse events'")));
    // The offer covers the survival controls.
    auto* cover = survival->findChild<QLabel*>(QStringLiteral("viewOffer"));
    REQUIRE(cover);
    CHECK(cover->isVisible());
    CHECK(cover->geometry() == survival->rect());
    // Following the link opens the Labs tab, which has data and no offer.
    emit cover->linkActivated(QStringLiteral("Labs"));
    CHECK(s.w.tabs()->currentWidget() == s.w.page(ViewId::Labs));
    CHECK(s.w.page(ViewId::Labs)->offerText().isEmpty());
    // Another study with survival data uncovers the page.
    s.open("SHI2021");
    CHECK(survival->offerText().isEmpty());
    CHECK_FALSE(cover->isVisible());
}
