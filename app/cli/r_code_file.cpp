#include "app/cli/r_code_file.h"

#include <fstream>

#include "core/io/input_error.h"
#include "core/options/args.h"

namespace ts::cli {

namespace {

void writeText(const std::filesystem::path& file, const std::string& text) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out.flush()) throw InputError(file.string(), 0, "cannot write the file");
}

}  // namespace

void writeRCode(const std::filesystem::path& script, const std::string& csv,
                const std::function<std::string(const std::string& dataFile)>& codeFor) {
    if (script.extension() != ".R") throw UsageError("--r-code: expected a .R file, got " + script.string());
    const std::filesystem::path data = script.parent_path() / (script.stem().string() + "_data.csv");
    writeText(data, csv);
    writeText(script, codeFor(data.filename().string()));
}

}  // namespace ts::cli
