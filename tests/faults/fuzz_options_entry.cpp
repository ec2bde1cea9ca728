// Fuzz entry: the bytes are a command line, one argument per line, read by the argument parser and
// every view's option parser the commands use. A bad line is a UsageError of one line, never a
// crash or another exception.
#include <string>
#include <vector>

#include "core/options/args.h"
#include "core/options/view_options.h"
#include "fuzz_entry.h"

namespace ts::fuzz {

namespace {

template <class F>
void parse(F&& f) {
    try {
        f();
    } catch (const UsageError& e) {
        const std::string_view what = e.what();
        // The arguments hold no newline (they are split on it), so neither may the message.
        if (what.empty() || what.find('\n') != std::string_view::npos)
            throw HarnessFailure("bad usage error: " + std::string(what.substr(0, 300)));
    }
}

}  // namespace

void optionsEntry(std::string_view input) {
    std::vector<std::string> words{"trialscope-cli"};
    std::size_t start = 0;
    while (start <= input.size() && words.size() < 64) {
        const std::size_t end = std::min(input.find('\n', start), input.size());
        words.emplace_back(input.substr(start, end - start));
        start = end + 1;
    }
    std::vector<char*> argv;
    for (std::string& w : words) argv.push_back(w.data());
    parse([&] {
        const Args args(static_cast<int>(argv.size()), argv.data());
        parse([&] { survivalOptions(args, "OS"); });
        parse([&] { labOptions(args); });
        parse([&] { aeOptions(args); });
        parse([&] { liverOptions(args); });
        parse([&] { liverEvent(args); });
        parse([&] { shiftOptions(args); });
        parse([&] { displayUnit(args); });
    });
}

}  // namespace ts::fuzz
