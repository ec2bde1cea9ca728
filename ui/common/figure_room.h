#pragma once
// What a figure too small for all its parts may leave out, and what it must keep. An exported
// figure that has no room for its text even at 6 pt (figure_exporter.h) first leaves out a legend
// that another part keys already, then its footnotes' notes:
//  - a legend in a row of its own may be marked keyed elsewhere: a table under the plot names each
//    group in its colour (the labs view's n table, as the survival risk table does);
//  - a footnote is in two parts. Its lead is what every drawing carries: the provenance of the data
//    drawn and what a reader needs to read the plot (what its "*" or its dashed cut-offs mean). Its
//    notes say what the analysis left out and how it was made ("24 baseline records from other
//    visits are summarised at Baseline"); a figure that leaves them out gives them to its record,
//    for its caption. The footnote is kept wrapped to the figure (text_wrap.h: keepWrapped first).
#include <QString>
#include <QStringList>

class QCPLegend;
class QCPTextElement;

namespace ts {

enum class FootnotePart { Lead, Notes };

// Sets `footnote` to `lead` then `notes`, joined by `separator`.
void setFootnote(QCPTextElement* footnote, const QStringList& lead, const QStringList& notes, const QString& separator);
// Adds `text` to the lead or the notes of a footnote set by setFootnote.
void addToFootnote(QCPTextElement* footnote, const QString& text, FootnotePart part);
// The notes of a footnote set by setFootnote; {} for any other text element.
QStringList footnoteNotes(const QCPTextElement* element);
// Draws `footnote` with its notes (as set) or with its lead alone.
void showFootnoteNotes(QCPTextElement* footnote, bool shown);

// Marks `legend` as one whose colours another part of the figure names.
void setKeyedElsewhere(QCPLegend* legend);
bool keyedElsewhere(const QCPLegend* legend);

}  // namespace ts
