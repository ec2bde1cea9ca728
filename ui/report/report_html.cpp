#include "ui/report/report_html.h"

#include <QFileInfo>
#include <QSaveFile>

#include "ui/figure/figure_exporter.h"
#include "ui/figure/figure_options.h"
#include "ui/report/report_content.h"
#include "ui/report/report_style.h"

namespace ts {

namespace {

// The figure as an inline <svg> element (the XML declaration and doctype of the file left out).
QString inlineSvg(const ReportBlock& b) {
    FigureOptions o;
    o.widthMm = kReportFigureWidthMm;
    o.heightMm = kReportFigureHeightMm;
    const QString svg = QString::fromUtf8(FigureExporter({b.plot.get()}, PlotStyle::light()).toSvg(o));
    const qsizetype start = svg.indexOf(QLatin1String("<svg"));
    return start < 0 ? QString() : svg.mid(start);
}

}  // namespace

QString reportHtml(const ReportContent& report) {
    QString html = QStringLiteral(
                       "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>%1</title>\n"
                       "<style>\nbody { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; max-width: 180mm; "
                       "margin: 10mm auto; }\nsvg { width: 100%; height: auto; }\n%2</style>\n</head>\n<body>\n")
                       .arg(report.title.toHtmlEscaped(), reportCss());
    html += reportOpening(report.title) + QStringLiteral("<ul class=\"contents\">\n");
    for (const ReportBlock* b : report.contents()) {
        const QString what = b->kind == ReportBlock::Kind::Heading ? b->text : b->caption;
        html += QStringLiteral("<li class=\"level%1\"><a href=\"#%2\">%3</a></li>\n")
                    .arg(b->kind == ReportBlock::Kind::Heading ? b->level : 3)
                    .arg(b->anchor, what.toHtmlEscaped());
    }
    html += QStringLiteral("</ul>\n");
    for (const ReportBlock& b : report.blocks) {
        switch (b.kind) {
        case ReportBlock::Kind::StudyTitle:
            html += QStringLiteral("<hr/>\n<h1>%1</h1>\n").arg(b.text.toHtmlEscaped());
            break;
        case ReportBlock::Kind::Heading:
            html += (b.level == 1 ? QStringLiteral("<p class=\"study\" id=\"%1\">%2</p>\n")
                                  : QStringLiteral("<h2 id=\"%1\">%2</h2>\n"))
                        .arg(b.anchor, b.text.toHtmlEscaped());
            break;
        case ReportBlock::Kind::Text: html += b.text + QLatin1Char('\n'); break;
        case ReportBlock::Kind::Table:
            html += QStringLiteral("<p class=\"caption\" id=\"%1\">%2</p>\n%3\n")
                        .arg(b.anchor, b.caption.toHtmlEscaped(), b.text);
            break;
        case ReportBlock::Kind::Figure:
            html += QStringLiteral("<figure id=\"%1\">\n%2\n<figcaption class=\"caption\">%3</figcaption>\n</figure>\n")
                        .arg(b.anchor, inlineSvg(b), figureCaptionHtml(b.caption, b.text));
            break;
        }
    }
    return html + QStringLiteral("</body>\n</html>\n");
}

QString writeReportHtml(const ReportContent& report, const QString& path) {
    const QByteArray bytes = reportHtml(report).toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return QObject::tr("%1: cannot write the report").arg(QFileInfo(path).fileName());
    return {};
}

}  // namespace ts
