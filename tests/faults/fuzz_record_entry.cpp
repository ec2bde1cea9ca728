// Fuzz entry: the bytes are a figure file (PNG, PDF, SVG or anything) whose TrialScope record
// `inspect` and `export --from` read (core/io/figure_embed.h, core/io/figure_record.h). Reading
// never throws; a record that is not one is an InputError naming the file. And a PNG the embedder
// accepts gives back exactly the record it was given.
#include <QByteArray>

#include "core/io/figure_embed.h"
#include "core/io/figure_record.h"
#include "fuzz_entry.h"
#include "fuzz_error_check.h"

namespace ts::fuzz {

void recordEntry(std::string_view input) {
    const QByteArray bytes(input.data(), static_cast<qsizetype>(input.size()));
    if (const std::optional<std::string> json = embeddedRecord(bytes)) {
        try {
            FigureRecord::fromJson(*json, "figure.png");
        } catch (const InputError& e) {
            checkError(e, {"figure.png"});
        }
    }
    const std::string record = R"({"view":"km"})";
    const QByteArray png = withPngRecord(bytes, record);
    if (png != bytes && embeddedRecord(png) != record)
        throw HarnessFailure("a PNG record written is not the record read back");
}

}  // namespace ts::fuzz
