#pragma once
// PopulationBox: picks the analysis population of the labs, adverse-event and baseline views:
// "All subjects" or one of the study's ADSL Y/N flags (StudyInfo::populationFlags, e.g. SAFFL).
#include <string>

#include <QComboBox>

#include "core/model/study.h"

namespace ts {

class PopulationBox : public QComboBox {
    Q_OBJECT
public:
    explicit PopulationBox(QWidget* parent = nullptr);
    // Offers the study's flags, keeping the current one when the study has it; nullptr = none.
    void setStudy(const StudyInfo* study);
    std::string flag() const;   // "" = all subjects
};

}  // namespace ts
