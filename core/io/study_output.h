#pragma once
// The single destination of one import: opens the StudyWriter on first use (the study id may come
// from the first STUDYID read), counts what is written, knows ADSL's subjects for membership checks,
// and carries the caller's progress/cancel control. Nothing is visible until commit().
#include <optional>
#include <string>
#include <unordered_set>

#include "core/io/study_importer.h"

namespace ts {

class StudyOutput {
public:
    StudyOutput(Store& store, StudyInfo info, const ImportControl& control);

    // True when the study id is still unknown (no study.json id, no ADSL read yet).
    bool needsId() const { return !m_writer && m_info.id.empty(); }
    // The writer; opens it, taking `dataId` as the study id if none is set yet.
    StudyWriter& writer(const std::string& dataId);
    StudyInfo& info() { return m_info; }

    // ADSL subjects; null when the import has no ADSL (membership is then not checked).
    void setSubjects(std::unordered_set<std::string> ids) { m_subjects = std::move(ids); }
    const std::unordered_set<std::string>* subjects() const { return m_subjects ? &*m_subjects : nullptr; }

    // The time unit ADTTE's AVALU gives ("days", ...), from the first record that has one; a record
    // of another unit is an InputError naming its file and line.
    void dataTimeUnit(const std::string& unit, const std::string& file, long line);
    const std::optional<std::string>& dataTimeUnit() const { return m_dataUnit; }

    ImportSummary& summary() { return m_summary; }
    // Starts a stage (a file) that covers `share` of the whole import's work.
    void beginStage(std::string name, double share);
    // Reports the fraction of the current stage done; throws InputError "cancelled" when asked to stop.
    void progress(double fraction) const;
    ImportSummary commit();

private:
    Store& m_store;
    StudyInfo m_info;
    const ImportControl& m_control;
    std::optional<StudyWriter> m_writer;
    std::optional<std::unordered_set<std::string>> m_subjects;
    ImportSummary m_summary;
    std::optional<std::string> m_dataUnit;
    std::string m_dataUnitWhere;  // "adtte.csv:2", where m_dataUnit was first read
    std::string m_stage;
    double m_done = 0, m_share = 0;
};

}  // namespace ts
