#pragma once
// Greedy word wrap for figure text. QCPTextElement sizes itself from its text as given (its word-wrap
// flag wraps only when painting, into the one-line height it measured), so a long footnote was cut
// mid-sentence and, through the plot's minimum size, widened the whole window: figure text is
// broken into lines before it is set.
#include <QFont>
#include <QString>

class QCustomPlot;
class QCPTextElement;

namespace ts {

// `text` with spaces turned into line breaks so that each line fits `pixels` of `font` (measured
// in the font; a longer word keeps its own line, existing line breaks are kept), with lines no
// narrower than `fewest` and no wider than `most` average characters: figure footnotes and
// messages, which a plot not laid out yet (at its minimum width) must not wrap to a sliver.
QString wrapToWidth(const QString& text, const QFont& font, int pixels, int fewest, int most);

// Sets `element`'s text to `text` wrapped (wrapToWidth, `fewest` to `most` characters a line) to the
// plot's width now, and again to the element's width after every layout in which that width or its
// font changed (an export at another size or type size; then down to 20 characters a line): a
// footnote laid out for the window was cut at the edge of a narrower figure.
void keepWrapped(QCPTextElement* element, const QString& text, int fewest, int most);
// Changes the text an element kept wrapped by keepWrapped shows, wrapped at once to its laid-out
// width (a survival figure's footnote takes the test's p when its statistics box finds no room).
void setWrappedText(QCPTextElement* element, const QString& text);
// The text, unwrapped, that an element kept wrapped shows.
QString wrappedText(const QCPTextElement* element);
// Lays `plot` out again at its current size: for a change made after a layout (new lines of text,
// legend columns) that changes the room its element takes.
void layOutAgain(QCustomPlot* plot);

}  // namespace ts
