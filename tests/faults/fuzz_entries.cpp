#include "fuzz_entry.h"

namespace ts::fuzz {

const std::vector<Entry>& entries() {
    static const std::vector<Entry> all{
        {"csv", csvEntry},       {"xpt", xptEntry},           {"sas7bdat", sas7bdatEntry},
        {"json", jsonEntry},     {"manifest", manifestEntry}, {"aggregates", aggregatesEntry},
        {"adam", adamEntry},     {"store", storeEntry},       {"options", optionsEntry},
        {"record", recordEntry}, {"session", sessionEntry},   {"location", locationEntry},
        {"define", defineEntry}, {"packed", packedEntry}};
    return all;
}

}  // namespace ts::fuzz
