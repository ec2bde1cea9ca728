// trialscope-cli import PATH...: each path is one study, imported atomically.
#include "app/cli/commands.h"
#include "core/io/study_importer.h"
#include "core/report/report_json.h"

namespace ts::cli {

int runImport(Context& ctx, const Args& args) {
    args.allow({});
    const auto& pos = args.positional();
    if (pos.size() < 2) throw UsageError("import needs at least one PATH");
    std::vector<ImportSummary> done;
    for (size_t i = 1; i < pos.size(); ++i) done.push_back(importPath(ctx.store(), pos[i]));
    printJson(importJson(done));
    return 0;
}

}  // namespace ts::cli
