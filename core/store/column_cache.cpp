#include "core/store/column_cache.h"

#include <algorithm>
#include <string_view>

#include "core/store/column_blob.h"
#include "core/store/statement.h"
#include "core/store/store.h"

namespace ts {

namespace {

[[noreturn]] void damaged(const std::filesystem::path& file, const std::string& study, const std::string& what) {
    throw StoreError(file.string() + ": the store is corrupted (study " + study + ", packed column " + what + ")");
}

}  // namespace

void ColumnCacheBuilder::subject(const Subject& s) {
    const std::size_t at = m_subjects.size();
    m_subjects.push_back(s.usubjid);
    for (const auto& [name, value] : s.vars) {
        auto [it, added] = m_adsl.try_emplace(name);
        Coded& c = it->second;
        if (added) c.order = m_adsl.size();
        c.column.codes.resize(at, -1);  // subjects before this one without the variable
        if (value.empty()) {
            c.column.codes.push_back(-1);
            continue;
        }
        auto [level, fresh] = c.index.try_emplace(value, static_cast<std::int32_t>(c.column.levels.size()));
        if (fresh) c.column.levels.push_back(value);
        c.column.codes.push_back(level->second);
    }
}

void ColumnCacheBuilder::tte(const TteRecord& r) {
    auto [it, added] = m_tte.try_emplace(r.paramcd);
    Endpoint& e = it->second;
    if (added) {
        e.order = m_tte.size();
        e.columns.paramcd = r.paramcd;
        e.columns.param = r.param;
    }
    e.usubjid.push_back(r.usubjid);
    e.columns.aval.push_back(r.aval);
    e.columns.cnsr.push_back(r.cnsr);
    e.columns.provenance.push_back(r.provenance);
}

void ColumnCacheBuilder::write(sqlite3* db, const std::filesystem::path& file, const std::string& study) {
    Statement row(db, "INSERT INTO column_cache(study, kind, name, ord, label, rows, data) VALUES(?,?,?,?,?,?,?)",
                  file);
    const std::size_t n = m_subjects.size();
    const std::vector<std::uint8_t> ids = packTexts(m_subjects);
    row.run(study, "subjects", "", 0, "", static_cast<std::int64_t>(n), std::span<const std::uint8_t>(ids));
    for (auto& [name, c] : m_adsl) {
        c.column.codes.resize(n, -1);
        const std::vector<std::uint8_t> bytes = packCoded(c.column);
        row.run(study, "adsl", name, static_cast<std::int64_t>(c.order), "", static_cast<std::int64_t>(n),
                std::span<const std::uint8_t>(bytes));
    }
    // A record's subject is its first position in ADSL; -1 when its USUBJID is not in ADSL.
    std::unordered_map<std::string_view, std::int32_t> position;
    position.reserve(n);
    for (std::size_t k = 0; k < n; ++k) position.emplace(m_subjects[k], static_cast<std::int32_t>(k));
    for (auto& [paramcd, e] : m_tte) {
        // A large endpoint is stored in time order (stable: equal times keep record order), which
        // spares every survival analysis its sort (see kTimeOrderedFrom in columns.h).
        std::vector<std::size_t> order(e.usubjid.size());
        for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
        const std::vector<double>& aval = e.columns.aval;
        if (order.size() >= kTimeOrderedFrom)
            std::stable_sort(order.begin(), order.end(),
                             [&aval](std::size_t a, std::size_t b) { return aval[a] < aval[b]; });
        TteColumns sorted;
        sorted.paramcd = e.columns.paramcd;
        sorted.param = e.columns.param;
        for (std::size_t k : order) {
            auto it = position.find(e.usubjid[k]);
            sorted.subject.push_back(it == position.end() ? -1 : it->second);
            sorted.aval.push_back(e.columns.aval[k]);
            sorted.cnsr.push_back(e.columns.cnsr[k]);
            sorted.provenance.push_back(e.columns.provenance[k]);
        }
        e.columns = std::move(sorted);
        const std::vector<std::uint8_t> bytes = packTte(e.columns);
        row.run(study, "tte", paramcd, static_cast<std::int64_t>(e.order), e.columns.param,
                static_cast<std::int64_t>(e.usubjid.size()), std::span<const std::uint8_t>(bytes));
    }
}

std::size_t cachedSubjects(sqlite3* db, const std::filesystem::path& file, const std::string& study) {
    Statement st(db, "SELECT rows FROM column_cache WHERE study = ? AND kind = 'subjects'", file);
    const std::size_t n =
        st.query(study).next() ? static_cast<std::size_t>(std::max<std::int64_t>(st.integer(0), 0)) : 0;
    while (st.next()) {}
    return n;
}

AdslColumns readAdslColumns(sqlite3* db, const std::filesystem::path& file, const std::string& study,
                            std::size_t subjects, const std::vector<std::string>& names) {
    AdslColumns a;
    a.subjects = subjects;
    Statement st(db, "SELECT data FROM column_cache WHERE study = ? AND kind = 'adsl' AND name = ?", file);
    for (const std::string& name : names) {
        if (a.columns.count(name) || !st.query(study, name).next()) continue;
        auto column = unpackCoded(st.blob(0), subjects);
        if (!column) damaged(file, study, "ADSL " + name);
        a.columns.emplace(name, std::move(*column));
        while (st.next()) {}
    }
    return a;
}

std::map<std::string, std::vector<std::string>> cachedLevels(sqlite3* db, const std::filesystem::path& file,
                                                             const std::string& study) {
    std::map<std::string, std::vector<std::string>> out;
    Statement st(db, "SELECT name, data FROM column_cache WHERE study = ? AND kind = 'adsl'", file);
    for (st.query(study); st.next();) {
        auto levels = unpackLevels(st.blob(1));
        if (!levels) damaged(file, study, "ADSL " + st.text(0));
        out.emplace(st.text(0), std::move(*levels));
    }
    return out;
}

std::vector<std::pair<std::string, std::string>> cachedEndpoints(sqlite3* db, const std::filesystem::path& file,
                                                                 const std::string& study) {
    std::vector<std::pair<std::string, std::string>> out;
    Statement st(db, "SELECT name, label FROM column_cache WHERE study = ? AND kind = 'tte' ORDER BY ord", file);
    for (st.query(study); st.next();) out.emplace_back(st.text(0), st.text(1));
    return out;
}

std::optional<TteColumns> readTteColumns(sqlite3* db, const std::filesystem::path& file, const std::string& study,
                                         std::size_t subjects, const std::string& paramcd) {
    Statement st(db, "SELECT label, rows, data FROM column_cache WHERE study = ? AND kind = 'tte' AND name = ?", file);
    if (!st.query(study, paramcd).next()) return std::nullopt;
    const std::int64_t rows = st.integer(1);
    auto tte = rows < 0 ? std::nullopt : unpackTte(st.blob(2), static_cast<std::size_t>(rows), subjects);
    if (!tte) damaged(file, study, "ADTTE " + paramcd);
    tte->paramcd = paramcd;
    tte->param = st.text(0);
    while (st.next()) {}
    return tte;
}

}  // namespace ts
