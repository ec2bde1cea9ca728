#include "core/io/xpt_tail.h"

#include <algorithm>
#include <fstream>
#include <string>
#include <string_view>

namespace ts {

namespace {

constexpr std::size_t kRecord = 80;

// Offset of the record after the observation header record, or nullopt when the file has none or
// several (one per member: the tail then belongs to a later member than the one being read). Header
// records sit on 80-byte boundaries; the file is read in whole records, 1 MiB at a time.
std::optional<std::uintmax_t> dataStart(std::ifstream& in) {
    constexpr std::string_view v5 = "HEADER RECORD*******OBS     HEADER RECORD!!!!!!!";
    constexpr std::string_view v8 = "HEADER RECORD*******OBSV8   HEADER RECORD!!!!!!!";
    std::string chunk(kRecord * 13107, '\0');
    std::optional<std::uintmax_t> start;
    int headers = 0;
    std::uintmax_t offset = 0;
    while (in) {
        in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
        const auto got = static_cast<std::size_t>(in.gcount());
        for (std::size_t r = 0; r + kRecord <= got; r += kRecord) {
            const std::string_view rec(chunk.data() + r, kRecord);
            if (rec.starts_with(v5) || rec.starts_with(v8)) {
                start = offset + r + kRecord;
                ++headers;
            }
        }
        offset += got;
    }
    return headers == 1 ? start : std::nullopt;
}

}  // namespace

std::optional<XptCut> xptCut(const std::filesystem::path& file, std::size_t obsLength) {
    std::ifstream in(file, std::ios::binary);
    const std::optional<std::uintmax_t> start = dataStart(in);
    std::error_code ec;
    const std::uintmax_t size = std::filesystem::file_size(file, ec);
    if (!start || ec || obsLength == 0 || *start > size) return std::nullopt;
    const auto tail = static_cast<std::size_t>((size - *start) % obsLength);
    if (tail == 0) return std::nullopt;
    std::string bytes(tail, '\0');
    in.clear();
    in.seekg(static_cast<std::streamoff>(size - tail));
    if (!in.read(bytes.data(), static_cast<std::streamsize>(tail))) return std::nullopt;
    if (std::all_of(bytes.begin(), bytes.end(), [](char c) { return c == ' '; })) return std::nullopt;
    return XptCut{(size - *start) / obsLength, tail};
}

}  // namespace ts
