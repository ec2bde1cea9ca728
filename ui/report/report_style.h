#pragma once
// The look of a report, shared by its PDF and HTML: the font, the style sheet of its headings,
// captions and tables (a subset of CSS that QTextDocument and browsers read alike).
#include <QFont>
#include <QString>

class QTextDocument;

namespace ts {

QFont reportFont(double points);
const QString& reportCss();
// The report's opening: its title (<h1>), what made it (TrialScope's version, the time) and the
// contents' heading (<h2>), as HTML.
QString reportOpening(const QString& title);
// A figure's caption as HTML (class "caption"), with the footnote notes its drawing left out for
// want of room, if any (ReportBlock::text).
QString figureCaptionHtml(const QString& caption, const QString& notesNotDrawn);
// `doc` holding `html` in the report's font and style, laid out `width` wide.
void setUpDocument(QTextDocument& doc, const QString& html, double width);

}  // namespace ts
