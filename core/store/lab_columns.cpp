#include "core/store/lab_columns.h"

#include <span>

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

// Each provenance's name as a string, made once (a record's provenance is a text column; naming it
// per record made a string per record, on the heap for "published-aggregate").
const std::string& provenanceText(Provenance p) {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (const auto& choice : provenances().all()) {
            const auto at = static_cast<std::size_t>(choice.value);
            if (out.size() <= at) out.resize(at + 1);
            out[at] = std::string(choice.name);
        }
        return out;
    }();
    return names.at(static_cast<std::size_t>(p));
}

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
        m_texts[i].add(f.member ? r.*f.member : provenanceText(r.provenance));
    }
    for (std::size_t i = 0; i < kReals; ++i) m_reals[i].push(r.*kRealFields[i].member);
    for (std::size_t i = 0; i < kIntegers; ++i) {
        const IntegerField& f = kIntegerFields[i];
        m_integers[i].push(f.flag ? std::optional<std::int32_t>(r.*f.flag ? 1 : 0) : r.*f.grade);
    }
    ++m_rows;
}

std::vector<PackedColumn> LabColumnsBuilder::takeBlock() {
    std::vector<PackedColumn> out;
    if (m_rows == 0) return out;
    const auto rows = static_cast<std::int64_t>(m_rows);
    auto add = [&](const char* name, std::vector<std::uint8_t> data) {
        const auto ord = static_cast<std::int64_t>(m_block * kFields + out.size());
        out.push_back({"lab", std::string(name) + "/" + std::to_string(m_block), ord, "", rows, std::move(data), 0});
    };
    for (std::size_t i = 0; i < kTexts; ++i) add(kTextFields[i].name, packCoded(m_texts[i].column));
    for (std::size_t i = 0; i < kReals; ++i) add(kRealFields[i].name, packOptional(m_reals[i]));
    for (std::size_t i = 0; i < kIntegers; ++i) add(kIntegerFields[i].name, packOptional(m_integers[i]));
    m_texts = {};
    m_reals = {};
    m_integers = {};
    m_rows = 0;
    ++m_block;
    return out;
}

namespace {

const char* fieldName(std::size_t field) {
    using B = LabColumnsBuilder;
    if (field < B::kTexts) return kTextFields[field].name;
    if (field < B::kTexts + B::kReals) return kRealFields[field - B::kTexts].name;
    return kIntegerFields[field - B::kTexts - B::kReals].name;
}

// One block's records from its kFields columns (in field order), appended to `labs`.
void readBlock(const StoreBackend& store, const std::string& study, std::span<const PackedColumn> block,
               std::vector<LabRecord>& labs) {
    const std::size_t block0 = labs.size();
    const auto n = static_cast<std::size_t>(block.front().rows);
    labs.resize(block0 + n);
    const PackedColumn* c = block.data();
    auto fail = [&] { damaged(store, study, c->name); };
    for (const TextField& f : kTextFields) {
        const auto coded = unpackCoded(c->data, n);
        if (!coded) fail();
        std::vector<Provenance> provenance;  // per level
        if (!f.member)
            for (const std::string& level : coded->levels) {
                const auto p = provenances().parse(level);
                if (!p) fail();
                provenance.push_back(*p);
            }
        for (std::size_t i = 0; i < n; ++i) {
            const std::int32_t code = coded->codes[i];
            if (code < 0) fail();  // every record has a value, "" included
            const auto level = static_cast<std::size_t>(code);
            if (f.member) labs[block0 + i].*f.member = coded->levels[level];
            else labs[block0 + i].provenance = provenance[level];
        }
        ++c;
    }
    for (const RealField& f : kRealFields) {
        const auto reals = unpackReals(c->data, n);
        if (!reals) fail();
        for (std::size_t i = 0; i < n; ++i) labs[block0 + i].*f.member = reals->at(i);
        ++c;
    }
    for (const IntegerField& f : kIntegerFields) {
        const auto integers = unpackInts(c->data, n);
        if (!integers) fail();
        for (std::size_t i = 0; i < n; ++i) {
            LabRecord& r = labs[block0 + i];
            if (f.grade) {
                r.*f.grade = integers->at(i);
                continue;
            }
            if (!integers->present[i] || integers->values[i] > 1 || integers->values[i] < 0) fail();
            r.*f.flag = integers->values[i] == 1;
        }
        ++c;
    }
}

}  // namespace

std::vector<LabRecord> readLabColumns(const StoreBackend& store, const std::string& study) {
    const std::vector<PackedColumn> columns = store.packed(study, "lab", nullptr, kWholeBlob);  // by ord
    constexpr std::size_t fields = LabColumnsBuilder::kFields;
    // Column k is field k % fields of block k / fields, every column of a block with its rows.
    for (std::size_t k = 0; k <= columns.size(); ++k) {
        const std::string expected = std::string(fieldName(k % fields)) + "/" + std::to_string(k / fields);
        if (k == columns.size()) {
            if (k % fields != 0) damaged(store, study, expected + " (absent)");
            break;
        }
        const PackedColumn& c = columns[k];
        if (c.name != expected || c.ord != static_cast<std::int64_t>(k) || c.rows <= 0 ||
            c.rows != columns[k - k % fields].rows)
            damaged(store, study, expected);
    }
    std::vector<LabRecord> labs;
    for (std::size_t b = 0; b < columns.size(); b += fields)
        readBlock(store, study, std::span<const PackedColumn>(columns).subspan(b, fields), labs);
    return labs;
}

}  // namespace ts
