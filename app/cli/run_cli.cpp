#include "app/cli/run_cli.h"

#include <cstdio>
#include <cstdlib>
#include <exception>

#include "app/cli/commands.h"
#include "app/cli/figure_commands.h"
#include "core/analysis/analysis_error.h"
#include "core/io/input_error.h"
#include "trialscope/version.h"

namespace {

void usage() {
    std::printf(
        "trialscope-cli %s: TrialScope without the viewer; output is JSON on stdout.\n\n"
        "usage: trialscope-cli [--db FILE|URI] COMMAND [options]\n\n",
        TRIALSCOPE_VERSION);
    for (const auto& c : ts::cli::commands()) std::printf("  trialscope-cli [--db FILE] %s\n", c.usage.c_str());
    std::printf(
        "\n  --db FILE   the store (default: $TRIALSCOPE_DB, else the per-user store of the viewer)\n"
        "  --db URI    a team library on PostgreSQL: postgresql://[user@]host[:port]/database[?...] (any libpq\n"
        "              URI; the password from ~/.pgpass, a service file or PGPASSWORD, never on the command line)\n"
        "  --version   print the version\n  --help      print this help\n"
        "  --help-options  the values of every option and the views, as Markdown (docs/options.md)\n");
}

// One line, whatever the message quotes: a study id with ESC sequences or newlines must not reach
// the terminal raw.
int fail(const char* message, int status) {
    std::fprintf(stderr, "trialscope-cli: %s\n", ts::printableLine(message, 600).c_str());
    return status;
}

// The figure commands, and the help that lists their views, are the viewer binary's.
bool needsFigures(const ts::Args& args) {
    if (args.flag("--version")) return false;
    if (args.flag("--help") || args.flag("--help-options") || args.positional().empty()) return true;
    const std::string& name = args.positional().front();
    return name == "export" || name == "inspect" || name == "report";
}

}  // namespace

namespace ts::cli {

int runCli(int argc, char** argv) {
    try {
        const Args args(argc, argv);
        // Returns only when the viewer binary cannot be run: the help is then this binary's own,
        // and a figure command says what is missing.
        if (!figureCommands() && needsFigures(args)) handToViewer(argc, argv);
        if (args.flag("--version")) {
            std::printf("trialscope-cli %s\n", TRIALSCOPE_VERSION);
            return 0;
        }
        if (args.flag("--help-options")) {
            std::fputs(optionsMarkdown().c_str(), stdout);
            return 0;
        }
        if (args.flag("--help") || args.positional().empty()) {
            usage();
            return args.flag("--help") ? 0 : 2;
        }
        const std::string& name = args.positional().front();
        for (const auto& c : commands())
            if (name == c.name) {
                // An empty --db would make SQLite open a private temporary database: the import
                // would "succeed" into nothing.
                if (args.value("--db") && args.value("--db")->empty())
                    throw UsageError("--db: the store path is empty");
                const char* env = std::getenv("TRIALSCOPE_DB");
                Context ctx(args.value("--db") ? std::filesystem::path(*args.value("--db"))
                            : env && *env      ? std::filesystem::path(env)
                                               : ts::Store::defaultPath(),
                            c.access);
                return c.run(ctx, args);
            }
        throw UsageError("unknown command " + name + " (see --help)");
    } catch (const InputError& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    } catch (const UsageError& e) {
        return fail(e.what(), 2);
    } catch (const std::exception& e) {  // StoreError, AnalysisError, and anything unexpected
        return fail(e.what(), 1);
    }
}

}  // namespace ts::cli
