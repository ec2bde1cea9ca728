#include "core/store/column_cache.h"

#include <algorithm>
#include <string_view>

#include "core/store/backend.h"
#include "core/store/column_blob.h"
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

std::vector<PackedColumn> ColumnCacheBuilder::pack() {
    std::vector<PackedColumn> out;
    const auto n = static_cast<std::int64_t>(m_subjects.size());
    out.push_back({"subjects", "", 0, "", n, packTexts(m_subjects)});
    for (auto& [name, c] : m_adsl) {
        c.column.codes.resize(m_subjects.size(), -1);
        out.push_back({"adsl", name, static_cast<std::int64_t>(c.order), "", n, packCoded(c.column)});
    }
    const std::size_t subjects = m_subjects.size();
    // A record's subject is its first position in ADSL; -1 when its USUBJID is not in ADSL.
    std::unordered_map<std::string_view, std::int32_t> position;
    position.reserve(subjects);
    for (std::size_t k = 0; k < subjects; ++k) position.emplace(m_subjects[k], static_cast<std::int32_t>(k));
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
        out.push_back({"tte", paramcd, static_cast<std::int64_t>(e.order), e.columns.param,
                       static_cast<std::int64_t>(e.usubjid.size()), packTte(e.columns)});
    }
    return out;
}

std::size_t cachedSubjects(const StoreBackend& store, const std::string& study) {
    const std::vector<PackedColumn> ids = store.packed(study, "subjects", nullptr, 0);
    return ids.empty() ? 0 : static_cast<std::size_t>(std::max<std::int64_t>(ids.front().rows, 0));
}

AdslColumns readAdslColumns(const StoreBackend& store, const std::string& study, std::size_t subjects,
                            const std::vector<std::string>& names) {
    AdslColumns a;
    a.subjects = subjects;
    for (const std::string& name : names) {
        if (a.columns.count(name)) continue;
        for (PackedColumn& c : store.packed(study, "adsl", &name, kWholeBlob)) {
            auto column = unpackCoded(c.data, subjects);
            if (!column) damaged(store.location(), study, "ADSL " + name);
            a.columns.emplace(name, std::make_shared<const CodedColumn>(std::move(*column)));
        }
    }
    return a;
}

std::map<std::string, std::vector<std::string>> cachedLevels(const StoreBackend& store, const std::string& study) {
    // The levels lead each blob, before one 4-byte code per subject: a head of 64 KiB holds the
    // kOverviewLevels an overview lists (values up to 250 bytes), and a column of 10^6 subjects is
    // not read for them (44 MB for the 7 ADSL columns of the generated 10^6-subject study). A
    // head too short for them (longer values) is read again whole.
    constexpr std::size_t head = 64 * 1024;
    std::map<std::string, std::vector<std::string>> out;
    for (PackedColumn& c : store.packed(study, "adsl", nullptr, head)) {
        auto levels = unpackLevels(c.data, kOverviewLevels);
        if (!levels && c.size > static_cast<std::int64_t>(c.data.size()))
            for (PackedColumn& whole : store.packed(study, "adsl", &c.name, kWholeBlob))
                levels = unpackLevels(whole.data, kOverviewLevels);
        if (!levels) damaged(store.location(), study, "ADSL " + c.name);
        out.emplace(c.name, std::move(*levels));
    }
    return out;
}

std::vector<std::pair<std::string, std::string>> cachedEndpoints(const StoreBackend& store, const std::string& study) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const PackedColumn& c : store.packed(study, "tte", nullptr, 0)) out.emplace_back(c.name, c.label);
    return out;
}

std::optional<TteColumns> readTteColumns(const StoreBackend& store, const std::string& study, std::size_t subjects,
                                         const std::string& paramcd) {
    std::vector<PackedColumn> found = store.packed(study, "tte", &paramcd, kWholeBlob);
    if (found.empty()) return std::nullopt;
    const PackedColumn& c = found.front();
    auto tte = c.rows < 0 ? std::nullopt : unpackTte(c.data, static_cast<std::size_t>(c.rows), subjects);
    if (!tte) damaged(store.location(), study, "ADTTE " + paramcd);
    tte->paramcd = paramcd;
    tte->param = c.label;
    return tte;
}

}  // namespace ts
