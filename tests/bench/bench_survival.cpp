// Benchmarks of the survival kernels: Kaplan–Meier per arm, k-sample log-rank and Cox (Efron) on
// 1e3..1e6 subjects in two and three arms. Never a test: see tests/bench/survival_vs_r.sh for the
// comparison with R survival on the same data.
//
// Data (deterministic, SplitMix64): arm = i % arms; event time ~ Exp(0.10 * (1 + 0.25 * arm)),
// censoring time ~ Exp(0.05) truncated at 60 (administrative), time = min of the two rounded to
// 1e-3, event = 1 when the event time came first.
//
//   bench_survival [google-benchmark flags]          run the benchmarks
//   bench_survival --generate N ARMS FILE.csv         write the data set used for size N
#include <benchmark/benchmark.h>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "core/stats/cox_ph.h"
#include "core/stats/kaplan_meier.h"
#include "core/stats/log_rank.h"

namespace {

struct Data {
    std::vector<double> time;
    std::vector<int> event, arm;
    std::vector<std::string> labels;
};

std::uint64_t splitMix(std::uint64_t& state) {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

// Uniform on (0, 1): 53 random bits, shifted off zero.
double uniform(std::uint64_t& state) { return (static_cast<double>(splitMix(state) >> 11) + 0.5) * 0x1.0p-53; }

Data generate(std::size_t n, int arms) {
    Data d;
    d.time.resize(n);
    d.event.resize(n);
    d.arm.resize(n);
    std::uint64_t state = 20240611;
    for (std::size_t i = 0; i < n; ++i) {
        const int a = static_cast<int>(i % static_cast<std::size_t>(arms));
        const double tEvent = -std::log(uniform(state)) / (0.10 * (1 + 0.25 * a));
        const double tCensor = std::min(60.0, -std::log(uniform(state)) / 0.05);
        d.time[i] = std::round(std::min(tEvent, tCensor) * 1000) / 1000;
        d.event[i] = tEvent <= tCensor ? 1 : 0;
        d.arm[i] = a;
    }
    for (int a = 0; a < arms; ++a) d.labels.push_back("arm" + std::to_string(a));
    return d;
}

const Data& cached(std::size_t n, int arms) {
    static std::size_t lastN = 0;
    static int lastArms = 0;
    static Data data;
    if (n != lastN || arms != lastArms) {
        data = generate(n, arms);
        lastN = n;
        lastArms = arms;
    }
    return data;
}

// One KM per arm, as the analysis layer does (split, then fit).
void fitArms(const Data& d, int arms) {
    std::vector<double> t;
    std::vector<int> e;
    for (int a = 0; a < arms; ++a) {
        t.clear();
        e.clear();
        for (std::size_t i = 0; i < d.time.size(); ++i)
            if (d.arm[i] == a) {
                t.push_back(d.time[i]);
                e.push_back(d.event[i]);
            }
        benchmark::DoNotOptimize(ts::stats::kaplanMeier(t, e));
    }
}

void cox(const Data& d) {
    const auto design = ts::stats::groupDesign(d.arm, d.labels, 0);
    benchmark::DoNotOptimize(ts::stats::coxPh(d.time, d.event, design));
}

void sizes(benchmark::internal::Benchmark* b) {
    for (int arms : {2, 3})
        for (int n : {1000, 10000, 100000, 1000000}) b->Args({n, arms});
    b->Unit(benchmark::kMillisecond);
}

void BM_KaplanMeier(benchmark::State& state) {
    const int arms = static_cast<int>(state.range(1));
    const Data& d = cached(static_cast<std::size_t>(state.range(0)), arms);
    for (auto _ : state) fitArms(d, arms);
}

void BM_LogRank(benchmark::State& state) {
    const Data& d = cached(static_cast<std::size_t>(state.range(0)), static_cast<int>(state.range(1)));
    for (auto _ : state) benchmark::DoNotOptimize(ts::stats::logRank(d.time, d.event, d.arm));
}

void BM_CoxEfron(benchmark::State& state) {
    const Data& d = cached(static_cast<std::size_t>(state.range(0)), static_cast<int>(state.range(1)));
    for (auto _ : state) cox(d);
}

// What `trialscope-cli km` computes: KM per arm + log-rank + Cox.
void BM_SurvivalAll(benchmark::State& state) {
    const int arms = static_cast<int>(state.range(1));
    const Data& d = cached(static_cast<std::size_t>(state.range(0)), arms);
    for (auto _ : state) {
        fitArms(d, arms);
        benchmark::DoNotOptimize(ts::stats::logRank(d.time, d.event, d.arm));
        cox(d);
    }
}

BENCHMARK(BM_KaplanMeier)->Apply(sizes);
BENCHMARK(BM_LogRank)->Apply(sizes);
BENCHMARK(BM_CoxEfron)->Apply(sizes);
BENCHMARK(BM_SurvivalAll)->Apply(sizes);

int writeCsv(std::size_t n, int arms, const char* path) {
    std::FILE* f = std::fopen(path, "w");
    if (!f) {
        std::fprintf(stderr, "%s: cannot open for writing\n", path);
        return 1;
    }
    const Data d = generate(n, arms);
    std::fprintf(f, "time,status,arm\n");
    for (std::size_t i = 0; i < n; ++i) std::fprintf(f, "%.17g,%d,%d\n", d.time[i], d.event[i], d.arm[i]);
    return std::fclose(f) == 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc == 5 && std::strcmp(argv[1], "--generate") == 0)
        return writeCsv(std::strtoull(argv[2], nullptr, 10), std::atoi(argv[3]), argv[4]);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
