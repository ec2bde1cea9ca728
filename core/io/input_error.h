#pragma once
// An input that cannot be imported. what() is the one-line "FILE:LINE: message" of the CLI contract
// (LINE = data row counting the header as line 1; for XPT the record number; 0 = whole file).
#include <stdexcept>
#include <string>

namespace ts {

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
