#pragma once
// Choices<E>: the one table of an option that takes a fixed set of values (CI type, ties, lab
// summary, AE level, time unit, provenance, ...). The command-line parser, its --help text, the
// viewer's combo boxes, the JSON output and docs/options.md all read the same table, so they
// cannot disagree: a value added here appears everywhere (the test cli:options-doc
// checks the docs).
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace ts {

template <class E>
struct Choice {
    E value;
    std::string_view name;   // how the command line and the JSON spell it, e.g. "log-log"
    std::string_view label;  // how the viewer shows it (UTF-8), e.g. "Mean ± SD"
};

template <class E>
class Choices {
public:
    template <std::size_t N>
    constexpr Choices(std::string_view option, const Choice<E> (&choices)[N]) : m_option(option),
                                                                                m_choices(choices) {}

    // The command-line option, e.g. "--conf-type" ("" where the value has no option of its own).
    std::string_view option() const { return m_option; }
    std::span<const Choice<E>> all() const { return m_choices; }

    const Choice<E>& of(E value) const {
        for (const Choice<E>& c : m_choices)
            if (c.value == value) return c;
        return m_choices.front();
    }
    std::string_view name(E value) const { return of(value).name; }
    std::string_view label(E value) const { return of(value).label; }
    std::optional<E> parse(std::string_view name) const {
        for (const Choice<E>& c : m_choices)
            if (c.name == name) return c.value;
        return std::nullopt;
    }
    // "log|log-log|plain" for usage lines.
    std::string usage() const { return join("|", "|"); }
    // "log, log-log or plain" for error messages.
    std::string expected() const { return join(", ", " or "); }

private:
    std::string join(std::string_view separator, std::string_view last) const {
        std::string out;
        for (std::size_t i = 0; i < m_choices.size(); ++i) {
            if (i > 0) out += i + 1 == m_choices.size() ? last : separator;
            out += m_choices[i].name;
        }
        return out;
    }

    std::string_view m_option;
    std::span<const Choice<E>> m_choices;
};

}  // namespace ts
