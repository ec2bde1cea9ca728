#include "ui/report/report_style.h"

#include <QDateTime>
#include <QTextDocument>

#include "trialscope/version.h"

namespace ts {

QFont reportFont(double points) {
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(points);
    return font;
}

const QString& reportCss() {
    static const QString css = QStringLiteral(
        "h1 { font-size: 16pt; font-weight: bold; margin-bottom: 6px; }\n"
        "h2 { font-size: 12.5pt; font-weight: bold; margin-top: 10px; margin-bottom: 4px; }\n"
        "p.study { font-size: 14pt; font-weight: bold; margin-top: 4px; }\n"
        "p.caption { font-weight: bold; margin-top: 4px; margin-bottom: 3px; }\n"
        "table.data { border-collapse: collapse; font-size: 7.5pt; }\n"
        "table.data th { font-weight: bold; border-bottom: 1px solid #444; padding: 2px 5px; }\n"
        "table.data td { padding: 1px 5px; }\n"
        "table.facts th { padding-right: 10px; vertical-align: top; }\n");
    return css;
}

QString reportOpening(const QString& title) {
    return QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n<h2>%3</h2>\n")
        .arg(title.toHtmlEscaped(),
             QObject::tr("Made by TrialScope %1 on %2 from the data in its library.")
                 .arg(QStringLiteral(TRIALSCOPE_VERSION),
                      QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
             QObject::tr("Contents"));
}

void setUpDocument(QTextDocument& doc, const QString& html, double width) {
    doc.setDefaultFont(reportFont(8.5));
    doc.setDefaultStyleSheet(reportCss());
    doc.setDocumentMargin(0);
    doc.setHtml(html);
    doc.setTextWidth(width);
}

QString figureCaptionHtml(const QString& caption, const QString& notesNotDrawn) {
    QString html = caption.toHtmlEscaped();
    if (!notesNotDrawn.isEmpty()) html += QStringLiteral("<br/>Notes: %1.").arg(notesNotDrawn.toHtmlEscaped());
    return html;
}

}  // namespace ts
