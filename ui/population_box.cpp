#include "ui/population_box.h"

#include <QSignalBlocker>

namespace ts {

PopulationBox::PopulationBox(QWidget* parent) : QComboBox(parent) {
    setToolTip(tr("Analysis population (subjects whose ADSL flag is \"Y\")"));
    addItem(tr("All subjects"), QString());
}

void PopulationBox::setStudy(const StudyInfo* study) {
    const QString keep = currentData().toString();
    const QSignalBlocker block(this);
    clear();
    addItem(tr("All subjects"), QString());
    if (study)
        for (const std::string& f : study->populationFlags) addItem(QString::fromStdString(f), QString::fromStdString(f));
    setCurrentIndex(std::max(0, findData(keep)));
}

std::string PopulationBox::flag() const { return currentData().toString().toStdString(); }

}  // namespace ts
