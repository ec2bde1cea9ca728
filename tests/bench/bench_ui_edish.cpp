// eDISH on a generated study of 10^5 subjects and 10^7 lab records (ALT, AST, BILI, ALKPH, 25
// records each per subject, log-normal values, ULN per test; 3 arms):
//   FirstPaint - analyseLiver + EdishPlot::draw + the first replot (goal < 1 s); analyse_ms: the analysis alone
//   Hover      - the tooltip under the mouse at a random point of the plot (goal < 16 ms)
// Run: QT_QPA_PLATFORM=offscreen build/test/tests/bench/bench_ui_edish   (about 5 GB of memory)
#include <benchmark/benchmark.h>

#include <chrono>
#include <cmath>
#include <random>

#include <QApplication>
#include <qcustomplot.h>

#include "core/analysis/liver_analysis.h"
#include "ui/common/live_plot.h"
#include "ui/liver/edish_plot.h"

namespace {

const ts::StudyData& bigStudy() {
    static const ts::StudyData study = [] {
        ts::StudyData s;
        s.info.id = "BIG";
        s.info.arms = {{"A", "A", std::nullopt, "", ""}, {"B", "B", std::nullopt, "", ""}, {"C", "C", std::nullopt, "", ""}};
        std::mt19937_64 rng(20261202);
        std::normal_distribution<double> noise(0, 0.45);
        const int subjects = 100'000, visits = 25;
        const char* tests[] = {"ALT", "AST", "BILI", "ALKPH"};
        const double uln[] = {40, 40, 21, 120}, typical[] = {22, 24, 9, 70};
        s.subjects.reserve(subjects);
        s.labs.reserve(static_cast<size_t>(subjects) * 4 * visits);
        for (int i = 0; i < subjects; ++i) {
            const std::string id = "S" + std::to_string(i);
            s.subjects.push_back({id, {{"TRT01A", std::string(1, static_cast<char>('A' + i % 3))}}});
            for (int t = 0; t < 4; ++t)
                for (int v = 0; v < visits; ++v) {
                    ts::LabRecord r;
                    r.usubjid = id;
                    r.paramcd = tests[t];
                    r.param = tests[t];
                    r.ady = v == 0 ? -3.0 : 7.0 * v;
                    r.aval = typical[t] * std::exp(noise(rng));
                    r.hi = uln[t];
                    r.baseline = v == 0;
                    s.labs.push_back(std::move(r));
                }
        }
        return s;
    }();
    return study;
}

void FirstPaint(benchmark::State& state) {
    const ts::StudyData& study = bigStudy();
    QCustomPlot plot;
    ts::tuneForScreen(&plot);
    plot.resize(1000, 800);
    ts::EdishPlot figure(&plot);
    double analyseMs = 0;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        const ts::LiverReport report = ts::analyseLiver(study, {});
        analyseMs += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        figure.draw(report, QStringLiteral("BIG eDISH"));
        plot.replot(QCustomPlot::rpImmediateRefresh);
        benchmark::DoNotOptimize(plot.replotTime());
    }
    state.counters["analyse_ms"] = analyseMs / static_cast<double>(state.iterations());
    state.counters["subjects"] = static_cast<double>(figure.points().size());
    state.counters["lab_rows"] = static_cast<double>(study.labs.size());
}

void Hover(benchmark::State& state) {
    QCustomPlot plot;
    ts::tuneForScreen(&plot);
    plot.resize(1000, 800);
    ts::EdishPlot figure(&plot);
    figure.draw(ts::analyseLiver(bigStudy(), {}), QStringLiteral("BIG eDISH"));
    plot.replot();
    std::mt19937 rng(7);
    const QRect r = figure.rect()->rect();
    std::uniform_int_distribution<int> x(r.left(), r.right()), y(r.top(), r.bottom());
    for (auto _ : state) benchmark::DoNotOptimize(figure.tooltipAt(QPoint(x(rng), y(rng))));
}

BENCHMARK(FirstPaint)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(Hover)->Unit(benchmark::kMillisecond)->MinTime(1.0);

}  // namespace

#include "tests/bench/qt_bench_main.h"
