#pragma once
// A report (report_content.h) as a PDF: A4 portrait, 20 mm margins, text as text (searchable,
// copyable: headings, paragraphs and tables are laid out by QTextDocument on the PDF painter),
// figures as vectors (FigureExporter::paintInto). The first page holds the report's title and the
// contents, each heading, figure and table with its page; then each study's title page and its
// sections. A figure with its caption, and a table that fits a page, never split across pages; a
// longer table continues on the next pages, its lines whole. Every page but the first carries the
// report's title at the top and "Page N of M" at the bottom.
#include <QString>

namespace ts {

struct ReportContent;

struct PdfReport {
    int pages = 0;
    QString error;  // "" on success, else one line naming the file
};

PdfReport writeReportPdf(const ReportContent& report, const QString& path);

}  // namespace ts
