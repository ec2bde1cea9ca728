// The team library's reads: the study list, one study's metadata, rows and packed columns. The
// list is read set-wise (five queries whatever the number of studies), as one round trip per study
// would cost more than the listing itself.
#include "core/store/pg_store.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "core/store/lab_columns.h"
#include "core/store/record_columns.h"

namespace ts {

namespace {

// SQLite's ORDER BY id COLLATE NOCASE, id: ASCII letters folded, then the bytes.
bool libraryOrder(const std::string& a, const std::string& b) {
    auto fold = [](unsigned char c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; };
    const bool less = std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(), [&fold](char x, char y) {
        return fold(static_cast<unsigned char>(x)) < fold(static_cast<unsigned char>(y));
    });
    const bool greater = std::lexicographical_compare(b.begin(), b.end(), a.begin(), a.end(), [&fold](char x, char y) {
        return fold(static_cast<unsigned char>(x)) < fold(static_cast<unsigned char>(y));
    });
    return less || (!greater && a < b);
}

// The library's studies (or the one named `only`), each with its import time and datasets.
struct Listed {
    StudyInfo info;
    std::string importedAt;
    std::map<std::string, long long> rows;  // domain -> rows over its provenances
    std::set<std::string> provenances, kinds;
    std::vector<std::string> endpoints, labParams;
};

std::map<std::string, Listed> readListed(PgConnection& db, const std::string* only) {
    const std::string where = only ? " WHERE study = $1" : "";
    const PgParams params = only ? PgParams(*only) : PgParams();
    const char* what = "cannot read the library";
    std::map<std::string, Listed> out;
    PgRows studies =
        db.query("SELECT " + std::string(kInfoColumns) + " FROM study" + (only ? " WHERE id = $1" : ""), params, what);
    while (studies.next()) {
        Listed l;
        l.info = infoOf(studies, &l.importedAt);
        out.emplace(l.info.id, std::move(l));
    }
    // Each row to its study's entry; the study id is in column `key`.
    auto each = [&out](PgRows& rows, int key, auto&& add) {
        while (rows.next())
            if (auto it = out.find(rows.text(key)); it != out.end()) add(it->second, rows);
    };
    // The arm columns first, as armOf reads them, then the study (column 5).
    PgRows arms = db.query("SELECT " + std::string(kArmColumns) + ", study FROM arm" + where + " ORDER BY study, ord",
                           params, what);
    each(arms, 5, [](Listed& l, PgRows& r) { l.info.arms.push_back(armOf(r)); });
    PgRows flags = db.query("SELECT study, name FROM population_flag" + where + " ORDER BY study, ord", params, what);
    each(flags, 0, [](Listed& l, PgRows& r) { l.info.populationFlags.push_back(r.text(1)); });
    PgRows datasets = db.query("SELECT study, domain, provenance, rows FROM dataset" + where, params, what);
    each(datasets, 0, [](Listed& l, PgRows& r) {
        const std::string domain = r.text(1);
        if (domain == "adsl") l.info.adslProvenance = provenanceOf(r.text(2));
        l.rows[domain] += r.integer(3);
        l.provenances.insert(r.text(2));
        if (r.integer(3) > 0) l.kinds.insert(domain);
    });
    if (only) return out;
    PgRows params2 =
        db.query("SELECT study, kind, paramcd FROM study_param ORDER BY study, kind, ord", PgParams(), what);
    each(params2, 0,
         [](Listed& l, PgRows& r) { (r.text(1) == "endpoint" ? l.endpoints : l.labParams).push_back(r.text(2)); });
    return out;
}

}  // namespace

PgStore::PgStore(const std::string& uri) : m_location(redactedUri(uri)), m_db(uri, redactedUri(uri)) {}

long long PgStore::dataVersion() const {
    // A new number from change_seq for every study written, and the count for a study deleted, as
    // far as this role can see: what it sees has changed exactly when this pair has.
    return reading([this] {
        PgRows v =
            m_db.query("SELECT coalesce(max(change), 0), count(*) FROM study", PgParams(), "cannot read the library");
        return v.next() ? v.integer(0) * 1000003 + v.integer(1) : 0;
    });
}

void PgStore::checkIntegrity(const std::atomic<bool>* /*stop*/) const {
    // The server keeps its own pages; what can go wrong here is the library's structure: every
    // table there, every study's packed subjects present (one short query: nothing to stop).
    PgRows missing = m_db.query(
        "SELECT s.id FROM study s WHERE NOT EXISTS (SELECT 1 FROM column_cache c "
        "WHERE c.study = s.id AND c.kind = 'subjects') ORDER BY s.id LIMIT 1",
        PgParams(), "cannot check the library");
    if (missing.next())
        throw StoreError(m_location.string() + ": the library is damaged (study " + missing.text(0) +
                         " has no packed columns)");
}

