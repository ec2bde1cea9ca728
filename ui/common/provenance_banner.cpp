#include "ui/common/provenance_banner.h"

#include <QEvent>

#include "ui/common/plot_style.h"

namespace ts {

ProvenanceBanner::ProvenanceBanner(QWidget* parent) : QLabel(parent) {
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    setOpenExternalLinks(true);
}

QString ProvenanceBanner::provenanceText(Provenance provenance, const std::string& source) {
    QString text = QStringLiteral("Data: %1").arg(QString::fromStdString(std::string(provenances().name(provenance))));
    if (!source.empty()) text += QStringLiteral(" (%1)").arg(QString::fromStdString(source));
    return text;
}

void ProvenanceBanner::showSource(const StudyInfo* study, Provenance provenance, const std::string& source) {
    m_study = study ? std::optional<StudyInfo>(*study) : std::nullopt;
    m_provenance = provenance;
    m_source = source;
    render();
}

void ProvenanceBanner::changeEvent(QEvent* event) {
    QLabel::changeEvent(event);
    // Rich text keeps the colours it was parsed with (links take the palette's Link then).
    if (event->type() == QEvent::PaletteChange) render();
}

void ProvenanceBanner::render() {
    clear();
    if (!m_study) return;
    // Non-original numbers are flagged in bold amber so they are never mistaken for trial data.
    QString badge = provenanceText(m_provenance, m_source).toHtmlEscaped();
    if (m_provenance != Provenance::Original)
        badge = QStringLiteral("<b style=\"color:%1\">%2</b>").arg(PlotStyle::current().warning.name(), badge);
    QString cite =
        QString::fromStdString(m_study->citation.empty() ? m_study->title : m_study->citation).toHtmlEscaped();
    if (!m_study->doi.empty()) {
        const QString doi = QString::fromStdString(m_study->doi).toHtmlEscaped();
        cite += QStringLiteral(" <a href=\"https://doi.org/%1\">doi:%1</a>").arg(doi);
    }
    if (!m_study->registry.empty())
        cite += QStringLiteral(" · %1").arg(QString::fromStdString(m_study->registry).toHtmlEscaped());
    setText(QStringLiteral("%1 — %2").arg(badge,
                                          cite.isEmpty() ? QString::fromStdString(m_study->id).toHtmlEscaped() : cite));
}

}  // namespace ts
