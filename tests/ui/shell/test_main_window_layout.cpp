// Main window layout: the window geometry, the dock and toolbar state and every splitter's sizes
// are saved to QSettings (a temporary INI file here) on close and restored by the next window.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

#include <QDockWidget>
#include <QFileInfo>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>

#include "tests/ui/window_fixture.h"
#include "ui/labs/labs_view.h"
#include "ui/shell/main_window.h"

using namespace ts;
namespace fs = std::filesystem;

namespace {

// Sizes equal to within a pixel (a splitter rounds when it lays out again).
bool closeSizes(const QList<int>& a, const QList<int>& b) {
    if (a.size() != b.size()) return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (std::abs(a[i] - b[i]) > 1) return false;
    return true;
}

}  // namespace

TEST_CASE("MainWindow saves its layout on close and restores it on start", "[ui][main][settings]") {
    const test::WindowFolder folder;
    const fs::path store = folder.store();
    QList<int> library, labs;
    QRect geometry;
    {
        MainWindow w(store);
        w.show();
        // Not the default 1500 x 950, and inside the offscreen screen (800 x 800): a window larger than
        // its screen is shrunk to fit on start (MainWindow::fitToScreen).
        w.setGeometry(20, 30, 780, 740);
        w.addDockWidget(Qt::RightDockWidgetArea, w.findChild<QDockWidget*>("libraryDock"));
        QApplication::processEvents();
        auto* split = w.findChild<QSplitter*>("librarySplit");
        REQUIRE(split);
        split->setSizes({120, 480});
        library = split->sizes();
        w.tabs()->setCurrentWidget(w.findChild<LabsView*>());
        QApplication::processEvents();
        auto* labsSplit = w.findChild<LabsView*>()->findChild<QSplitter*>();  // unnamed: keyed by its path
        REQUIRE(labsSplit);
        labsSplit->setSizes({500, 90});
        labs = labsSplit->sizes();
        geometry = w.geometry();
        REQUIRE(geometry.size() == QSize(780, 740));
        REQUIRE(w.close());
    }
    // The sizes differ from the defaults, so restoring them is what makes the checks below pass.
    {
        QSettings s(QStringLiteral("TrialScope"), QStringLiteral("TrialScope"));
        CHECK(QFileInfo(s.fileName()).absolutePath().startsWith(folder.dir.path()));
        CHECK_FALSE(s.value("window/geometry").toByteArray().isEmpty());
        CHECK_FALSE(s.value("window/state").toByteArray().isEmpty());
        s.beginGroup("splitters");
        CHECK(s.childKeys().size() >= 2);
    }
    MainWindow w(store);
    w.show();
    w.tabs()->setCurrentWidget(w.findChild<LabsView*>());
    QApplication::processEvents();
    CHECK(w.geometry() == geometry);
    CHECK(w.dockWidgetArea(w.findChild<QDockWidget*>("libraryDock")) == Qt::RightDockWidgetArea);
    const QList<int> libraryNow = w.findChild<QSplitter*>("librarySplit")->sizes();
    const QList<int> labsNow = w.findChild<LabsView*>()->findChild<QSplitter*>()->sizes();
    INFO("library " << library[0] << "," << library[1] << " -> " << libraryNow[0] << "," << libraryNow[1]);
    CHECK(closeSizes(libraryNow, library));
    INFO("labs " << labs[0] << "," << labs[1] << " -> " << labsNow[0] << "," << labsNow[1]);
    CHECK(closeSizes(labsNow, labs));
}
