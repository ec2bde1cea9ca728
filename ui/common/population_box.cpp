#include "ui/common/population_box.h"

#include <QSignalBlocker>

#include "core/analysis/adsl_variables.h"

namespace ts {

PopulationBox::PopulationBox(QWidget* parent, QStringList preferred)
    : QComboBox(parent),
      m_preferred(std::move(preferred)) {
    setToolTip(tr("Analysis population (subjects whose ADSL flag is \"Y\")"));
    addItem(tr("All subjects"), QString());
    connect(this, QOverload<int>::of(&QComboBox::activated), this, [this] { m_userChoice = true; });
}

QStringList PopulationBox::flagsOf(const StudyData& study) {
    QStringList flags;
    for (const std::string& f : populationFlags(study)) flags << QString::fromStdString(f);
    return flags;
}

void PopulationBox::setStudy(const StudyData* study) { offer(study ? flagsOf(*study) : QStringList{}); }

void PopulationBox::setOverview(const StudyOverview* overview) {
    QStringList flags;
    if (overview)
        for (const std::string& f : populationFlags(overview->info, overview->adslLevels))
            flags << QString::fromStdString(f);
    offer(flags);
}

void PopulationBox::setStudy(const StudyInfo* study) {
    QStringList flags;
    if (study)
        for (const std::string& f : study->populationFlags) flags << QString::fromStdString(f);
    offer(flags);
}

void PopulationBox::offer(const QStringList& flags) {
    const QString keep = currentData().toString();
    const QSignalBlocker block(this);
    clear();
    addItem(tr("All subjects"), QString());
    for (const QString& f : flags) addItem(f, f);
    int at = m_userChoice ? findData(keep) : -1;
    for (const QString& f : m_preferred)
        if (at < 0) at = findData(f);
    setCurrentIndex(std::max(0, at));
}

std::string PopulationBox::flag() const { return currentData().toString().toStdString(); }

}  // namespace ts
