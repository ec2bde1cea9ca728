#pragma once
// ProfileView: the Patient tab, one subject of the open study on one study-day axis (ProfilePlot):
// liver tests as multiples of ULN, adverse events, treatment period and outcomes. A search box
// (type any part of a USUBJID) and previous / next buttons pick the subject; other views open a
// subject here through showSubject() (a point in eDISH, a patient line in the labs view, an AE row).
#include <memory>
#include <optional>

#include <QStringList>

#include "core/analysis/subject_profile.h"
#include "ui/common/view_page.h"

class QComboBox;
class QLabel;

namespace ts {

class ProfileView : public ViewPage {
    Q_OBJECT
public:
    explicit ProfileView(QWidget* parent = nullptr);

    void setStudy(std::shared_ptr<const StudyData> study) override;
    QCustomPlot* plot() override { return m_plot; }
    std::optional<std::vector<std::string>> exportArguments() const override;
    // Shows subject `usubjid`; false (and a message) when the study has no such subject.
    bool showSubject(const QString& usubjid);
    const SubjectProfile* profile() const { return m_profile ? &*m_profile : nullptr; }
    QString message() const;

signals:
    void profileShown();

protected:
    void applyArguments(const Args& args) override;
    void changeEvent(QEvent* event) override;

private:
    void step(int by);
    void redraw();

    std::shared_ptr<const StudyData> m_study;
    std::optional<SubjectProfile> m_profile;
    QComboBox* m_subject;
    QCustomPlot* m_plot;
    QLabel* m_message;
};

}  // namespace ts
