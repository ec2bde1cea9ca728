#include "core/io/study_output.h"

#include <algorithm>

#include "core/io/input_error.h"

namespace ts {

StudyOutput::StudyOutput(Store& store, StudyInfo info, const ImportControl& control)
    : m_store(store),
      m_info(std::move(info)),
      m_control(control) {}

StudyWriter& StudyOutput::writer(const std::string& dataId) {
    if (!m_writer) {
        if (m_info.id.empty()) m_info.id = dataId;
        m_writer.emplace(m_store.replaceStudy(m_info));
        m_summary.study = m_info.id;
    }
    return *m_writer;
}

void StudyOutput::beginStage(std::string name, double share) {
    m_done += m_share;
    m_stage = std::move(name);
    m_share = share;
    progress(0);
}

void StudyOutput::progress(double fraction) const {
    if (m_control.progress) m_control.progress(std::min(1.0, m_done + m_share * fraction), m_stage);
    if (m_control.cancel && m_control.cancel->load()) throw InputError(m_stage, 0, "cancelled");
}

void StudyOutput::dataTimeUnit(const std::string& unit, const std::string& file, long line) {
    if (!m_dataUnit) {
        m_dataUnit = unit;
        m_dataUnitWhere = file + ":" + std::to_string(line);
    } else if (*m_dataUnit != unit) {
        throw InputError(file, line,
                         "AVALU says " + unit + " where " + m_dataUnitWhere + " says " + *m_dataUnit +
                             ": a study's time-to-event records share one time unit");
    }
}

ImportSummary StudyOutput::commit() {
    beginStage("commit", 0);
    writer(m_info.id).commit();
    return m_summary;
}

}  // namespace ts
