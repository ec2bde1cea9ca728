#pragma once
// An input that cannot be imported. what() is the one-line "FILE:LINE: message" of the CLI contract
// (LINE = data row counting the header as line 1; for XPT the record number; 0 = whole file).
// FILE and message go through printableLine (200 and 400 bytes), since messages quote the input.
#include <stdexcept>
#include <string>

namespace ts {

// `text` made one printable line: control characters become spaces, and text longer than maxBytes is
// cut on a UTF-8 character boundary and ends in "...". Also for warnings that quote the input.
std::string printableLine(const std::string& text, std::size_t maxBytes);

class InputError : public std::runtime_error {
public:
    InputError(std::string file, long line, const std::string& message);
    const std::string& file() const { return m_file; }
    long line() const { return m_line; }
    const std::string& message() const { return m_message; }

private:
    std::string m_file;
    long m_line;
    std::string m_message;
};

}  // namespace ts
