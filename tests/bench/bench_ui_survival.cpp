// Survival view rendering on a generated study of 10^6 subjects (two arms, exponential event
// times with hazard ratio 0.75, uniform censoring; times rounded to days as in ADTTE):
//   FirstPaint  - analyseSurvival + KmPlot::render + the first QCustomPlot::replot (goal < 1 s)
//   PanRedraw   - one pan step of the time axis and its replot, on a plot tuned as the view's
//                 (tuneForScreen: fast polylines; antialiasing stays on, as between drags) (goal < 16 ms);
//                 counter replot_ms = QCustomPlot's own replot time (QCustomPlot::replotTime)
// Run: QT_QPA_PLATFORM=offscreen build/tests/bench/bench_ui_survival
#include <benchmark/benchmark.h>
#include <cmath>
#include <random>

#include <QApplication>
#include <qcustomplot.h>

#include "core/analysis/survival_analysis.h"
#include "ui/common/live_plot.h"
#include "ui/survival/km_plot.h"

namespace {

const ts::StudyData& bigStudy() {
    static const ts::StudyData study = [] {
        ts::StudyData s;
        s.info.id = "BIG";
        s.info.timeUnit = "days";
        s.info.arms = {{"Control", "Control", std::nullopt, "", ""}, {"Treatment", "Treatment", std::nullopt, "", ""}};
        std::mt19937_64 rng(20240601);
        std::exponential_distribution<double> control(1.0 / 700), treated(0.75 / 700);
        std::uniform_real_distribution<double> censor(0, 1500);
        const int n = 1'000'000;
        s.subjects.reserve(n);
        s.tte.reserve(n);
        for (int i = 0; i < n; ++i) {
            const std::string id = "S" + std::to_string(i);
            const bool arm = i % 2;
            s.subjects.push_back({id, {{"TRT01A", arm ? "Treatment" : "Control"}}});
            const double t = std::ceil(arm ? treated(rng) : control(rng));
            const double c = std::ceil(censor(rng));
            s.tte.push_back({id, "OS", "Overall survival", std::min(t, c), t <= c ? 0 : 1, ts::Provenance::Original});
        }
        return s;
    }();
    return study;
}

ts::SurvivalOptions options() {
    ts::SurvivalOptions o;
    o.endpoint = "OS";
    for (int t = 0; t <= 1500; t += 180) o.times.push_back(t);
    return o;
}

void FirstPaint(benchmark::State& state) {
    const ts::StudyData& study = bigStudy();
    QCustomPlot plot;
    plot.resize(1200, 800);
    for (auto _ : state) {
        const ts::SurvivalReport report = ts::analyseSurvival(study, options());
        ts::KmPlot::render(&plot, report);
        plot.replot(QCustomPlot::rpImmediateRefresh);
        benchmark::DoNotOptimize(plot.replotTime());
    }
}

void PanRedraw(benchmark::State& state) {
    const ts::SurvivalReport report = ts::analyseSurvival(bigStudy(), options());
    QCustomPlot plot;
    ts::tuneForScreen(&plot);
    plot.resize(1200, 800);
    ts::KmPlot::render(&plot, report);
    plot.replot();
    double replotMs = 0;
    int frames = 0;
    for (auto _ : state) {
        plot.xAxis->moveRange(frames % 20 < 10 ? 15 : -15);
        plot.replot(QCustomPlot::rpImmediateRefresh);
        replotMs += plot.replotTime();
        ++frames;
    }
    state.counters["replot_ms"] = replotMs / std::max(frames, 1);
}

BENCHMARK(FirstPaint)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(PanRedraw)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace

#include "tests/bench/qt_bench_main.h"
