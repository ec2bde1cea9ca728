#include "cli_process.h"

#include <csignal>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tests/scratch_dir.h"

namespace ts::fault {

bool memoryLimitApplies() {
#if defined(__SANITIZE_ADDRESS__)
    return false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return false;
#else
    return true;
#endif
#else
    return true;
#endif
}

namespace {

std::string slurp(const std::filesystem::path& f) {
    std::ifstream in(f, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void redirect(int fd, const std::filesystem::path& file) {
    int f = ::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0666);
    if (f < 0 || dup2(f, fd) < 0) _exit(126);
    ::close(f);
}

// Forks; the child applies `limits`, redirects its output and execs the CLI.
pid_t spawn(const std::vector<std::string>& args, const std::filesystem::path& out, const std::filesystem::path& err,
            const CliLimits& limits) {
    std::vector<char*> argv{const_cast<char*>(TRIALSCOPE_CLI)};
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    pid_t pid = fork();
    if (pid != 0) return pid;
    redirect(STDOUT_FILENO, out);
    redirect(STDERR_FILENO, err);
    if (limits.maxFileBytes) {
        std::signal(SIGXFSZ, SIG_IGN);  // a write past the limit then fails with EFBIG instead of killing
        rlimit r{static_cast<rlim_t>(*limits.maxFileBytes), static_cast<rlim_t>(*limits.maxFileBytes)};
        if (setrlimit(RLIMIT_FSIZE, &r) != 0) _exit(126);
    }
    if (limits.maxMemoryBytes && memoryLimitApplies()) {
        rlimit r{static_cast<rlim_t>(*limits.maxMemoryBytes), static_cast<rlim_t>(*limits.maxMemoryBytes)};
        if (setrlimit(RLIMIT_AS, &r) != 0) _exit(126);
    }
    if (limits.maxCpuSeconds) {
        rlimit r{static_cast<rlim_t>(*limits.maxCpuSeconds), static_cast<rlim_t>(*limits.maxCpuSeconds)};
        if (setrlimit(RLIMIT_CPU, &r) != 0) _exit(126);
    }
    if (limits.unprivileged && geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0)) _exit(126);
    execv(argv[0], argv.data());
    _exit(127);
}

}  // namespace

int waitCli(pid_t pid) {
    int status = 0;
    while (waitpid(pid, &status, 0) < 0) {}
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

CliRun runCli(const std::vector<std::string>& args, const CliLimits& limits) {
    test::ScratchDir tmp;
    // An unprivileged child must be able to write its output files.
    std::filesystem::permissions(tmp.path(), std::filesystem::perms::all);
    const auto out = tmp.path() / "stdout", err = tmp.path() / "stderr";
    CliRun r;
    r.status = waitCli(spawn(args, out, err, limits));
    r.out = slurp(out);
    r.err = slurp(err);
    return r;
}

pid_t startCli(const std::vector<std::string>& args) { return spawn(args, "/dev/null", "/dev/null", {}); }

}  // namespace ts::fault
