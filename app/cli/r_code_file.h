#pragma once
// --r-code FILE.R of km, labs and ae: writes the analysis data as FILE_data.csv beside the script,
// then the script reading it by that name.
#include <filesystem>
#include <functional>
#include <string>

namespace ts::cli {

// `codeFor(dataFile)`: the R code reading `dataFile`; `csv`: that data. UsageError when `script`
// is not a .R file, InputError naming the file when it cannot be written.
void writeRCode(const std::filesystem::path& script, const std::string& csv,
                const std::function<std::string(const std::string& dataFile)>& codeFor);

}  // namespace ts::cli
