// Labs view on 10^6 lab rows (100,000 patients x 10 visits, 3 arms, one parameter): time to
// first paint (LabsView::setStudy -> background analyseLabs -> LabPlot::draw -> painted widget),
// the service call alone, and the per-frame redraw while panning (x range moved, replot with an
// immediate repaint), without and with individual-patient lines. Run offscreen:
//   QT_QPA_PLATFORM=offscreen build/tests/bench/bench_ui_labs
#include <benchmark/benchmark.h>
#include <memory>
#include <random>

#include <QApplication>
#include <QEventLoop>
#include <QTimer>
#include <qcustomplot.h>

#include "core/analysis/lab_analysis.h"
#include "ui/labs/lab_plot.h"
#include "ui/labs/labs_view.h"

namespace {

constexpr int kPatients = 100000;
constexpr int kVisits = 10;

// Deterministic ALT-like data: log-normal around 20 U/L, drifting upwards in the top-dose arm.
std::shared_ptr<const ts::StudyData> largeStudy() {
    static std::shared_ptr<const ts::StudyData> study = [] {
        auto s = std::make_shared<ts::StudyData>();
        s->info.id = "BENCH";
        s->info.title = "Generated: 10^6 lab rows";
        const char* arms[] = {"Placebo", "Low dose", "High dose"};
        for (const char* a : arms) s->info.arms.push_back({a, a, std::nullopt, "", ""});
        std::mt19937_64 rng(20240501);
        std::normal_distribution<double> noise(0.0, 0.35);
        s->subjects.reserve(kPatients);
        s->labs.reserve(static_cast<std::size_t>(kPatients) * kVisits);
        for (int i = 0; i < kPatients; ++i) {
            const std::string id = "P" + std::to_string(i);
            const int arm = i % 3;
            s->subjects.push_back({id, {{"USUBJID", id}, {"TRT01A", arms[arm]}}});
            const double base = 20.0 * std::exp(noise(rng));
            for (int v = 0; v < kVisits; ++v) {
                ts::LabRecord r;
                r.usubjid = id;
                r.paramcd = "ALT";
                r.param = "Alanine Aminotransferase (U/L)";
                r.unit = "U/L";
                r.avisit = v == 0 ? "Baseline" : "Week " + std::to_string(2 * v);
                r.avisitn = v;
                r.aval = base * std::exp(0.02 * v * arm + 0.1 * noise(rng));
                r.base = base;
                r.chg = *r.aval - base;
                r.lo = 6;
                r.hi = 34;
                s->labs.push_back(std::move(r));
            }
        }
        return std::shared_ptr<const ts::StudyData>(std::move(s));
    }();
    return study;
}

ts::LabReport report() {
    static const ts::LabReport r = [] {
        ts::LabOptions o;
        o.param = "ALT";
        return ts::analyseLabs(*largeStudy(), o);
    }();
    return r;
}

void BM_LabsAnalyse(benchmark::State& state) {
    const auto study = largeStudy();
    ts::LabOptions o;
    o.param = "ALT";
    for (auto _ : state) benchmark::DoNotOptimize(ts::analyseLabs(*study, o));
    state.counters["rows"] = static_cast<double>(study->labs.size());
}

void BM_LabsFirstPaint(benchmark::State& state) {
    const auto study = largeStudy();
    for (auto _ : state) {
        ts::LabsView view;
        view.resize(1200, 800);
        view.show();
        QEventLoop loop;
        QObject::connect(&view, &ts::LabsView::reportShown, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        view.setStudy(study);
        loop.exec();
        if (!view.report()) state.SkipWithError("no report within 60 s");
        view.plot()->repaint();
    }
}

// Per-frame cost of a pan: move the x range by 2% and replot with an immediate repaint.
void BM_LabsPanRedraw(benchmark::State& state) {
    QCustomPlot plot;
    plot.resize(1200, 800);
    plot.show();
    ts::LabPlot figure(&plot);
    ts::LabPlotOptions options;
    options.spaghetti = state.range(0) > 0;
    options.maxSpaghetti = static_cast<int>(state.range(0));
    figure.draw(report(), options);
    QCPAxis* x = figure.mainRect()->axis(QCPAxis::atBottom);
    double step = 0.02 * x->range().size();
    int frame = 0;
    for (auto _ : state) {
        if (++frame % 20 == 0) step = -step;  // back and forth, the data stays in view
        x->moveRange(step);
        plot.replot(QCustomPlot::rpImmediateRefresh);
    }
    state.counters["patients_drawn"] = figure.spaghettiDrawn();
}

}  // namespace

BENCHMARK(BM_LabsAnalyse)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(BM_LabsFirstPaint)->Unit(benchmark::kMillisecond)->Iterations(5)->UseRealTime();
BENCHMARK(BM_LabsPanRedraw)->Arg(0)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime();

#include "tests/bench/qt_bench_main.h"
