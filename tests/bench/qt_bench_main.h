#pragma once
// The main() of the Google Benchmark programs that draw with Qt (bench_ui_*): an offscreen
// QApplication unless QT_QPA_PLATFORM says otherwise, then the benchmarks the command line selects.
#include <benchmark/benchmark.h>

#include <QApplication>

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
