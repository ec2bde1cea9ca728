// The viewer opening a study from the store, from a cold process: main() to the first painted
// survival figure, then a change of the grouping variable to its repaint, and the peak memory.
// Not a Google Benchmark: one run is the measurement ("cold"); repeat the command to see the spread.
//   QT_QPA_PLATFORM=offscreen build/test/tests/bench/bench_ui_open STORE.db STUDY [BY]
// (tests/bench/km_process_vs_r.sh leaves no store behind; import a study first, e.g. its ADaM CSVs.)
#include <chrono>
#include <cstdio>
#include <sys/resource.h>

#include <QApplication>
#include <QComboBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <qcustomplot.h>

#include "core/analysis/heap_policy.h"
#include "ui/shell/main_window.h"
#include "ui/survival/survival_view.h"

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

// Waits for the survival view's next report (true) or 60 s (false).
bool nextReport(ts::SurvivalView* view) {
    QSignalSpy shown(view, &ts::SurvivalView::reportShown);
    while (shown.wait(60000))
        if (view->report()) return true;
    return false;
}

}  // namespace

int main(int argc, char** argv) {
    const Clock::time_point start = Clock::now();
    ts::keepFreedMemory();  // as the viewer's main() does
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_ui_open STORE.db STUDY [BY]\n");
        return 2;
    }
    QApplication app(argc, argv);
    const QTemporaryDir settings;  // no recent studies or layout of the user's
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    ts::MainWindow window(argv[1]);
    window.resize(1600, 1000);
    window.show();
    window.openStudy(QString::fromUtf8(argv[2]));
    ts::SurvivalView* view = window.survivalView();
    if (!nextReport(view)) return 1;
    view->plot()->replot(QCustomPlot::rpImmediateRefresh);
    const double firstPaint = msSince(start);

    auto* by = view->findChild<QComboBox*>(QStringLiteral("by"));
    const int at = by->findData(QString::fromUtf8(argc > 3 ? argv[3] : "SEX"));
    double change = -1;
    if (at >= 0) {
        const Clock::time_point t = Clock::now();
        by->setCurrentIndex(at);
        if (!nextReport(view)) return 1;
        view->plot()->replot(QCustomPlot::rpImmediateRefresh);
        change = msSince(t);
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("study %s: %zu subjects\n", argv[2], window.study()->overview().subjects);
    std::printf("main() to first painted survival figure: %.0f ms\n", firstPaint);
    std::printf("grouping changed to its repaint: %.0f ms\n", change);
    std::printf("peak memory: %ld MB\n", usage.ru_maxrss / 1024);
    return 0;
}
