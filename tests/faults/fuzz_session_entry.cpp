// Fuzz entry: the bytes are a session file (File > Open session, core/io/session_file.h). Reading
// never throws anything but an InputError naming the file; a session read is written and read
// back to the same session.
#include "core/io/session_file.h"
#include "fuzz_entry.h"
#include "fuzz_error_check.h"

namespace ts::fuzz {

void sessionEntry(std::string_view input) {
    Session session;
    try {
        session = Session::fromJson(std::string(input), "work.trialscope");
    } catch (const InputError& e) {
        checkError(e, {"work.trialscope"});
        return;
    }
    const Session again = Session::fromJson(session.toJson(), "again.trialscope");
    if (again.toJson() != session.toJson()) throw HarnessFailure("a session written is not the session read back");
}

}  // namespace ts::fuzz
