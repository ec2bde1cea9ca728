#pragma once
// PopulationBox: picks the analysis population of the labs, adverse-event and baseline views:
// "All subjects" or one ADSL Y/N flag: the study's declared flags (StudyInfo::populationFlags),
// else every ADSL variable named *FL whose values are only Y / N / empty (SAFFL, ITTFL, ...), each
// shown by its label ("Safety Population Flag (SAFFL)") where the study has one.
#include <string>

#include <QComboBox>
#include <QStringList>

#include "core/model/columns.h"
#include "core/model/study_data.h"

namespace ts {

class PopulationBox : public QComboBox {
    Q_OBJECT
public:
    // `preferred`: flags to select, in order of preference, when a study is first shown (e.g.
    // SAFFL for safety views); the user's choice is kept across studies that have it.
    explicit PopulationBox(QWidget* parent = nullptr, QStringList preferred = {});
    // Offers the study's population flags without emitting currentIndexChanged.
    void setStudy(const StudyData* study);            // nullptr = none
    void setStudy(const StudyInfo* study);            // declared flags only; nullptr = none
    void setOverview(const StudyOverview* overview);  // as setStudy, from the values of the variables
    std::string flag() const;                         // "" = all subjects

private:
    void offer(const StudyInfo* info, const std::vector<std::string>& flags);
    QStringList m_preferred;
    bool m_userChoice = false;
};

}  // namespace ts
