#include "core/io/read_dataset.h"

#include "core/io/csv_reader.h"
#include "core/io/dataset_json_reader.h"
#include "core/io/domain.h"
#include "core/io/input_error.h"
#include "core/io/sas7bdat_reader.h"
#include "core/io/xpt_reader.h"

namespace ts {

void readDataset(const std::filesystem::path& file, RowSink& sink, const std::string& xptEncoding) {
    std::string ext = file.extension().string();
    for (char& c : ext)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (ext == ".xpt") readXpt(file, sink, xptEncoding);
    else if (ext == ".csv") readCsv(file, sink);
    else if (ext == ".sas7bdat") readSas7bdat(file, sink, xptEncoding);
    else if (ext == ".json" || ext == ".ndjson") readDatasetJson(file, sink);
    else throw InputError(file.filename().string(), 0, "not a dataset file (.csv, .xpt, .sas7bdat, .json, .ndjson)");
}

}  // namespace ts
