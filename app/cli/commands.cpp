#include "app/cli/commands.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>

#include "core/analysis/analysis_error.h"
#include "core/analysis/option_tables.h"

namespace ts::cli {

Store& Context::store() {
    if (!m_store) {
        std::error_code ec;
        const bool server = isServerLocation(m_db.string());
        if (!server && m_access != StoreAccess::Create && m_access != StoreAccess::Init &&
            !std::filesystem::exists(m_db, ec))
            throw StoreError(m_db.string() + ": no such store (import a study into it first, or check --db)");
        if (m_access == StoreAccess::Init) m_store.emplace(Store::init(m_db));
        else m_store.emplace(m_access == StoreAccess::Read ? Store::openForReading(m_db) : Store::open(m_db));
    }
    return *m_store;
}

StudyData Context::study(const std::string& id) {
    if (auto d = store().loadStudy(id)) return std::move(*d);
    noStudy(id);
}

SurvivalSlice Context::survivalSlice(const std::string& id, const std::string& endpoint,
                                     const std::vector<std::string>& variables) {
    if (auto s = store().survivalSlice(id, endpoint, variables)) return std::move(*s);
    noStudy(id);
}

void Context::noStudy(const std::string& id) {
    std::string known;
    for (const auto& s : store().studies()) known += (known.empty() ? "" : ", ") + s.info.id;
    throw AnalysisError("no study " + id + " in " + store().path().string() +
                        (known.empty() ? " (the store is empty)" : " (studies: " + known + ")"));
}

namespace {
// "[--conf-type log|log-log|...]": an option's values as its table lists them.
template <class E>
std::string choice(const Choices<E>& table) {
    return "[" + std::string(table.option()) + " " + table.usage() + "]";
}
}  // namespace

const std::vector<Command>& commands() {
    static const std::vector<Command> table{
        {"import", "import PATH...", runImport, StoreAccess::Create},
        {"studies", "studies", runStudies},
        {"km",
         "km --study ID [--endpoint PARAMCD] [--by VAR] [--ref GROUP] " + choice(confTypes()) +
             " [--conf-level 0.95] [--times t1,t2,..] " + choice(tiesMethods()) +
             " [--landmark T] [--population FLAG]" + " [--strata VAR] [--rho R] [--gamma G] [--rmst TAU] " +
             choice(pAdjustMethods()) + " [--ph-test] [--r-code FILE.R]",
         runKm},
        {"cuminc",
         "cuminc --study ID --endpoint PARAMCD --competing PARAMCD [--by VAR] [--times t1,..] [--conf-level 0.95] "
         "[--population FLAG]",
         runCuminc},
        {"labs",
         "labs --study ID --param PARAMCD [--by VAR] " + choice(labSummaries()) +
             " [--change | --percent-change] [--population FLAG] [--r-code FILE.R]",
         runLabs},
        {"ae",
         "ae --study ID [--by VAR] " + choice(aeLevels()) +
             " [--grade] [--related] [--serious] [--population FLAG] [--overview] [--highest] [--rates] [--nested] "
             "[--conf-level 0.95] [--r-code FILE.R]",
         runAe},
        {"liver",
         "liver --study ID [--by VAR] [--population FLAG] " + choice(liverXs()) + " " + choice(liverReferences()) +
             " [--x-cut X] [--y-cut Y] [--alt PARAMCD] [--ast PARAMCD] [--bili PARAMCD] [--alp PARAMCD]",
         runLiver},
        {"shift",
         "shift --study ID --param PARAMCD [--by VAR] [--population FLAG] " + choice(shiftDirections()) + " " +
             choice(shiftScales()),
         runShift},
        {"liver-event",
         "liver-event --study ID --param PARAMCD [--multiple 3] [--by VAR] [--ref GROUP] " + choice(confTypes()) +
             " [--conf-level 0.95] [--times t1,t2,..] [--population FLAG]",
         runLiverEvent},
        {"ae-event",
         "ae-event --study ID [--soc SOC | --term PT] [--by VAR] [--ref GROUP] " + choice(confTypes()) +
             " [--conf-level 0.95] [--times t1,t2,..] [--population FLAG]",
         runAeEvent},
        {"profile",
         "profile --study ID --subject USUBJID [--alt PARAMCD] [--ast PARAMCD] [--bili PARAMCD] [--alp PARAMCD]",
         runProfile},
        {"delete", "delete ID", runDelete, StoreAccess::Write},
        {"check", "check", runCheck},
        {"init", "init   (creates or upgrades the store; on a server, the connecting role owns the library)", runInit,
         StoreAccess::Init},
        {"grant", "grant --study ID --role ROLE --access read|write   (team library: the owner lets ROLE see a study)",
         runGrant, StoreAccess::Write},
        {"revoke", "revoke --study ID --role ROLE   (team library: takes a grant back)", runRevoke, StoreAccess::Write},
        {"export", exportUsage(), runExport},
        {"inspect", "inspect FIGURE.png|.pdf|.svg   (the record an exported figure carries)", runInspect},
        {"report", "report --study ID[,ID..] --out FILE.pdf|FILE.html   (every view of the studies, numbered)",
         runReport},
    };
    return table;
}

void printJson(const std::string& json) {
    // Output that did not reach its destination (a full disk, a closed pipe) is a failure: the
    // caller must not take a missing or cut JSON for a result.
    errno = 0;
    const bool written = std::fwrite(json.data(), 1, json.size(), stdout) == json.size() &&
                         std::fputc('\n', stdout) != EOF && std::fflush(stdout) == 0;
    if (!written)
        throw std::runtime_error(std::string("cannot write the output: ") +
                                 (errno != 0 ? std::strerror(errno) : "write error"));
}

}  // namespace ts::cli
