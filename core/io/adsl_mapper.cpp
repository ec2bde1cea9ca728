#include "core/io/adsl_mapper.h"

#include <map>
#include <tuple>
#include <unordered_set>

#include "core/io/arm_order.h"
#include "core/io/date_check.h"
#include "core/io/row_access.h"
#include "core/io/sas_time.h"
#include "core/io/study_id.h"

namespace ts {

namespace {

// ADSL text in one canonical form whichever file it came from: date-times as canonicalDateTime,
// decimal text ("50.50", "1.5E1") as formatNumber prints the number. Integers are left as written, so
// codes with leading zeros ("007") survive.
std::string canonicalText(const Value& v) {
    std::string t = valueText(v);
    if (v.kind == Value::Kind::Text && t.find_first_of(".eE") != std::string::npos)
        if (auto x = parseNumber(t)) return formatNumber(*x);
    return canonicalDateTime(t);
}

}  // namespace

void AdslMapper::header(const DatasetHeader& h) {
    m_header = h;
    Columns cols(h);
    m_studyidCol = cols.require("STUDYID");
    m_usubjid = cols.require("USUBJID");
}

void AdslMapper::row(long line, std::span<const Value> values) {
    RowAccess row{m_header.file, line, values};
    Subject s;
    s.usubjid = row.text(m_usubjid);
    if (s.usubjid.empty()) row.fail("USUBJID is missing");
    auto [it, fresh] = m_firstLine.try_emplace(s.usubjid, line);
    if (!fresh) row.fail("duplicate USUBJID '" + s.usubjid + "' (first at line " + std::to_string(it->second) + ")");
    if (m_studyId.empty()) {
        m_studyId = row.text(m_studyidCol);
        if (std::string bad = studyIdProblem(m_studyId); !bad.empty()) row.fail("STUDYID '" + m_studyId + "' " + bad);
    }
    for (std::size_t i = 0; i < values.size(); ++i) {
        std::string text = canonicalText(values[i]);
        // Dates arrive as text from CSV and from formatted XPT variables; an XPT number is kept as is.
        if (values[i].kind == Value::Kind::Text)
            if (std::string bad = dateProblem(m_header.columns[i], text, values[i].text); !bad.empty()) row.fail(bad);
        s.vars.emplace(m_header.columns[i], std::move(text));
    }
    m_subjects.push_back(std::move(s));
}

std::vector<Arm> AdslMapper::arms() const {
    // Sort key: (numeric code or +inf, armRank, name); the map keeps that order.
    std::map<std::tuple<double, int, std::string>, bool> seen;
    for (const Subject& s : m_subjects) {
        const std::string* arm = s.var("TRT01A");
        if (!arm || arm->empty()) arm = s.var("ARM");
        if (!arm || arm->empty()) continue;
        double key = 1e300;
        for (const char* num : {"TRT01AN", "TRT01PN"})
            if (const std::string* n = s.var(num); n && !n->empty()) {
                key = parseNumber(*n).value_or(key);
                break;
            }
        seen.emplace(std::make_tuple(key, armRank(*arm), *arm), true);
    }
    // An arm with several numeric codes sits under each; it is listed once, at its first place (a set:
    // a study of 10^5 arms once took minutes here).
    std::vector<Arm> arms;
    std::unordered_set<std::string> listed;
    for (const auto& entry : seen) {
        const std::string& name = std::get<2>(entry.first);
        if (listed.insert(name).second) arms.push_back(Arm{name, name, std::nullopt, "", ""});
    }
    return arms;
}

}  // namespace ts
