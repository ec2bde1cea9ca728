#include "core/io/xpt_reader.h"

#include "core/io/input_error.h"
#include "core/io/readstat_rows.h"
#include "core/io/xpt_tail.h"

namespace ts {

void readXpt(const std::filesystem::path& file, RowSink& sink, const std::string& encoding) {
    const std::string name = file.filename().string();
    // A transport file is a sequence of 80-byte records, the last one blank-padded. The format has
    // no record count (v5), and ReadStat derives the number of observations from the file size, so
    // a file cut short would silently import fewer records: refuse any size that is not whole records.
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    if (!ec && size % 80 != 0)
        throw InputError(name, 0,
                         "truncated or not a SAS transport file (" + std::to_string(size) +
                             " bytes is not a whole number of 80-byte records)");
    // Checked before any record reaches the sink, so the error names the cut, not a later symptom.
    const XptMembers members = xptMembers(file);
    if (members.count > 1)
        throw InputError(name, 0,
                         "holds " + std::to_string(members.count) +
                             " datasets (members); a transport file given to TrialScope holds one dataset");
    const size_t obsLength = readstatLayout(readstat_parse_xport, file).obsLength;
    if (auto cut = xptCut(file, obsLength, members))
        throw InputError(name, static_cast<long>(cut->observations) + 1,
                         "truncated: the file ends " + std::to_string(cut->bytes) + " bytes into an observation of " +
                             std::to_string(obsLength) + " bytes");
    readWithReadstat(readstat_parse_xport, file, sink, "SAS transport file", encoding);
}

std::string xptDatasetName(const std::filesystem::path& file) {
    return readstatLayout(readstat_parse_xport, file).name;
}

}  // namespace ts