std::vector<StudySummary> PgStore::studies() const {
    std::map<std::string, Listed> listed = reading([this] { return readListed(m_db, nullptr); });
    std::vector<StudySummary> out;
    for (auto& [id, l] : listed) {
        StudySummary s;
        s.info = std::move(l.info);
        s.importedAt = l.importedAt;
        s.subjects = static_cast<int>(l.rows["adsl"]);
        s.aeRecords = static_cast<int>(l.rows["adae"]);
        s.endpoints = std::move(l.endpoints);
        s.labParams = std::move(l.labParams);
        s.provenances.assign(l.provenances.begin(), l.provenances.end());
        s.datasets.assign(l.kinds.begin(), l.kinds.end());
        out.push_back(std::move(s));
    }
    std::sort(out.begin(), out.end(),
              [](const StudySummary& a, const StudySummary& b) { return libraryOrder(a.info.id, b.info.id); });
    return out;
}

std::optional<StudyInfo> PgStore::info(const std::string& id) const {
    return reading([this, &id]() -> std::optional<StudyInfo> {
        std::map<std::string, Listed> listed = readListed(m_db, &id);
        if (listed.empty()) return std::nullopt;
        StudyInfo info = std::move(listed.begin()->second.info);
        PgRows labels = m_db.query("SELECT dataset, name, label FROM variable_label WHERE study = $1", PgParams(id),
                                   "cannot read study " + id);
        while (labels.next()) info.labels[{labels.text(0), labels.text(1)}] = labels.text(2);
        return info;
    });
}

bool PgStore::hasStudy(const std::string& id) const {
    return reading([this, &id] {
        return m_db.query("SELECT 1 FROM study WHERE id = $1", PgParams(id), "cannot read the library").size() > 0;
    });
}

std::optional<StudyData> PgStore::loadStudy(const std::string& id) const {
    return reading([this, &id] { return load(id); });
}

std::optional<StudyData> PgStore::load(const std::string& id) const {
    auto info = this->info(id);
    if (!info) return std::nullopt;
    StudyData d;
    d.info = std::move(*info);
    const std::string what = "cannot read study " + id;
    auto rows = [&](std::string_view columns, const char* table) {
        return m_db.query(std::string("SELECT ").append(columns).append(" FROM ").append(table).append(
                              " WHERE study = $1 ORDER BY seq"),
                          PgParams(id), what);
    };
    std::unordered_map<std::string, std::size_t> index;
    for (PgRows subj = rows("usubjid", "subject"); subj.next();) {
        index.emplace(subj.text(0), d.subjects.size());
        d.subjects.push_back({subj.text(0), {}});
    }
    for (PgRows vars = rows("usubjid, name, value", "subject_var"); vars.next();)
        if (auto it = index.find(vars.text(0)); it != index.end())
            d.subjects[it->second].vars[vars.text(1)] = vars.text(2);
    for (PgRows r = rows(kTteColumns, "tte"); r.next();) d.tte.push_back(tteOf(r));
    d.labs = readLabColumns(*this, id);
    for (PgRows r = rows(kAeColumns, "ae"); r.next();) d.aes.push_back(aeOf(r));
    for (PgRows r = rows(kLabSummaryColumns, "lab_summary"); r.next();) d.labSummaries.push_back(labSummaryOf(r));
    for (PgRows r = rows(kAeCountColumns, "ae_count"); r.next();) d.aeCounts.push_back(aeCountOf(r));
    for (PgRows r = rows(kSurvPointColumns, "surv_point"); r.next();) d.survPoints.push_back(survPointOf(r));
    for (PgRows r = rows(kBaselineColumns, "baseline_cell"); r.next();) d.baseline.push_back(baselineOf(r));
    return d;
}

std::vector<PackedColumn> PgStore::packed(const std::string& study, const std::string& kind, const std::string* name,
                                          std::size_t bytes) const {
    // Binary results (the bytea as it is); the numbers as text, which binary format keeps as text.
    const std::string data = bytes == 0            ? "''::bytea"
                             : bytes == kWholeBlob ? "data"
                                                   : "substring(data from 1 for " + std::to_string(bytes) + ")";
    const std::string select = "SELECT name, ord::text, label, rows::text, " + data +
                               ", length(data)::text FROM column_cache WHERE study = $1 AND kind = $2";
    PgRows r = reading([&] {
        return name ? m_db.query(select + " AND name = $3", PgParams(study, kind, *name), "cannot read study " + study,
                                 true)
                    // By the table's number: ORDER BY ord would sort the text ord of the select list.
                    : m_db.query(select + " ORDER BY column_cache.ord", PgParams(study, kind),
                                 "cannot read study " + study, true);
    });
    std::vector<PackedColumn> out;
    while (r.next()) {
        const auto blob = r.blob(4);
        out.push_back(
            {kind, r.text(0), r.integer(1), r.text(2), r.integer(3), {blob.begin(), blob.end()}, r.integer(5)});
    }
    return out;
}

}  // namespace ts
