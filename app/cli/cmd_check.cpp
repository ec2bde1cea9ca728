// trialscope-cli check: the whole store file's integrity (PRAGMA quick_check), which opening a
// store no longer scans. Prints {"store":..,"schema":N,"ok":true}; a damaged store is the one-line
// error "FILE: the store is corrupted (...)" and exit status 1.
#include "app/cli/commands.h"
#include "core/report/json_writer.h"

namespace ts::cli {

int runCheck(Context& ctx, const Args& args) {
    args.allow({});
    Store& store = ctx.store();
    store.checkIntegrity();
    JsonWriter w;
    w.beginObject()
        .field("store", store.path().string())
        .field("schema", store.schemaVersion())
        .field("ok", true)
        .endObject();
    printJson(w.str());
    return 0;
}

}  // namespace ts::cli
