#pragma once
// Shared part of the ADaM mappers: header lookup, the subject-membership check against ADSL, the
// study id of the first row, and progress/cancel forwarding to the StudyOutput.
#include <optional>
#include <string>

#include "core/io/row_access.h"
#include "core/io/study_output.h"

namespace ts {

class DomainSink : public RowSink {
public:
    DomainSink(StudyOutput& out, Provenance provenance) : m_out(out), m_provenance(provenance) {}

    void header(const DatasetHeader& h) override;
    void progress(double fraction) override { m_out.progress(fraction); }

protected:
    // Called by header() with the columns; look up variables here (require() throws).
    virtual void columns(const Columns& c) = 0;
    // USUBJID of the row, checked non-missing and (when ADSL was read) known.
    std::string subject(const RowAccess& row);
    StudyWriter& writer(const RowAccess& row);

    StudyOutput& m_out;
    Provenance m_provenance;
    std::optional<Columns> m_cols;
    int m_usubjid = 0;
    std::optional<int> m_studyid;
    std::string m_lastSubject;
};

}  // namespace ts
