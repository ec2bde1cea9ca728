// trialscope-cli: the TrialScope engine headless (app/cli/). It links no Qt GUI library; the
// figure commands run in the viewer binary (app/cli/figure_commands.h).
#include "app/cli/run_cli.h"
#include "core/analysis/heap_policy.h"

int main(int argc, char** argv) {
    ts::keepFreedMemory();
    return ts::cli::runCli(argc, argv);
}
