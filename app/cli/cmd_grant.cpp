// trialscope-cli grant --study ID --role ROLE --access read|write, and revoke --study ID --role ROLE:
// per-study access on a team library (Store::grant). Print {"study":..,"role":..,"access":..}, the
// access "none" after a revoke.
#include "app/cli/commands.h"
#include "core/report/json_writer.h"

namespace ts::cli {

namespace {

void printGrant(const std::string& study, const std::string& role, const std::string& access) {
    printJson(
        JsonWriter().beginObject().field("study", study).field("role", role).field("access", access).endObject().str());
}

}  // namespace

int runGrant(Context& ctx, const Args& args) {
    args.allow({"--study", "--role", "--access"});
    const std::string study = args.required("--study");
    const std::string role = args.required("--role");
    const std::string access = args.required("--access");
    if (access != "read" && access != "write") throw UsageError("--access: read or write, not " + access);
    ctx.store().grant(study, role, access == "write" ? StudyAccess::Write : StudyAccess::Read);
    printGrant(study, role, access);
    return 0;
}

int runRevoke(Context& ctx, const Args& args) {
    args.allow({"--study", "--role"});
    const std::string study = args.required("--study");
    const std::string role = args.required("--role");
    ctx.store().revoke(study, role);
    printGrant(study, role, "none");
    return 0;
}

}  // namespace ts::cli
