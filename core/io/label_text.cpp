#include "core/io/label_text.h"

#include "core/io/utf8_check.h"

namespace ts {

std::string labelText(std::string_view raw) {
    if (!checkUtf8(raw).empty()) return {};
    std::string out;
    bool space = false;
    for (const char ch : raw) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = !out.empty();
            continue;
        }
        if (c < 0x20 || c == 0x7f) return {};
        if (space) out += ' ';
        space = false;
        out += ch;
    }
    if (out.size() > kMaxLabelBytes) {
        std::size_t end = kMaxLabelBytes;
        while (end > 0 && (static_cast<unsigned char>(out[end]) & 0xC0) == 0x80) --end;  // not inside a character
        out.resize(end);
        while (!out.empty() && out.back() == ' ') out.pop_back();  // a cut after a space
    }
    return out;
}

}  // namespace ts
