#include "core/io/domain_sink.h"

#include "core/io/input_error.h"
#include "core/io/study_id.h"

namespace ts {

void DomainSink::header(const DatasetHeader& h) {
    m_cols.emplace(h);
    m_usubjid = m_cols->require("USUBJID");
    m_studyid = m_cols->find("STUDYID");
    if (!m_studyid && m_out.needsId())
        throw InputError(h.file, 1, "missing required variable 'STUDYID' (it names the study)");
    columns(*m_cols);
}

std::string DomainSink::subject(const RowAccess& row) {
    std::string id = row.text(m_usubjid);
    if (id.empty()) row.fail("USUBJID is missing");
    // Rows come grouped by subject: only a new USUBJID needs the ADSL lookup.
    if (id == m_lastSubject) return id;
    if (auto* known = m_out.subjects(); known && !known->count(id)) row.fail("subject '" + id + "' is not in ADSL");
    m_lastSubject = id;
    return id;
}

StudyWriter& DomainSink::writer(const RowAccess& row) {
    if (!m_out.needsId()) return m_out.writer({});
    std::string id = row.text(m_studyid);
    if (id.empty()) row.fail("STUDYID is missing");
    if (std::string bad = studyIdProblem(id); !bad.empty()) row.fail("STUDYID '" + id + "' " + bad);
    return m_out.writer(id);
}

}  // namespace ts
