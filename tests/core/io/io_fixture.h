#pragma once
// Helpers for the importer tests: a scratch folder removed on exit, file writing, a RowSink that
// records everything it is given, and the expected-message check for InputError.
#include <catch2/catch.hpp>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "core/io/input_error.h"
#include "core/io/row_sink.h"

namespace ts::test {

class ScratchDir {
public:
    ScratchDir() {
        static std::atomic<int> counter{0};
        std::random_device rd;
        m_path = std::filesystem::temp_directory_path() /
                 ("ts_io_" + std::to_string(rd()) + "_" + std::to_string(counter++));
        std::filesystem::create_directories(m_path);
    }
    ~ScratchDir() {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path write(const std::string& name, const std::string& bytes) const {
        auto p = m_path / name;
        std::filesystem::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << bytes;
        return p;
    }

private:
    std::filesystem::path m_path;
};

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

inline std::filesystem::path pilotDir() {
    return std::filesystem::path(TRIALSCOPE_SHARED_DIR) / "data" / "cdiscpilot01";
}

inline std::filesystem::path fixtureDir() {
    return std::filesystem::path(TRIALSCOPE_SOURCE_DIR) / "tests" / "core" / "io" / "data";
}

}  // namespace ts::test
