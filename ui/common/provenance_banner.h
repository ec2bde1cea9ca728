#pragma once
// ProvenanceBanner: the line under every labs / adverse-event / baseline view that says where the
// shown numbers come from (original, reconstructed, published aggregate, illustrative; with the
// table or figure they were copied from) and cites the study. Non-original data is highlighted in
// the theme's warning colour and the DOI is a link in its link colour; both follow theme changes.
#include <optional>
#include <string>

#include <QLabel>

#include "core/model/study.h"

namespace ts {

class ProvenanceBanner : public QLabel {
    Q_OBJECT
public:
    explicit ProvenanceBanner(QWidget* parent = nullptr);

    // Shows the provenance of the data on view and the study citation; nullptr clears the banner.
    void showSource(const StudyInfo* study, Provenance provenance, const std::string& source);

    // "Data: published aggregate (Table 3)": the provenance part alone, also used in figures.
    static QString provenanceText(Provenance provenance, const std::string& source);
    // provenanceText of what the banner shows now.
    QString statement() const { return provenanceText(m_provenance, m_source); }

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    std::optional<StudyInfo> m_study;
    Provenance m_provenance = Provenance::Original;
    std::string m_source;
};

}  // namespace ts
