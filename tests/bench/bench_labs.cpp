// Benchmarks of the lab summary kernels on 1e6 lab values in 3 arms x 10 visits (the size of a
// large pooled ADLB parameter). Never a test.
//
// Data (deterministic, std::mt19937_64 seed 20261120): arm = i % 3, visit = (i / 3) % 10,
// value ~ Normal(40 + 2 arm + 0.5 visit, 12) (an ALT-like scale in U/L).
//
//   BM_DescribeByArmVisit   bucket the values into the 30 cells, describe() each cell
//   BM_DescribeAll          describe() the 1e6 values as one sample
//   BM_VisitTests           per visit: Welch t (arm 0 vs 1), one-way ANOVA and Kruskal-Wallis
//                           (3 arms), i.e. the p-values the lab view shows at each visit
#include <benchmark/benchmark.h>
#include <cstddef>
#include <random>
#include <vector>

#include "core/stats/anova.h"
#include "core/stats/describe.h"
#include "core/stats/kruskal_wallis.h"
#include "core/stats/t_test.h"

namespace {

constexpr int kArms = 3;
constexpr int kVisits = 10;
constexpr std::size_t kValues = 1'000'000;

struct Labs {
    std::vector<double> value;
    std::vector<int> arm, visit;
};

const Labs& labs() {
    static const Labs data = [] {
        Labs d;
        std::mt19937_64 rng(20261120);
        std::normal_distribution<double> noise(0.0, 12.0);
        for (std::size_t i = 0; i < kValues; ++i) {
            const int arm = static_cast<int>(i % kArms);
            const int visit = static_cast<int>((i / kArms) % kVisits);
            d.arm.push_back(arm);
            d.visit.push_back(visit);
            d.value.push_back(40 + 2 * arm + 0.5 * visit + noise(rng));
        }
        return d;
    }();
    return data;
}

void BM_DescribeByArmVisit(benchmark::State& state) {
    const Labs& d = labs();
    for (auto _ : state) {
        std::vector<std::vector<double>> cell(kArms * kVisits);
        for (std::size_t i = 0; i < d.value.size(); ++i)
            cell[static_cast<std::size_t>(d.arm[i] * kVisits + d.visit[i])].push_back(d.value[i]);
        for (const auto& c : cell) benchmark::DoNotOptimize(ts::stats::describe(c));
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * d.value.size()));
}
BENCHMARK(BM_DescribeByArmVisit)->Unit(benchmark::kMillisecond);

void BM_DescribeAll(benchmark::State& state) {
    const Labs& d = labs();
    for (auto _ : state) benchmark::DoNotOptimize(ts::stats::describe(d.value));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * d.value.size()));
}
BENCHMARK(BM_DescribeAll)->Unit(benchmark::kMillisecond);

void BM_VisitTests(benchmark::State& state) {
    const Labs& d = labs();
    // Per visit: values with their arm codes, and arms 0 and 1 separately.
    std::vector<std::vector<double>> value(kVisits), arm0(kVisits), arm1(kVisits);
    std::vector<std::vector<int>> arm(kVisits);
    for (std::size_t i = 0; i < d.value.size(); ++i) {
        const auto v = static_cast<std::size_t>(d.visit[i]);
        value[v].push_back(d.value[i]);
        arm[v].push_back(d.arm[i]);
        if (d.arm[i] == 0) arm0[v].push_back(d.value[i]);
        if (d.arm[i] == 1) arm1[v].push_back(d.value[i]);
    }
    for (auto _ : state)
        for (std::size_t v = 0; v < kVisits; ++v) {
            benchmark::DoNotOptimize(ts::stats::welchTTest(arm0[v], arm1[v]));
            benchmark::DoNotOptimize(ts::stats::oneWayAnova(value[v], arm[v]));
            benchmark::DoNotOptimize(ts::stats::kruskalWallis(value[v], arm[v]));
        }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * d.value.size()));
}
BENCHMARK(BM_VisitTests)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
