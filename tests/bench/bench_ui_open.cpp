// The viewer opening a study from the store, from a cold process: main() to the first painted
// survival figure, then a change of the grouping variable, of the CI transform and of the population
// (all subjects <-> the first flag), each to its repaint, and the peak memory (-1: no such choice).
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

    // A control changed to its repaint, in ms; -1 when the control has no such choice.
    const auto change = [&](const char* control, int at) -> double {
        auto* box = view->findChild<QComboBox*>(QString::fromLatin1(control));
        if (!box || at < 0 || at >= box->count() || at == box->currentIndex()) return -1;
        const Clock::time_point t = Clock::now();
        box->setCurrentIndex(at);
        if (!nextReport(view)) return -2;
        view->plot()->replot(QCustomPlot::rpImmediateRefresh);
        return msSince(t);
    };
    auto* by = view->findChild<QComboBox*>(QStringLiteral("by"));
    const double grouping = change("by", by->findData(QString::fromUtf8(argc > 3 ? argv[3] : "SEX")));
    auto* conf = view->findChild<QComboBox*>(QStringLiteral("confType"));
    const double ci = change("confType", (conf->currentIndex() + 1) % conf->count());
    auto* population = view->findChild<QComboBox*>(QStringLiteral("population"));
    const double flag = change("population", population->currentIndex() == 0 ? 1 : 0);
    if (grouping < -1 || ci < -1 || flag < -1) return 1;
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("study %s: %zu subjects\n", argv[2], window.study()->overview().subjects);
    std::printf("main() to first painted survival figure: %.0f ms\n", firstPaint);
    std::printf("grouping changed to its repaint: %.0f ms\n", grouping);
    std::printf("CI transform changed to its repaint: %.0f ms\n", ci);
    std::printf("population changed to its repaint: %.0f ms\n", flag);
    std::printf("peak memory: %ld MB\n", usage.ru_maxrss / 1024);
    return 0;
}
