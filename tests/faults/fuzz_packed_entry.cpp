// Fuzz entry: a packed column of the store (core/store/column_blob.h) as a damaged or hostile store
// could hold it. Byte 0 picks the reader, bytes 1-2 are the rows it expects (little-endian), byte 3
// the subjects an ADTTE column may point at; the rest is the blob. Each reader refuses the blob
// (nullopt) or reads all of it: every count is the expected one, every code and presence byte is in
// range, and packing what was read gives back the very same bytes.
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/store/column_blob.h"
#include "fuzz_entry.h"

namespace ts::fuzz {

namespace {

void require(bool ok, const std::string& what) {
    if (!ok) throw HarnessFailure("packed column: " + what);
}

template <class T>
void checkOptional(const std::optional<OptionalColumn<T>>& c, std::size_t rows, const std::vector<std::uint8_t>& blob) {
    if (!c) return;
    require(c->values.size() == rows && c->present.size() == rows, "optional numbers of the wrong length");
    for (std::uint8_t p : c->present) require(p <= 1, "a presence byte other than 0 or 1");
    require(packOptional(*c) == blob, "optional numbers pack to other bytes");
}

}  // namespace

void packedEntry(std::string_view input) {
    if (input.size() < 4) return;
    const auto* p = reinterpret_cast<const std::uint8_t*>(input.data());
    const std::size_t rows = p[1] | static_cast<std::size_t>(p[2]) << 8;
    const std::size_t subjects = p[3];
    const std::vector<std::uint8_t> blob(p + 4, p + input.size());
    switch (p[0] % 6) {
    case 0:
        if (const auto c = unpackCoded(blob, rows)) {
            require(c->codes.size() == rows, "codes of the wrong length");
            for (std::int32_t code : c->codes)
                require(code >= -1 && code < static_cast<std::int64_t>(c->levels.size()), "a code out of range");
            require(packCoded(*c) == blob, "a coded column packs to other bytes");
        }
        break;
    case 1:
        if (const auto t = unpackTte(blob, rows, subjects)) {
            require(t->subject.size() == rows && t->aval.size() == rows && t->cnsr.size() == rows &&
                        t->provenance.size() == rows,
                    "ADTTE columns of the wrong length");
            for (std::int32_t s : t->subject)
                require(s >= -1 && s < static_cast<std::int64_t>(subjects), "a subject out of range");
            require(packTte(*t) == blob, "an ADTTE column packs to other bytes");
        }
        break;
    case 2:
        if (const auto texts = unpackTexts(blob)) require(packTexts(*texts) == blob, "texts pack to other bytes");
        break;
    case 3:
        if (const auto levels = unpackLevels(blob, rows)) require(levels->size() <= rows, "more levels than asked for");
        break;
    case 4: checkOptional(unpackReals(blob, rows), rows, blob); break;
    default: checkOptional(unpackInts(blob, rows), rows, blob); break;
    }
}

}  // namespace ts::fuzz
