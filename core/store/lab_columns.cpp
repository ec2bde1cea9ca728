#include "core/store/lab_columns.h"

#include <map>

#include "core/store/backend.h"
#include "core/store/store.h"

namespace ts {

namespace {

// The fields, in the order of their columns; the names are the SQLite lab table's.
struct TextField {
    const char* name;
    std::string LabRecord::*member;  // nullptr: the provenance
};
constexpr std::array<TextField, LabColumnsBuilder::kTexts> kTextFields{{{"usubjid", &LabRecord::usubjid},
                                                                        {"paramcd", &LabRecord::paramcd},
                                                                        {"param", &LabRecord::param},
                                                                        {"unit", &LabRecord::unit},
                                                                        {"avisit", &LabRecord::avisit},
                                                                        {"adt", &LabRecord::adt},
                                                                        {"anrind", &LabRecord::anrind},
                                                                        {"bnrind", &LabRecord::bnrind},
                                                                        {"provenance", nullptr}}};
struct RealField {
    const char* name;
    std::optional<double> LabRecord::*member;
};
constexpr std::array<RealField, LabColumnsBuilder::kReals> kRealFields{{{"avisitn", &LabRecord::avisitn},
                                                                        {"ady", &LabRecord::ady},
                                                                        {"aval", &LabRecord::aval},
                                                                        {"base", &LabRecord::base},
                                                                        {"chg", &LabRecord::chg},
                                                                        {"lo", &LabRecord::lo},
                                                                        {"hi", &LabRecord::hi}}};
// The flags (never absent) and the grades.
struct IntegerField {
    const char* name;
    bool LabRecord::*flag;
    std::optional<int> LabRecord::*grade;
};
constexpr std::array<IntegerField, LabColumnsBuilder::kIntegers> kIntegerFields{
    {{"by_visit", &LabRecord::byVisit, nullptr},
     {"baseline", &LabRecord::baseline, nullptr},
     {"derived", &LabRecord::derived, nullptr},
     {"grade_high", nullptr, &LabRecord::gradeHigh},
     {"grade_low", nullptr, &LabRecord::gradeLow},
     {"base_grade_high", nullptr, &LabRecord::baseGradeHigh},
     {"base_grade_low", nullptr, &LabRecord::baseGradeLow}}};

[[noreturn]] void damaged(const StoreBackend& store, const std::string& study, const std::string& field) {
    throw StoreError(store.location().string() + ": the store is corrupted (study " + study + ", packed lab column " +
                     field + ")");
}

}  // namespace

void LabColumnsBuilder::Text::add(const std::string& value) {
    // Records come grouped (a subject's, a parameter's): the last value is the likeliest.
    if (!column.codes.empty() && column.levels[static_cast<std::size_t>(column.codes.back())] == value) {
        column.codes.push_back(column.codes.back());
        return;
    }
    auto [it, fresh] = index.try_emplace(value, static_cast<std::int32_t>(column.levels.size()));
    if (fresh) column.levels.push_back(value);
    column.codes.push_back(it->second);
}

void LabColumnsBuilder::add(const LabRecord& r) {
    for (std::size_t i = 0; i < kTexts; ++i) {
        const TextField& f = kTextFields[i];
        m_texts[i].add(f.member ? r.*f.member : std::string(provenances().name(r.provenance)));
    }
    for (std::size_t i = 0; i < kReals; ++i) m_reals[i].push(r.*kRealFields[i].member);
    for (std::size_t i = 0; i < kIntegers; ++i) {
        const IntegerField& f = kIntegerFields[i];
        m_integers[i].push(f.flag ? std::optional<std::int32_t>(r.*f.flag ? 1 : 0) : r.*f.grade);
    }
    ++m_rows;
}

std::vector<PackedColumn> LabColumnsBuilder::pack() const {
    std::vector<PackedColumn> out;
    if (m_rows == 0) return out;
    const auto rows = static_cast<std::int64_t>(m_rows);
    auto add = [&](const char* name, std::vector<std::uint8_t> data) {
        out.push_back({"lab", name, static_cast<std::int64_t>(out.size()), "", rows, std::move(data), 0});
    };
    for (std::size_t i = 0; i < kTexts; ++i) add(kTextFields[i].name, packCoded(m_texts[i].column));
    for (std::size_t i = 0; i < kReals; ++i) add(kRealFields[i].name, packOptional(m_reals[i]));
    for (std::size_t i = 0; i < kIntegers; ++i) add(kIntegerFields[i].name, packOptional(m_integers[i]));
    return out;
}

std::vector<LabRecord> readLabColumns(const StoreBackend& store, const std::string& study) {
    std::map<std::string, PackedColumn> found;
    for (PackedColumn& c : store.packed(study, "lab", nullptr, kWholeBlob)) found.emplace(c.name, std::move(c));
    if (found.empty()) return {};
    const std::int64_t rows = found.begin()->second.rows;
    auto column = [&](const char* name) -> const PackedColumn& {
        auto it = found.find(name);
        if (it == found.end() || it->second.rows != rows || rows < 0) damaged(store, study, name);
        return it->second;
    };
    const auto n = static_cast<std::size_t>(rows);
    std::vector<LabRecord> labs(n);
    for (const TextField& f : kTextFields) {
        const auto coded = unpackCoded(column(f.name).data, n);
        if (!coded) damaged(store, study, f.name);
        std::vector<Provenance> provenance;  // per level
        if (!f.member)
            for (const std::string& level : coded->levels) {
                const auto p = provenances().parse(level);
                if (!p) damaged(store, study, f.name);
                provenance.push_back(*p);
            }
        for (std::size_t i = 0; i < n; ++i) {
            const std::int32_t code = coded->codes[i];
            if (code < 0) damaged(store, study, f.name);  // every record has a value, "" included
            const auto level = static_cast<std::size_t>(code);
            if (f.member) labs[i].*f.member = coded->levels[level];
            else labs[i].provenance = provenance[level];
        }
    }
    for (const RealField& f : kRealFields) {
        const auto reals = unpackReals(column(f.name).data, n);
        if (!reals) damaged(store, study, f.name);
        for (std::size_t i = 0; i < n; ++i) labs[i].*f.member = reals->at(i);
    }
    for (const IntegerField& f : kIntegerFields) {
        const auto integers = unpackInts(column(f.name).data, n);
        if (!integers) damaged(store, study, f.name);
        for (std::size_t i = 0; i < n; ++i) {
            if (f.grade) {
                labs[i].*f.grade = integers->at(i);
                continue;
            }
            if (!integers->present[i] || integers->values[i] > 1 || integers->values[i] < 0)
                damaged(store, study, f.name);
            labs[i].*f.flag = integers->values[i] == 1;
        }
    }
    return labs;
}

}  // namespace ts
