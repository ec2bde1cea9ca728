#include "core/io/read_dataset.h"

#include "core/io/csv_reader.h"
#include "core/io/domain.h"
#include "core/io/input_error.h"
#include "core/io/xpt_reader.h"

namespace ts {

void readDataset(const std::filesystem::path& file, RowSink& sink, const std::string& xptEncoding) {
    std::string ext = file.extension().string();
    for (char& c : ext)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (ext == ".xpt") readXpt(file, sink, xptEncoding);
    else if (ext == ".csv") readCsv(file, sink);
    else throw InputError(file.filename().string(), 0, "not a .csv or .xpt file");
}

}  // namespace ts
