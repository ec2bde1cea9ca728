#include "ui/profile/profile_view.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include "core/options/view_options.h"
#include "ui/common/flow_layout.h"
#include "ui/common/live_plot.h"
#include "ui/common/settings.h"
#include "ui/profile/profile_plot.h"

namespace ts {

ProfileView::ProfileView(QWidget* parent)
    : ViewPage(parent),
      m_subject(new QComboBox(this)),
      m_plot(new QCustomPlot(this)),
      m_message(new QLabel(this)) {
    m_subject->setEditable(true);
    m_subject->setInsertPolicy(QComboBox::NoInsert);
    m_subject->setMinimumContentsLength(16);
    m_subject->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_subject->lineEdit()->setPlaceholderText(tr("Type part of a subject id"));
    m_subject->setToolTip(tr("Subject (USUBJID): type any part of it"));
    auto* previous = new QPushButton(tr("\u25C0 Previous"), this);
    auto* next = new QPushButton(tr("Next \u25B6"), this);
    auto* bar = new FlowLayout;
    bar->addWidget(labelled(tr("Subject"), m_subject, this));
    bar->addWidget(previous);
    bar->addWidget(next);
    tuneForScreen(m_plot);
    m_plot->setMinimumHeight(360);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_message->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_message);
    connect(m_subject, QOverload<int>::of(&QComboBox::activated), this,
            [this](int index) { showSubject(m_subject->itemText(index)); });
    connect(previous, &QPushButton::clicked, this, [this] { step(-1); });
    connect(next, &QPushButton::clicked, this, [this] { step(1); });
    setStudy(nullptr);
}

void ProfileView::setStudy(std::shared_ptr<const StudyData> study) {
    m_study = std::move(study);
    m_profile.reset();
    {
        const QSignalBlocker block(m_subject);
        m_subject->clear();
        if (m_study)
            for (const std::string& id : subjectIds(*m_study)) m_subject->addItem(QString::fromStdString(id));
        auto* completer = new QCompleter(m_subject->model(), m_subject);
        completer->setFilterMode(Qt::MatchContains);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        m_subject->setCompleter(completer);
    }
    if (!m_study || m_study->subjects.empty()) {
        const QString why = m_study ? tr("%1 has no subject-level data: there is no patient to profile.")
                                          .arg(QString::fromStdString(m_study->info.id))
                                    : tr("No study selected");
        showPlotMessage(m_plot, why, PlotStyle::current());
        m_message->setText(why);
        return;
    }
    showSubject(m_subject->itemText(0));
}

bool ProfileView::showSubject(const QString& usubjid) {
    if (!m_study) return false;
    const int at = m_subject->findText(usubjid);
    if (at < 0) {
        m_message->setText(tr("%1 has no subject %2").arg(QString::fromStdString(m_study->info.id), usubjid));
        return false;
    }
    {
        const QSignalBlocker block(m_subject);
        m_subject->setCurrentIndex(at);
    }
    m_profile =
        subjectProfile(*m_study, usubjid.toStdString(),
                       knownLiverParams(*m_study, Settings::liverParams(QString::fromStdString(m_study->info.id))));
    m_message->setText(tr("%1 liver test values, %2 adverse events, %3 outcomes.")
                           .arg(m_profile->labs.size())
                           .arg(m_profile->aes.size())
                           .arg(m_profile->outcomes.size()));
    redraw();
    emit profileShown();
    return true;
}

QString ProfileView::message() const { return m_message->text(); }

void ProfileView::applyArguments(const Args& args) {
    if (const auto subject = args.value("--subject")) showSubject(QString::fromStdString(*subject));
}

std::optional<std::vector<std::string>> ProfileView::exportArguments() const {
    if (!m_profile) return std::nullopt;
    std::vector<std::string> out{"--subject", m_profile->usubjid};
    const std::vector<std::string> params = optionWords(m_profile->liver);
    out.insert(out.end(), params.begin(), params.end());
    return out;
}

void ProfileView::step(int by) {
    if (m_subject->count() == 0) return;
    const int at = (m_subject->currentIndex() + by + m_subject->count()) % m_subject->count();
    showSubject(m_subject->itemText(at));
}

void ProfileView::redraw() {
    if (!m_profile) return;
    ProfilePlot::render(m_plot, *m_profile);
    m_plot->replot();
}

void ProfileView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange) redraw();
    ViewPage::changeEvent(event);
}

}  // namespace ts
