#pragma once
// The commands of trialscope-cli. Each runs against a Context (the store, opened on first use),
// prints its JSON on stdout and returns the exit status; errors are thrown (InputError,
// StoreError, AnalysisError, UsageError) and reported by main.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/model/study_data.h"
#include "core/options/args.h"
#include "core/store/store.h"

namespace ts::cli {

// What a command does to the store: import may create it; delete writes to an existing one; every
// other command only reads, and opens it read-only (a store in a read-only folder can be read). A
// command that does not create needs an existing store, so a mistyped --db is an error, not a new
// empty store.
// Init: create or migrate the store, a team library becoming the connecting role's (Store::init).
enum class StoreAccess { Read, Write, Create, Init };

class Context {
public:
    Context(std::filesystem::path db, StoreAccess access) : m_db(std::move(db)), m_access(access) {}
    Store& store();
    // The study with this id; AnalysisError listing the known ids when absent.
    StudyData study(const std::string& id);
    // What a survival analysis reads of study `id` (Store::survivalSlice); the same error when absent.
    SurvivalSlice survivalSlice(const std::string& id, const std::string& endpoint,
                                const std::vector<std::string>& variables);

private:
    [[noreturn]] void noStudy(const std::string& id);
    std::filesystem::path m_db;
    StoreAccess m_access;
    std::optional<Store> m_store;
};

struct Command {
    const char* name;
    std::string usage;  // one line for --help
    int (*run)(Context&, const Args&);
    StoreAccess access = StoreAccess::Read;
};

const std::vector<Command>& commands();

int runImport(Context&, const Args&);
int runStudies(Context&, const Args&);
int runDelete(Context&, const Args&);
int runKm(Context&, const Args&);
int runCuminc(Context&, const Args&);
int runLabs(Context&, const Args&);
int runAe(Context&, const Args&);
int runLiver(Context&, const Args&);
int runShift(Context&, const Args&);
int runProfile(Context&, const Args&);
int runLiverEvent(Context&, const Args&);
int runAeEvent(Context&, const Args&);
int runExport(Context&, const Args&);   // app/cli/cmd_export.cpp
int runInspect(Context&, const Args&);  // app/cli/cmd_export.cpp
int runReport(Context&, const Args&);   // app/cli/cmd_export.cpp
int runCheck(Context&, const Args&);
int runInit(Context&, const Args&);
int runGrant(Context&, const Args&);
int runRevoke(Context&, const Args&);
std::string exportUsage();      // the views and options export takes in this build
std::string viewsMarkdown();    // the views of export, for optionsMarkdown ("" without them)
std::string optionsMarkdown();  // --help-options: app/cli/options_help.cpp

void printJson(const std::string& json);

}  // namespace ts::cli
