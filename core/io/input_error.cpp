#include "core/io/input_error.h"

namespace ts {

namespace {

constexpr std::size_t maxFileBytes = 200, maxMessageBytes = 400;

}  // namespace

// Messages quote values from the input, and the CLI prints what() as its one line on stderr: a
// newline inside a quoted CSV value must not split it, and a 10 MB field must not flood the terminal.
std::string printableLine(const std::string& s, std::size_t maxBytes) {
    std::string r = s;
    if (r.size() > maxBytes) {
        std::size_t cut = maxBytes;
        while (cut > 0 && (static_cast<unsigned char>(r[cut]) & 0xC0) == 0x80)
            --cut;  // r[cut] is a continuation byte: back up to the start of its character
        r.resize(cut);
        r += "...";
    }
    for (char& c : r)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
    return r;
}

InputError::InputError(std::string file, long line, const std::string& message)
    : std::runtime_error(printableLine(file, maxFileBytes) + ":" + std::to_string(line) + ": " +
                         printableLine(message, maxMessageBytes)),
      m_file(printableLine(file, maxFileBytes)),
      m_line(line),
      m_message(printableLine(message, maxMessageBytes)) {}

}  // namespace ts
