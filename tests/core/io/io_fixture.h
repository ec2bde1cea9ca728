#pragma once
// Helpers for the importer tests (with ScratchDir from tests/scratch_dir.h): a RowSink that records
// everything it is given, and the expected-message check for InputError.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "core/io/input_error.h"
#include "core/io/row_sink.h"
#include "tests/scratch_dir.h"

namespace ts::test {

// Records the header and every row as text ("<NA>" for missing, numbers formatted).
struct RecordingSink : RowSink {
    DatasetHeader head;
    std::vector<std::vector<std::string>> rows;
    std::vector<long> lines;
    std::vector<std::vector<Value::Kind>> kinds;
    void header(const DatasetHeader& h) override { head = h; }
    void row(long line, std::span<const Value> values) override {
        std::vector<std::string> r;
        std::vector<Value::Kind> k;
        for (const Value& v : values) {
            r.push_back(v.missing() ? "<NA>" : valueText(v));
            k.push_back(v.kind);
        }
        rows.push_back(std::move(r));
        kinds.push_back(std::move(k));
        lines.push_back(line);
    }
};

// The exact what() of the InputError thrown by f ("" when nothing is thrown).
template <class F>
std::string inputError(F&& f) {
    try {
        f();
    } catch (const InputError& e) {
        return e.what();
    }
    return "";
}

inline std::filesystem::path pilotDir() { return std::filesystem::path(TRIALSCOPE_PILOT_DIR); }

inline std::filesystem::path fixtureDir() {
    return std::filesystem::path(TRIALSCOPE_SOURCE_DIR) / "tests" / "core" / "io" / "data";
}

}  // namespace ts::test
