#pragma once
// Greedy word wrap for figure text. QCPTextElement sizes itself from its text as given (its word-wrap
// flag wraps only when painting, into the one-line height it measured), so a long footnote was cut
// mid-sentence and, through the plot's minimum size, widened the whole window: figure text is
// broken into lines before it is set.
#include <QString>

namespace ts {

// `text` with its spaces turned into line breaks so that no line exceeds `widthChars` characters
// (a longer word keeps its own line). Existing line breaks are kept.
QString wrapWords(const QString& text, int widthChars);

}  // namespace ts
