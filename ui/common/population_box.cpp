#include "ui/common/population_box.h"

#include <QSignalBlocker>

#include "core/analysis/adsl_label.h"
#include "core/analysis/adsl_variables.h"

namespace ts {

PopulationBox::PopulationBox(QWidget* parent, QStringList preferred)
    : QComboBox(parent),
      m_preferred(std::move(preferred)) {
    setToolTip(tr("Analysis population (subjects whose ADSL flag is \"Y\")"));
    // As wide as its longest choice whenever the study changes ("Safety Population Flag (SAFFL)"),
    // not as its first, empty list was.
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addItem(tr("All subjects"), QString());
    connect(this, QOverload<int>::of(&QComboBox::activated), this, [this] { m_userChoice = true; });
}

void PopulationBox::setStudy(const StudyData* study) {
    offer(study ? &study->info : nullptr, study ? populationFlags(*study) : std::vector<std::string>{});
}

void PopulationBox::setOverview(const StudyOverview* overview) {
    offer(overview ? &overview->info : nullptr,
          overview ? populationFlags(overview->info, overview->adslLevels) : std::vector<std::string>{});
}

void PopulationBox::setStudy(const StudyInfo* study) {
    offer(study, study ? study->populationFlags : std::vector<std::string>{});
}

void PopulationBox::offer(const StudyInfo* info, const std::vector<std::string>& flags) {
    const QString keep = currentData().toString();
    const QSignalBlocker block(this);
    clear();
    addItem(tr("All subjects"), QString());
    for (const std::string& f : flags)
        addItem(QString::fromStdString(info ? variableChoice(*info, f) : f), QString::fromStdString(f));
    int at = m_userChoice ? findData(keep) : -1;
    for (const QString& f : m_preferred)
        if (at < 0) at = findData(f);
    setCurrentIndex(std::max(0, at));
}

std::string PopulationBox::flag() const { return currentData().toString().toStdString(); }

}  // namespace ts
