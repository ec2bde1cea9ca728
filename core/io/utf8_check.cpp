#include "core/io/utf8_check.h"

#include <cstdint>
#include <cstring>

namespace ts {

namespace {

// True when none of the 8 bytes has the high bit set and none is zero: the common all-ASCII case is
// then checked a word at a time (the classic "has zero byte" bit trick).
bool plainAscii(const unsigned char* p) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    const std::uint64_t lo = 0x0101010101010101ULL, hi = 0x8080808080808080ULL;
    return ((w | ((w - lo) & ~w)) & hi) == 0;
}

}  // namespace

std::string checkUtf8(std::string_view bytes) {
    auto p = reinterpret_cast<const unsigned char*>(bytes.data());
    const std::size_t n = bytes.size();
    std::size_t i = 0;
    while (i < n) {
        if (i + 8 <= n && plainAscii(p + i)) {
            i += 8;
            continue;
        }
        unsigned c = p[i];
        if (c == 0) return "embedded NUL byte";
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned cp = 0, min = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
            min = 0x10000;
        } else return "invalid UTF-8";
        if (i + len > n) return "invalid UTF-8";
        for (int k = 1; k < len; ++k) {
            unsigned d = p[i + k];
            if ((d & 0xC0) != 0x80) return "invalid UTF-8";
            cp = (cp << 6) | (d & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return "invalid UTF-8";
        i += len;
    }
    return {};
}

}  // namespace ts
