// trialscope-cli delete ID: removes a study and every row of it.
#include "app/cli/commands.h"
#include "core/analysis/analysis_error.h"
#include "core/report/json_writer.h"

namespace ts::cli {

int runDelete(Context& ctx, const Args& args) {
    args.allow({});
    const auto& pos = args.positional();
    if (pos.size() != 2) throw UsageError("delete needs exactly one study ID");
    if (!ctx.store().deleteStudy(pos[1]))
        throw AnalysisError("no study " + pos[1] + " in " + ctx.store().path().string());
    printJson(JsonWriter().beginObject().field("deleted", pos[1]).endObject().str());
    return 0;
}

}  // namespace ts::cli
