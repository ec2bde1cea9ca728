#pragma once
// Runs trialscope-cli (TRIALSCOPE_CLI) in a child process for the fault tests, without a shell:
// stdout and stderr go to files, and the child can be made to run unprivileged (root ignores file
// modes), with a file-size limit (an honest "disk full": SQLite's writes fail with EFBIG/short
// writes exactly as on a full disk), or be started and killed mid-import.
#include <filesystem>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace ts::fault {

struct CliLimits {
    bool unprivileged = false;             // setuid(nobody) when running as root
    std::optional<long> maxFileBytes{};    // RLIMIT_FSIZE for the child
    std::optional<long> maxMemoryBytes{};  // RLIMIT_AS (`ulimit -v`) for the child, where it can apply
    std::optional<long> maxCpuSeconds{};   // RLIMIT_CPU (`ulimit -t`): a stall ends in SIGKILL, status -1
};

// False in sanitizer builds: ASan reserves terabytes of address space, so RLIMIT_AS cannot apply
// and maxMemoryBytes is ignored (the test still checks the message).
bool memoryLimitApplies();

struct CliRun {
    int status = -1;  // exit status; -1 when killed by a signal
    std::string out, err;
};

CliRun runCli(const std::vector<std::string>& args, const CliLimits& limits = {});

// Starts the CLI with output discarded; the caller waits for or kills `pid`.
pid_t startCli(const std::vector<std::string>& args);

// Waits for pid; returns the exit status, or -1 when a signal ended it.
int waitCli(pid_t pid);

}  // namespace ts::fault
