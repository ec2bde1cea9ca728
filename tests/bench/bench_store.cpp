// Store benchmarks: opening a store of 100 studies and listing them (target: under 50 ms), bulk
// insert of 1,000,000 lab rows in one study (target: a couple of seconds), loading a study.
#include <benchmark/benchmark.h>
#include <filesystem>
#include <random>
#include <string>

#include "core/store/store.h"

namespace {

std::filesystem::path scratch(const std::string& name) {
    auto dir = std::filesystem::temp_directory_path() / "ts-bench-store";
    std::filesystem::create_directories(dir);
    auto file = dir / name;
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(file.string() + suffix);
    return file;
}

// A study of `subjects` subjects with 3 ADSL variables, an OS record each and `labsPer` lab rows each.
ts::StudyData study(const std::string& id, int subjects, int labsPer) {
    ts::StudyData d;
    d.info.id = id;
    d.info.title = std::string("Benchmark study ").append(id);
    d.info.arms = {{"A", "Arm A", 1.0, "", ""}, {"B", "Arm B", 2.0, "", ""}};
    d.info.populationFlags = {"SAFFL"};
    std::mt19937 rng(42);
    std::uniform_real_distribution<double> u(0, 100);
    for (int s = 0; s < subjects; ++s) {
        std::string usubjid = std::string(id).append("-").append(std::to_string(s));
        d.subjects.push_back({usubjid, {{"TRT01A", s % 2 ? "A" : "B"}, {"SAFFL", "Y"}, {"AGE", "50"}}});
        d.tte.push_back({usubjid, "OS", "Overall survival", u(rng), s % 3 == 0 ? 1 : 0, ts::Provenance::Original});
        for (int k = 0; k < labsPer; ++k)
            d.labs.push_back({usubjid, "ALT", "ALT", "U/L", std::string("Week ").append(std::to_string(k)), double(k),
                              7.0 * k, u(rng), 20.0, u(rng) - 20, 5.0, 40.0, ts::Provenance::Original});
    }
    return d;
}

void BM_OpenAndList100Studies(benchmark::State& state) {
    const auto file = scratch("list.db");
    {
        auto store = ts::Store::open(file);
        for (int k = 0; k < 100; ++k) store.importStudy(study(std::string("S").append(std::to_string(k)), 50, 4));
    }
    for (auto _ : state) {
        auto store = ts::Store::open(file);
        auto list = store.studies();
        benchmark::DoNotOptimize(list.data());
    }
}
BENCHMARK(BM_OpenAndList100Studies)->Unit(benchmark::kMillisecond);

void BM_Insert1MLabRows(benchmark::State& state) {
    const auto d = study("BIG", 100000, 10);
    for (auto _ : state) {
        state.PauseTiming();
        const auto file = scratch("big.db");
        auto store = ts::Store::open(file);
        state.ResumeTiming();
        store.importStudy(d);
    }
    state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(d.labs.size()));
}
BENCHMARK(BM_Insert1MLabRows)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_LoadStudy20kLabRows(benchmark::State& state) {
    const auto file = scratch("load.db");
    auto store = ts::Store::open(file);
    store.importStudy(study("L", 2000, 10));
    for (auto _ : state) benchmark::DoNotOptimize(store.loadStudy("L"));
}
BENCHMARK(BM_LoadStudy20kLabRows)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
