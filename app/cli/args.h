#pragma once
// Command-line arguments of trialscope-cli: positional words and --name value / --name=value
// options (a fixed set of flags takes no value). Each command states the options it accepts.
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace ts::cli {

// A mistake in the command line; main prints it with the usage hint and exits with status 2.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Args {
public:
    Args(int argc, char** argv);  // throws UsageError on a value-taking option without value

    const std::vector<std::string>& positional() const { return m_positional; }
    bool flag(const std::string& name) const { return m_flags.count(name) > 0; }
    std::optional<std::string> value(const std::string& name) const;
    std::string required(const std::string& name) const;
    std::optional<double> number(const std::string& name) const;     // UsageError when not a number
    std::vector<double> numbers(const std::string& name) const;      // comma-separated list
    // UsageError naming the first option not in `allowed` (global options are always allowed).
    void allow(const std::vector<std::string>& allowed) const;

private:
    std::vector<std::string> m_positional;
    std::map<std::string, std::string> m_values;
    std::map<std::string, bool> m_flags;
};

// Strict decimal number: the whole text must parse.
std::optional<double> parseNumber(const std::string& text);

}  // namespace ts::cli
