#include "core/reconstruct/adam_csv_writer.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace ts {
namespace {

std::string num(std::optional<double> v) {
    if (!v) return "";
    char buf[32];
    auto res = std::to_chars(buf, buf + sizeof buf, *v);
    return std::string(buf, res.ptr);
}

// RFC 4180 quoting only where needed.
std::string field(const std::string& s) {
    if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
    std::string q = "\"";
    for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
    return q + "\"";
}

void writeRows(const std::filesystem::path& file, const std::vector<std::vector<std::string>>& rows) {
    std::ofstream out(file, std::ios::binary);
    if (!out) throw std::runtime_error("cannot write " + file.string());
    for (const auto& row : rows) {
        for (std::size_t i = 0; i < row.size(); ++i) out << (i ? "," : "") << field(row[i]);
        out << '\n';
    }
}

std::string yn(std::optional<bool> b) { return b ? (*b ? "Y" : "N") : ""; }

}  // namespace

void writeAdamCsv(const StudyData& st, const std::filesystem::path& folder) {
    std::filesystem::create_directories(folder);
    const std::string& id = st.info.id;
    if (!st.subjects.empty()) {
        std::vector<std::string> cols{"STUDYID", "USUBJID"};
        for (const auto& [name, value] : st.subjects.front().vars)
            if (name != "STUDYID" && name != "USUBJID") cols.push_back(name);
        std::vector<std::vector<std::string>> rows{cols};
        for (const Subject& s : st.subjects) {
            std::vector<std::string> row;
            for (const std::string& c : cols) row.push_back(s.var(c) ? *s.var(c) : "");
            rows.push_back(std::move(row));
        }
        writeRows(folder / "adsl.csv", rows);
    }
    if (!st.tte.empty()) {
        // A provenance column only where records differ (illustrative beside reconstructed).
        const bool mixed = std::any_of(st.tte.begin(), st.tte.end(),
                                       [&](const TteRecord& t) { return t.provenance != st.tte.front().provenance; });
        std::vector<std::vector<std::string>> rows{{"STUDYID", "USUBJID", "PARAMCD", "PARAM", "AVAL", "CNSR"}};
        if (mixed) rows.front().push_back("provenance");
        for (const TteRecord& t : st.tte) {
            rows.push_back({id, t.usubjid, t.paramcd, t.param, num(t.aval), std::to_string(t.cnsr)});
            if (mixed) rows.back().emplace_back(provenances().name(t.provenance));
        }
        writeRows(folder / "adtte.csv", rows);
    }
    if (!st.labs.empty()) {
        std::vector<std::vector<std::string>> rows{{"STUDYID", "USUBJID", "PARAMCD", "PARAM", "AVALU", "AVISIT",
                                                    "AVISITN", "ADY", "AVAL", "BASE", "CHG", "ANRLO", "ANRHI"}};
        for (const LabRecord& l : st.labs)
            rows.push_back({id, l.usubjid, l.paramcd, l.param, l.unit, l.avisit, num(l.avisitn), num(l.ady),
                            num(l.aval), num(l.base), num(l.chg), num(l.lo), num(l.hi)});
        writeRows(folder / "adlb.csv", rows);
    }
    if (!st.aes.empty()) {
        std::vector<std::vector<std::string>> rows{
            {"STUDYID", "USUBJID", "AEBODSYS", "AEDECOD", "AESEV", "AETOXGR", "AEREL", "AESER", "TRTEMFL"}};
        for (const AdverseEvent& e : st.aes)
            rows.push_back({id, e.usubjid, e.bodsys, e.decod, e.severity, e.toxgr ? std::to_string(*e.toxgr) : "",
                            e.related, yn(e.serious), yn(e.trtemfl)});
        writeRows(folder / "adae.csv", rows);
    }
}

}  // namespace ts
