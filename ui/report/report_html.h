#pragma once
// A report (report_content.h) as one self-contained HTML file: the style in the head, the figures
// as inline SVG (FigureExporter::toSvg: text as <text>, curves as paths), the contents as links to
// each heading, figure and table. Written as well-formed XHTML-compatible HTML5 (every element
// closed, text escaped), so that an XML reader checks it.
#include <QString>

namespace ts {

struct ReportContent;

QString reportHtml(const ReportContent& report);
// Writes reportHtml() as UTF-8; "" on success, else one line naming the file.
QString writeReportHtml(const ReportContent& report, const QString& path);

}  // namespace ts
