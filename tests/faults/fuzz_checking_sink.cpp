#include "fuzz_checking_sink.h"

#include <unordered_set>

#include "core/io/utf8_check.h"
#include "fuzz_entry.h"

namespace ts::fuzz {

void CheckingSink::header(const DatasetHeader& h) {
    if (m_hasHeader) throw HarnessFailure("header announced twice");
    m_hasHeader = true;
    m_columns = h.columns.size();
    if (h.columns.empty()) throw HarnessFailure("header without columns");
    std::unordered_set<std::string> seen;
    for (const std::string& c : h.columns) {
        if (c.empty() || c.find_first_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos)
            throw HarnessFailure("column name empty or not upper case: '" + c + "'");
        if (!seen.insert(c).second) throw HarnessFailure("duplicate column passed on: '" + c + "'");
    }
}

void CheckingSink::row(long line, std::span<const Value> values) {
    if (!m_hasHeader) throw HarnessFailure("row before header");
    if (values.size() != m_columns)
        throw HarnessFailure("row with " + std::to_string(values.size()) + " values for " + std::to_string(m_columns) +
                             " columns");
    if (line <= m_lastLine)
        throw HarnessFailure("row line " + std::to_string(line) + " after " + std::to_string(m_lastLine));
    m_lastLine = line;
    ++m_rows;
    for (const Value& v : values) {
        if (v.kind == Value::Kind::Text && isMissingText(v.text))
            throw HarnessFailure("a missing spelling arrived as text");
        if (m_utf8Text && v.kind == Value::Kind::Text && !checkUtf8(v.text).empty())
            throw HarnessFailure("text value that is not UTF-8");
    }
}

void CheckingSink::progress(double fraction) {
    if (!(fraction >= 0 && fraction <= 1)) throw HarnessFailure("progress fraction " + std::to_string(fraction));
}

}  // namespace ts::fuzz
