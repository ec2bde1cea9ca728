#include "core/io/sas7bdat_reader.h"

#include "core/io/readstat_rows.h"

namespace ts {

void readSas7bdat(const std::filesystem::path& file, RowSink& sink, const std::string& encoding) {
    readWithReadstat(readstat_parse_sas7bdat, file, sink, "SAS7BDAT file", encoding);
}

std::string sas7bdatDatasetName(const std::filesystem::path& file) {
    return readstatLayout(readstat_parse_sas7bdat, file).name;
}

}  // namespace ts
