#pragma once
// The columns each record type is read back from, and the record built from one row of them
// (internal to core/store). Both backends select the same columns in the same order and build the
// records here, so a study reads back the same from SQLite and PostgreSQL. `Row` is Statement or
// PgRows (text, real, integer, optReal, optInt).
#include <string>
#include <string_view>

#include "core/model/study_data.h"

namespace ts {

inline Provenance provenanceOf(const std::string& text) {
    return provenances().parse(text).value_or(Provenance::Original);
}

inline constexpr std::string_view kInfoColumns =
    "id, title, citation, doi, registry, design, population, time_unit, provenance, notes, imported_at, data_sha256";
inline constexpr std::string_view kArmColumns = "code, label, dose, dose_unit, colour";
inline constexpr std::string_view kTteColumns = "usubjid, paramcd, param, aval, cnsr, provenance";
inline constexpr std::string_view kLabColumns =
    "usubjid, paramcd, param, unit, avisit, avisitn, ady, aval, base, chg, lo, hi, provenance, by_visit, baseline, "
    "derived, adt, anrind, bnrind, grade_high, grade_low, base_grade_high, base_grade_low";
inline constexpr std::string_view kAeColumns =
    "usubjid, bodsys, decod, severity, toxgr, related, serious, trtemfl, provenance, astdt, aendt, astdy, aendy, "
    "action, death, outcome";
inline constexpr std::string_view kLabSummaryColumns =
    "arm, paramcd, param, unit, visit, visitn, time, n, mean, sd, se, median, q1, q3, min, max, change, provenance, "
    "source";
inline constexpr std::string_view kAeCountColumns =
    "arm, soc, term, grade, related, subjects, events, serious, provenance, source";
inline constexpr std::string_view kSurvPointColumns = "arm, endpoint, time, surv, n_risk, provenance, source";
inline constexpr std::string_view kBaselineColumns = "characteristic, arm, value, statistic, ord, provenance, source";

// A study row of kInfoColumns (without arms and flags); `importedAt` receives the import time.
template <class Row>
StudyInfo infoOf(const Row& r, std::string* importedAt) {
    StudyInfo info;
    info.id = r.text(0);
    info.title = r.text(1);
    info.citation = r.text(2);
    info.doi = r.text(3);
    info.registry = r.text(4);
    info.design = r.text(5);
    info.population = r.text(6);
    info.timeUnit = r.text(7);
    info.provenance = provenanceOf(r.text(8));
    info.notes = r.text(9);
    if (importedAt) *importedAt = r.text(10);
    info.dataSha256 = r.text(11);
    return info;
}

template <class Row>
Arm armOf(const Row& r) {
    return {r.text(0), r.text(1), r.optReal(2), r.text(3), r.text(4)};
}

template <class Row>
TteRecord tteOf(const Row& r) {
    return {r.text(0), r.text(1), r.text(2), r.real(3), static_cast<int>(r.integer(4)), provenanceOf(r.text(5))};
}

template <class Row>
LabRecord labOf(const Row& r) {
    return {r.text(0),
            r.text(1),
            r.text(2),
            r.text(3),
            r.text(4),
            r.optReal(5),
            r.optReal(6),
            r.optReal(7),
            r.optReal(8),
            r.optReal(9),
            r.optReal(10),
            r.optReal(11),
            provenanceOf(r.text(12)),
            r.integer(13) != 0,
            r.integer(14) != 0,
            r.integer(15) != 0,
            r.text(16),
            r.text(17),
            r.text(18),
            r.optInt(19),
            r.optInt(20),
            r.optInt(21),
            r.optInt(22)};
}

template <class Row>
AdverseEvent aeOf(const Row& r) {
    auto optBool = [](std::optional<int> v) { return v ? std::optional<bool>(*v != 0) : std::nullopt; };
    return {r.text(0),
            r.text(1),
            r.text(2),
            r.text(3),
            r.optInt(4),
            r.text(5),
            optBool(r.optInt(6)),
            optBool(r.optInt(7)),
            provenanceOf(r.text(8)),
            r.text(9),
            r.text(10),
            r.optReal(11),
            r.optReal(12),
            r.text(13),
            optBool(r.optInt(14)),
            r.text(15)};
}

template <class Row>
LabSummary labSummaryOf(const Row& r) {
    return {r.text(0),     r.text(1),     r.text(2),     r.text(3),     r.text(4),          r.real(5),
            r.optReal(6),  r.optReal(7),  r.optReal(8),  r.optReal(9),  r.optReal(10),      r.optReal(11),
            r.optReal(12), r.optReal(13), r.optReal(14), r.optReal(15), r.integer(16) != 0, provenanceOf(r.text(17)),
            r.text(18)};
}

template <class Row>
AeCount aeCountOf(const Row& r) {
    return {r.text(0),   r.text(1),         r.text(2),
            r.optInt(3), r.text(4),         r.optInt(5),
            r.optInt(6), r.integer(7) != 0, provenanceOf(r.text(8)),
            r.text(9)};
}

template <class Row>
SurvPoint survPointOf(const Row& r) {
    return {r.text(0), r.text(1), r.real(2), r.optReal(3), r.optInt(4), provenanceOf(r.text(5)), r.text(6)};
}

template <class Row>
BaselineCell baselineOf(const Row& r) {
    return {r.text(0), r.text(1), r.text(2), r.text(3), static_cast<int>(r.integer(4)), provenanceOf(r.text(5)),
            r.text(6)};
}

}  // namespace ts
