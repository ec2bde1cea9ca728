#pragma once
// Command-line arguments: positional words and --name value / --name=value options (a fixed set of
// flags takes no value). trialscope-cli reads its commands from them, and a view's options have
// this form wherever they are written down (export arguments, the view registry). Each command
// states the options it accepts.
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/model/choices.h"

namespace ts {

// A mistake in the arguments; trialscope-cli prints it with the usage hint and exits with status 2.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Args {
public:
    // Throws UsageError on a value-taking option without value. "--" ends the options: what follows
    // is positional (`delete -- --odd-id`); `--name=value` gives a value that starts with "--".
    Args(int argc, char** argv);
    // The same from the words after the program name.
    explicit Args(const std::vector<std::string>& words);

    const std::vector<std::string>& positional() const { return m_positional; }
    bool flag(const std::string& name) const { return m_flags.count(name) > 0; }
    std::optional<std::string> value(const std::string& name) const;
    std::string required(const std::string& name) const;
    std::optional<double> number(const std::string& name) const;   // UsageError when not a number
    std::vector<double> numbers(const std::string& name) const;    // comma-separated list
    std::vector<std::string> list(const std::string& name) const;  // comma-separated, empty items dropped
    // The value of `table`'s option parsed by the table; nullopt when absent, UsageError listing the
    // table's values when not one of them.
    template <class E>
    std::optional<E> choice(const Choices<E>& table) const {
        const std::string option(table.option());
        auto text = value(option);
        if (!text) return std::nullopt;
        if (auto v = table.parse(*text)) return v;
        throw UsageError(option + ": expected " + table.expected() + ", got " + *text);
    }
    // UsageError naming the first option not in `allowed` (global options are always allowed).
    void allow(const std::vector<std::string>& allowed) const;
    // The options as words again ("--name", "value", ..., "--flag"), by name, without the global ones
    // (--db, --help, ...) and those in `leaveOut`; positional words are not included.
    std::vector<std::string> optionWords(const std::vector<std::string>& leaveOut = {}) const;

private:
    std::vector<std::string> m_positional;
    std::map<std::string, std::string> m_values;
    std::map<std::string, bool> m_flags;
};

// Strict decimal number: the whole text must parse.
std::optional<double> parseNumber(const std::string& text);
// A number as an option's value: the shortest text that parseNumber reads back as exactly `v`.
std::string optionNumber(double v);

}  // namespace ts
