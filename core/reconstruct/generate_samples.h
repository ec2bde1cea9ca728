#pragma once
// Writes the reconstructed / illustrative ADaM CSVs of the sample trials under `root`
// (root/shi2021, root/qin2024, root/li2023). study.json, aggregates/ and README.md of each folder
// are hand-written sources and are not touched. Deterministic: the same bytes on every run.
// Command: build-*/tests/test_samples "[.generate]"   (writes into <source>/sample_trials)
#include <filesystem>

namespace ts {

void generateSamples(const std::filesystem::path& root);

}  // namespace ts
