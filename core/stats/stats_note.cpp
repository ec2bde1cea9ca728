#include "core/stats/stats_note.h"

namespace ts::stats {

void appendNote(std::string& note, std::string_view reason) {
    if (!note.empty()) note += "; ";
    note += reason;
}

}  // namespace ts::stats
