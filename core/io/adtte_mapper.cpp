#include "core/io/adtte_mapper.h"

#include <cctype>
#include <cmath>
#include <limits>
#include <string>
#include <tuple>

#include "core/model/provenance.h"

namespace ts {

namespace {

// AVALU as one of the study time units; "" when it names none of them.
std::string timeUnitOf(std::string text) {
    struct Spelling {
        const char* text;
        const char* unit;
    };
    static constexpr Spelling kSpellings[] = {
        {"DAYS", "days"}, {"DAY", "days"},   {"D", "days"},     {"WEEKS", "weeks"},   {"WEEK", "weeks"},
        {"WK", "weeks"},  {"WKS", "weeks"},  {"W", "weeks"},    {"MONTHS", "months"}, {"MONTH", "months"},
        {"MO", "months"}, {"MON", "months"}, {"MTH", "months"}, {"YEARS", "years"},   {"YEAR", "years"},
        {"YR", "years"},  {"YRS", "years"},  {"Y", "years"},
    };
    for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    for (const Spelling& s : kSpellings)
        if (text == s.text) return s.unit;
    return {};
}

}  // namespace

void AdtteMapper::columns(const Columns& c) {
    m_paramcd = c.require("PARAMCD");
    m_aval = c.require("AVAL");
    m_cnsr = c.require("CNSR");
    m_param = c.find("PARAM");
    m_avalu = c.find("AVALU");
    m_rowProvenance = c.find("PROVENANCE");
}

void AdtteMapper::row(long line, std::span<const Value> values) {
    RowAccess row{m_cols->file(), line, values};
    TteRecord r;
    r.usubjid = subject(row);
    std::tie(r.paramcd, r.param) = m_params.read(row, m_paramcd, m_param);
    auto aval = row.number(m_aval, "AVAL");
    if (!aval) row.fail("AVAL is missing");
    if (*aval < 0) row.fail("AVAL must be >= 0 (got " + row.text(m_aval) + ")");
    r.aval = *aval;
    auto cnsr = row.missing(m_cnsr) ? std::nullopt : parseNumber(row.text(m_cnsr));
    if (!cnsr || *cnsr < 0 || *cnsr != std::floor(*cnsr))
        row.fail("CNSR must be a non-negative integer (got '" + row.text(m_cnsr) + "')");
    // Checked before the cast: values of 2^31 and above once wrapped to negative codes.
    if (*cnsr > std::numeric_limits<int>::max())
        row.fail("CNSR " + row.text(m_cnsr) + " is out of range (at most " +
                 std::to_string(std::numeric_limits<int>::max()) + ")");
    r.cnsr = static_cast<int>(*cnsr);
    // ADTTE holds one record per subject and parameter: a second one would count as another subject.
    auto [first, fresh] = m_seen.try_emplace(r.usubjid + '\x1f' + r.paramcd, line);
    if (!fresh)
        row.fail("duplicate " + r.paramcd + " record of subject '" + r.usubjid + "' (first at line " +
                 std::to_string(first->second) + "): ADTTE holds one record per subject and parameter");
    if (!row.missing(m_avalu)) {
        // AVALU repeats on every record: parse and record it only when the text changes.
        std::string text = row.text(m_avalu);
        if (text != m_lastAvalu) {
            const std::string unit = timeUnitOf(text);
            if (unit.empty()) row.fail("AVALU '" + text + "' is not a time unit (DAYS, WEEKS, MONTHS or YEARS)");
            m_out.dataTimeUnit(unit, row.file, line);
            m_lastAvalu = std::move(text);
        }
    }
    r.provenance = m_provenance;
    if (m_rowProvenance && !row.missing(m_rowProvenance)) {  // e.g. illustrative records beside reconstructed ones
        const auto p = provenances().parse(row.text(m_rowProvenance));
        if (!p)
            row.fail("provenance: '" + row.text(m_rowProvenance) +
                     "' is not original, reconstructed, published-aggregate or illustrative");
        r.provenance = *p;
    }
    writer(row).tte(r);
    ++m_out.summary().tteRecords;
}

}  // namespace ts
