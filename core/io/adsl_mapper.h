#pragma once
// ADSL -> Subject. Every variable is kept as text (numbers without trailing zeros, date-times in
// canonical ISO form, missing as ""). Requires STUDYID and USUBJID; one row per USUBJID.
// Subjects are held in memory (ADSL is one row per subject) because the study's arms and id are
// needed before the first write.
#include <string>
#include <unordered_map>
#include <vector>

#include "core/io/row_sink.h"
#include "core/io/study_output.h"

namespace ts {

class AdslMapper : public RowSink {
public:
    explicit AdslMapper(StudyOutput& out) : m_out(out) {}
    void header(const DatasetHeader& h) override;
    void row(long line, std::span<const Value> values) override;
    void progress(double fraction) override { m_out.progress(fraction); }

    const std::string& studyId() const { return m_studyId; }
    std::vector<Subject>& subjects() { return m_subjects; }
    // Arms seen in TRT01A (else ARM), ordered by TRT01AN (else TRT01PN) when present, else by armRank, then name.
    std::vector<Arm> arms() const;

private:
    StudyOutput& m_out;
    DatasetHeader m_header;
    int m_usubjid = 0, m_studyidCol = 0;
    std::string m_studyId;
    std::vector<Subject> m_subjects;
    std::unordered_map<std::string, long> m_firstLine;
};

}  // namespace ts
