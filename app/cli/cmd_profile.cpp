// trialscope-cli profile: one subject's ADSL, liver tests, adverse events and outcomes.
#include "app/cli/commands.h"
#include "core/options/view_options.h"
#include "core/report/report_json.h"

namespace ts::cli {

int runProfile(Context& ctx, const Args& args) {
    args.allow({"--study", "--subject", "--alt", "--ast", "--bili", "--alp"});
    const std::string subject = args.required("--subject");
    const LiverParams params = liverOptions(args).params;
    printJson(profileJson(subjectProfile(ctx.study(args.required("--study")), subject, params)));
    return 0;
}

}  // namespace ts::cli
