// Main window: importing the CDISC pilot in the background into a fresh store, the library and
// every page showing it, import errors with file and row, delete, theme switch; and (tag
// [.screenshots], with TRIALSCOPE_SCREENSHOTS=DIR) PNGs of every view for docs/screenshots/.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <QDialog>
#include <QDir>
#include <QLineEdit>
#include <QScreen>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <qcustomplot.h>

#include "tests/ui/window_fixture.h"
#include "ui/library/study_library_model.h"
#include "ui/library/study_library_view.h"
#include "ui/profile/profile_view.h"
#include "ui/shell/figure_actions.h"
#include "ui/shell/main_window.h"
#include "ui/survival/survival_view.h"

using namespace ts;
namespace fs = std::filesystem;

TEST_CASE("MainWindow imports the CDISC pilot and shows it on every page", "[ui][main]") {
    const test::WindowFolder folder;
    const QTemporaryDir& dir = folder.dir;
    MainWindow w(fs::path(dir.path().toStdString()) / "store.db");
    w.show();
    REQUIRE(w.tabs()->count() == 6);
    CHECK(w.tabs()->tabText(0) == "Survival");
    CHECK(w.library()->model()->rowCount() == 0);

    QSignalSpy opened(&w, &MainWindow::studyOpened);
    const ImportOutcome outcome =
        test::importThrough(w, {QString::fromStdString(test::pilotCsvFolder(dir.path().toStdString()).string())});
    CHECK(outcome.error.isEmpty());
    REQUIRE(outcome.studies == QStringList{"CDISCPILOT01"});
    CHECK(w.library()->model()->rowCount() == 1);
    REQUIRE(opened.wait(30000));
    REQUIRE(w.study());
    CHECK(w.study()->info.id == "CDISCPILOT01");
    CHECK(w.headerText().contains("CDISCPILOT01"));
    CHECK(w.library()->currentId() == "CDISCPILOT01");
    // The survival page analyses the study in the background and draws three arms.
    SurvivalView* km = w.survivalView();
    if (!km->report()) REQUIRE(test::waitShown(*km));
    REQUIRE(km->report());
    CHECK(km->items().curves.size() == 3);
    CHECK(km->report()->study == "CDISCPILOT01");

    // A subject opened from any view (here the Liver tab's eDISH) shows on the Patient tab.
    emit w.page(ViewId::Liver)->subjectActivated("01-705-1186");
    auto* profile = qobject_cast<ProfileView*>(w.page(ViewId::Profile));
    REQUIRE(profile);
    CHECK(w.tabs()->currentWidget() == profile);
    QTRY_VERIFY_WITH_TIMEOUT(profile->profile() != nullptr, 30000);
    CHECK(profile->profile()->usubjid == "01-705-1186");
    w.tabs()->setCurrentIndex(0);

    // The comparison window fits the screen, and Enter in its "Survival at" field keeps it open.
    auto* actions = w.findChild<FigureActions*>();
    REQUIRE(actions);
    actions->compareStudies();
    QDialog* compare = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((compare = w.findChild<QDialog*>()) != nullptr, 30000);
    QTRY_VERIFY(compare->isVisible());
    // 1400 x 800 at most, within 95% of the screen's free area (or the window's minimum, when the
    // screen is smaller than that: the offscreen test screen is 800 x 600).
    const QSize room = compare->screen()->availableGeometry().size() * 0.95;
    CHECK(compare->size() == QSize(1400, 800).boundedTo(room).expandedTo(compare->minimumSizeHint()));
    QLineEdit* times = nullptr;
    for (QLineEdit* edit : compare->findChildren<QLineEdit*>())
        if (edit->placeholderText().contains("12, 24")) times = edit;
    REQUIRE(times);
    times->setFocus();
    times->setText("30, 90");
    QTest::keyClick(times, Qt::Key_Return);
    QApplication::processEvents();
    CHECK(compare->isVisible());
    compare->close();

    // A broken dataset: error names file and row, the library keeps the one good study.
    const fs::path bad = fs::path(dir.path().toStdString()) / "bad";
    fs::create_directories(bad);
    {
        std::ofstream adsl(bad / "adsl.csv");
        adsl << "STUDYID,USUBJID,TRT01A\nBAD,B1,Placebo\nBAD,B1,Placebo\n";  // duplicate subject
        std::ofstream adtte(bad / "adtte.csv");
        adtte << "STUDYID,USUBJID,PARAMCD,PARAM,AVAL,CNSR\nBAD,B1,OS,Overall survival,abc,0\n";
    }
    const ImportOutcome failed = test::importThrough(w, {QString::fromStdString(bad.string())});
    CHECK(failed.studies.isEmpty());
    CHECK(failed.error.contains(".csv:"));
    CHECK(w.lastError() == failed.error);
    CHECK(w.library()->model()->rowCount() == 1);

    // Dark theme: the plot's background follows.
    w.setTheme(PlotStyle::Theme::Dark);
    QApplication::processEvents();
    const QImage dark = km->plot()->toPixmap(200, 150).toImage();
    CHECK(QColor(dark.pixel(1, 1)) == PlotStyle::dark().background);
    w.setTheme(PlotStyle::Theme::Light);
    QApplication::processEvents();
    CHECK(QColor(km->plot()->toPixmap(200, 150).toImage().pixel(1, 1)) == PlotStyle::light().background);

    w.deleteStudy("CDISCPILOT01", false);
    CHECK(w.library()->model()->rowCount() == 0);
    CHECK(w.study() == nullptr);
}

