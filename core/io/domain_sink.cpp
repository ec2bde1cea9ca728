#include "core/io/domain_sink.h"

#include "core/io/input_error.h"

namespace ts {

void DomainSink::header(const DatasetHeader& h) {
    m_cols.emplace(h);
    m_usubjid = m_cols->require("USUBJID");
    m_studyid = m_cols->find("STUDYID");
    if (!m_studyid && m_out.needsId())
        throw InputError(h.file, 1, "missing required variable 'STUDYID' (it names the study)");
    columns(*m_cols);
}

std::string DomainSink::subject(const RowAccess& row) const {
    std::string id = row.text(m_usubjid);
    if (id.empty())
        row.fail("USUBJID is missing");
    if (auto* known = m_out.subjects(); known && !known->count(id))
        row.fail("subject '" + id + "' is not in ADSL");
    return id;
}

StudyWriter& DomainSink::writer(const RowAccess& row) {
    if (m_out.needsId() && row.text(m_studyid).empty())
        row.fail("STUDYID is missing");
    return m_out.writer(row.text(m_studyid));
}

}  // namespace ts
