// trialscope-cli import PATH...: each path is one study; all of them are imported as one
// transaction, so a refused path leaves the store as it was and nothing is reported as imported.
#include "app/cli/commands.h"
#include "core/io/input_error.h"
#include "core/io/study_importer.h"
#include "core/report/report_json.h"

namespace ts::cli {

namespace {

// The error of one of several paths names that path: "BAD/adsl.csv:5: ..." (a folder and its
// file) or "BAD.csv:5: ..." (a dataset given as a file).
InputError naming(const std::filesystem::path& path, const InputError& e) {
    std::error_code ec;
    const bool inside = std::filesystem::is_directory(path, ec) && e.file() != path.filename().string();
    const std::string file = inside ? (path / e.file()).string() : path.string();
    return InputError(printableLine(file, 300), e.line(), e.message());
}

}  // namespace

int runImport(Context& ctx, const Args& args) {
    args.allow({});
    const auto& pos = args.positional();
    if (pos.size() < 2) throw UsageError("import needs at least one PATH");
    Store& store = ctx.store();
    StoreBatch batch = store.beginBatch();
    std::vector<ImportSummary> done;
    for (size_t i = 1; i < pos.size(); ++i) {
        try {
            done.push_back(importPath(store, pos[i]));
        } catch (const InputError& e) {
            if (pos.size() == 2) throw;
            throw naming(pos[i], e);
        }
    }
    batch.commit();
    printJson(importJson(done));
    return 0;
}

}  // namespace ts::cli
