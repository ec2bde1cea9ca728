// Fuzz entry: the bytes are a --db location. What messages, titles and sessions show of a team
// library's URI (redactedUri) never carries a password: no ':' in the user part before the host, no
// password= parameter; redacting is idempotent, and a file location is left as it is.
#include <string>

#include "core/store/pg_connection.h"
#include "core/store/store.h"
#include "fuzz_entry.h"

namespace ts::fuzz {

void locationEntry(std::string_view input) {
    const std::string location(input);
    const std::string shown = redactedUri(location);
    if (redactedUri(shown) != shown) throw HarnessFailure("redacting a redacted URI changed it");
    if (!isServerLocation(location)) {
        if (shown != location) throw HarnessFailure("a file location was changed");
        return;
    }
    const std::size_t scheme = shown.find("://");
    const std::size_t start = scheme + 3;
    const std::size_t hostEnd = std::min(shown.find_first_of("/?", start), shown.size());
    const std::size_t at = shown.rfind('@', hostEnd);
    if (at != std::string::npos && at >= start && shown.substr(start, at - start).find(':') != std::string::npos)
        throw HarnessFailure("the user part of a shown URI keeps a password");
    // The parameters, as libpq reads them: after the first '?', separated by '&'.
    const std::size_t question = shown.find('?');
    for (std::size_t from = question == std::string::npos ? shown.size() + 1 : question + 1; from <= shown.size();) {
        const std::size_t end = std::min(shown.find('&', from), shown.size());
        if (std::string_view(shown).substr(from, end - from).starts_with("password="))
            throw HarnessFailure("a shown URI keeps its password= parameter");
        from = end + 1;
    }
}

}  // namespace ts::fuzz
