#include "core/io/xpt_tail.h"

#include <algorithm>
#include <fstream>
#include <string>
#include <string_view>

namespace ts {

namespace {

constexpr std::size_t kRecord = 80;

}  // namespace

// Header records sit on 80-byte boundaries; the file is read in whole records, 1 MiB at a time.
XptMembers xptMembers(const std::filesystem::path& file) {
    constexpr std::string_view v5 = "HEADER RECORD*******OBS     HEADER RECORD!!!!!!!";
    constexpr std::string_view v8 = "HEADER RECORD*******OBSV8   HEADER RECORD!!!!!!!";
    std::ifstream in(file, std::ios::binary);
    std::string chunk(kRecord * 13107, '\0');
    XptMembers members;
    std::uintmax_t offset = 0;
    while (in) {
        in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
        const auto got = static_cast<std::size_t>(in.gcount());
        for (std::size_t r = 0; r + kRecord <= got; r += kRecord) {
            const std::string_view rec(chunk.data() + r, kRecord);
            if (rec.starts_with(v5) || rec.starts_with(v8)) {
                members.dataStart = offset + r + kRecord;
                ++members.count;
            }
        }
        offset += got;
    }
    return members;
}

std::optional<XptCut> xptCut(const std::filesystem::path& file, std::size_t obsLength) {
    return xptCut(file, obsLength, xptMembers(file));
}

// With several members the tail belongs to a later member than the one being read: nothing is said.
std::optional<XptCut> xptCut(const std::filesystem::path& file, std::size_t obsLength, const XptMembers& members) {
    std::ifstream in(file, std::ios::binary);
    std::error_code ec;
    const std::uintmax_t size = std::filesystem::file_size(file, ec);
    const std::optional<std::uintmax_t> start =
        members.count == 1 ? std::optional<std::uintmax_t>(members.dataStart) : std::nullopt;
    if (!start || ec || obsLength == 0 || *start > size) return std::nullopt;
    const auto tail = static_cast<std::size_t>((size - *start) % obsLength);
    if (tail == 0) return std::nullopt;
    std::string bytes(tail, '\0');
    in.seekg(static_cast<std::streamoff>(size - tail));
    if (!in.read(bytes.data(), static_cast<std::streamsize>(tail))) return std::nullopt;
    if (std::all_of(bytes.begin(), bytes.end(), [](char c) { return c == ' '; })) return std::nullopt;
    return XptCut{(size - *start) / obsLength, tail};
}

}  // namespace ts
