#include "ui/provenance_banner.h"

namespace ts {

ProvenanceBanner::ProvenanceBanner(QWidget* parent) : QLabel(parent) {
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    setOpenExternalLinks(true);
}

QString ProvenanceBanner::provenanceText(Provenance provenance, const std::string& source) {
    QString text = QStringLiteral("Data: %1").arg(QString::fromStdString(std::string(provenanceName(provenance))));
    if (!source.empty()) text += QStringLiteral(" (%1)").arg(QString::fromStdString(source));
    return text;
}

void ProvenanceBanner::showSource(const StudyInfo* study, Provenance provenance,
                                  const std::string& source) {
    if (!study) {
        clear();
        return;
    }
    // Non-original numbers are flagged in bold amber so they are never mistaken for trial data.
    QString badge = provenanceText(provenance, source).toHtmlEscaped();
    if (provenance != Provenance::Original)
        badge = QStringLiteral("<b style=\"color:#B35900\">%1</b>").arg(badge);
    QString cite = QString::fromStdString(study->citation.empty() ? study->title : study->citation)
                       .toHtmlEscaped();
    if (!study->doi.empty()) {
        const QString doi = QString::fromStdString(study->doi).toHtmlEscaped();
        cite += QStringLiteral(" <a href=\"https://doi.org/%1\">doi:%1</a>").arg(doi);
    }
    if (!study->registry.empty())
        cite += QStringLiteral(" · %1").arg(QString::fromStdString(study->registry).toHtmlEscaped());
    setText(QStringLiteral("%1 — %2").arg(badge, cite.isEmpty() ? QString::fromStdString(study->id).toHtmlEscaped() : cite));
}

}  // namespace ts
