// trialscope-cli init: creates or upgrades the store. On a PostgreSQL server (--db postgresql://...)
// this makes the team library, owned by the connecting role; later opens by the owner upgrade it.
// Prints {"store":..,"schema":N,"server":true|false}.
#include "app/cli/commands.h"
#include "core/report/json_writer.h"

namespace ts::cli {

int runInit(Context& ctx, const Args& args) {
    args.allow({});
    Store& store = ctx.store();
    printJson(JsonWriter()
                  .beginObject()
                  .field("store", store.path().string())
                  .field("schema", store.schemaVersion())
                  .field("server", store.isServer())
                  .endObject()
                  .str());
    return 0;
}

}  // namespace ts::cli