TEST_CASE("Screenshots of every view", "[.screenshots]") {
    const QByteArray out = qgetenv("TRIALSCOPE_SCREENSHOTS");
    REQUIRE_FALSE(out.isEmpty());
    const test::WindowFolder folder;
    const QTemporaryDir& dir = folder.dir;
    const QStringList studies =
        QString::fromUtf8(qgetenv("TRIALSCOPE_SCREENSHOT_STUDIES")).split(':', Qt::SkipEmptyParts);
    MainWindow w(fs::path(dir.path().toStdString()) / "store.db");
    // TRIALSCOPE_SCREENSHOT_SIZE=1366x768 for the small screen; 1600x1000 by default.
    const QStringList size = qEnvironmentVariable("TRIALSCOPE_SCREENSHOT_SIZE", QStringLiteral("1600x1000")).split('x');
    REQUIRE(size.size() == 2);
    w.resize(size[0].toInt(), size[1].toInt());
    w.show();
    QStringList paths = {QString::fromStdString(test::pilotCsvFolder(dir.path().toStdString()).string())};
    paths += studies;
    for (const QString& p : paths) test::importThrough(w, {p});
    const QString theme = qEnvironmentVariable("TRIALSCOPE_SCREENSHOT_THEME");
    if (theme == "dark") w.setTheme(PlotStyle::Theme::Dark);
    for (int s = 0; s < w.library()->model()->rowCount(); ++s) {
        const QString id = w.library()->model()->data(w.library()->model()->index(s, 0)).toString();
        QSignalSpy opened(&w, &MainWindow::studyOpened);
        w.openStudy(id);
        REQUIRE(opened.wait(30000));
        for (int t = 0; t < w.tabs()->count(); ++t) {
            w.tabs()->setCurrentIndex(t);
            QTest::qWait(1500);  // background analyses finish and draw
            const QString name =
                QStringLiteral("%1/%2_%3%4_%5.png")
                    .arg(QString::fromUtf8(out), id.toLower(), w.tabs()->tabText(t).toLower().replace(' ', '_'),
                         theme == "dark" ? QStringLiteral("_dark") : QString(), size[0]);
            REQUIRE(w.grab().save(name));
        }
    }
    w.setTheme(PlotStyle::Theme::Light);
}

TEST_CASE("MainWindow checks the store's integrity in the background and reports damage", "[ui][main]") {
    const test::WindowFolder folder;
    const QTemporaryDir& dir = folder.dir;
    const fs::path file = fs::path(dir.path().toStdString()) / "damaged.db";
    {
        Store store = Store::open(file);
        StudyData d = *test::smallStudy();
        d.labs.resize(3000, d.labs.front());
        store.importStudy(d);
    }
    std::string bytes;
    {
        std::ifstream in(file, std::ios::binary);
        bytes.assign(std::istreambuf_iterator<char>(in), {});
    }
    REQUIRE(bytes.size() > 20 * 4096);
    // Garbage over the middle pages (the lab table's b-tree): opening reads only the schema, so the
    // window opens, and the background check finds the damage.
    for (size_t k = 8 * 4096; k < 16 * 4096; ++k) bytes[k] = static_cast<char>(k * 7);
    std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
    MainWindow w(file);
    REQUIRE(QTest::qWaitFor([&w] { return !w.lastError().isEmpty(); }, 30000));
    CHECK(w.lastError().contains(QString::fromStdString(file.string())));
    CHECK(w.lastError().contains(QStringLiteral("corrupted")));
}
