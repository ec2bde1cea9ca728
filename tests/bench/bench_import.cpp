// Import speed: a generated 1,000,000-row ADLB CSV (2,000 subjects x 10 parameters x 50 visits) with
// its ADSL, (1) parsed and validated by the CSV reader alone and (2) imported end to end into a fresh
// store (validation, mapping, SQLite writes, commit). import_vs_sqlite.sh compares (2) with the sqlite3
// shell's `.import --csv` of the same file.
// The files are written to $TRIALSCOPE_BENCH_DIR (kept, so the script can reuse them) or a temp folder.
#include <benchmark/benchmark.h>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/io/csv_reader.h"
#include "core/io/study_importer.h"

namespace fs = std::filesystem;

namespace {

constexpr int subjects = 2000, params = 10, visits = 50;

fs::path benchDir() {
    const char* env = std::getenv("TRIALSCOPE_BENCH_DIR");
    fs::path dir = env ? fs::path(env) : fs::temp_directory_path() / "trialscope_bench_import";
    return dir / "study";
}

// Writes adsl.csv and adlb.csv once (about 130 MB).
fs::path generated() {
    fs::path dir = benchDir();
    if (fs::exists(dir / "adlb.csv") && fs::exists(dir / "adsl.csv")) return dir;
    fs::create_directories(dir);
    std::ofstream sl(dir / "adsl.csv");
    sl << "STUDYID,USUBJID,ARM,TRT01A,AGE,SEX,SAFFL\n";
    for (int s = 0; s < subjects; ++s)
        sl << "BENCH,BENCH-" << s << ",Arm " << s % 3 << ",Arm " << s % 3 << ',' << 20 + s % 60 << ','
           << (s % 2 ? 'F' : 'M') << ",Y\n";
    std::ofstream lb(dir / "adlb.csv");
    lb << "STUDYID,USUBJID,PARAMCD,PARAM,PARCAT1,AVISIT,AVISITN,ADY,ADT,AVAL,BASE,CHG,ANRLO,ANRHI,LBSEQ,ANL01FL\n";
    std::string buf;
    for (int s = 0; s < subjects; ++s)
        for (int p = 0; p < params; ++p)
            for (int v = 0; v < visits; ++v) {
                double base = 20 + p * 3 + s % 7;
                double aval = base + (v * 13 + s * 7 + p) % 17 - 8.5;
                buf = "BENCH,BENCH-" + std::to_string(s) + ",P" + std::to_string(p) + ",\"Param " + std::to_string(p) +
                      ", serum (U/L)\",CHEMISTRY,Week " + std::to_string(v) + ',' + std::to_string(v) + ',' +
                      std::to_string(v * 7 + 1) + ",2014-01-" + std::to_string(10 + v % 19) + ',' +
                      std::to_string(aval) + ',' + std::to_string(base) + ',' + std::to_string(aval - base) + ",5,60," +
                      std::to_string(p * visits + v + 1) + (v % 5 ? ",Y\n" : ",\n");
                lb << buf;
            }
    return dir;
}

struct CountingSink : ts::RowSink {
    long rows = 0;
    void header(const ts::DatasetHeader&) override {}
    void row(long, std::span<const ts::Value> values) override { rows += !values[0].missing(); }
};

void BM_ParseAdlbCsv(benchmark::State& state) {
    fs::path dir = generated();
    for (auto _ : state) {
        CountingSink sink;
        ts::readCsv(dir / "adlb.csv", sink);
        benchmark::DoNotOptimize(sink.rows);
        state.counters["rows"] = double(sink.rows);
    }
    state.SetBytesProcessed(std::int64_t(state.iterations()) * std::int64_t(fs::file_size(dir / "adlb.csv")));
}

void BM_ImportStudy(benchmark::State& state) {
    fs::path dir = generated();
    fs::path db = dir.parent_path() / "bench_import.db";
    for (auto _ : state) {
        state.PauseTiming();
        fs::remove(db);
        state.ResumeTiming();
        ts::Store store = ts::Store::open(db);
        ts::ImportSummary sum = ts::importPath(store, dir);
        state.counters["rows"] = sum.labRecords;
    }
    fs::remove(db);
}

}  // namespace

BENCHMARK(BM_ParseAdlbCsv)->Unit(benchmark::kMillisecond)->Iterations(3);
// The import runs on three threads (reading, the fingerprint, the store's writer): its CPU is the
// process's, all threads counted.
BENCHMARK(BM_ImportStudy)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(3)
    ->ReportAggregatesOnly(false)
    ->MeasureProcessCPUTime()
    ->UseRealTime();

BENCHMARK_MAIN();
