#pragma once
// The widths of a table's columns on paper (an RTF table, a report's table): each column as wide as
// its longest line (header and cells, in characters of a monospaced measure; with BoldWider, a proportional font's bold header characters counted a fifth wider) plus one character to
// spare; when they do not fit `total`, the widest columns are cut to one common width (the largest
// that fits) and wrap, so that counts and percentages keep their one line and long names take the
// cut. Widths are in the caller's units: `charWidth` per character, `padding` per cell.
#include <vector>

class QAbstractItemModel;

namespace ts {

enum class HeaderWidth { AsCells, BoldWider };

std::vector<int> tableColumnWidths(const QAbstractItemModel& model, int total, int charWidth, int padding,
                                   HeaderWidth headers = HeaderWidth::AsCells);

}  // namespace ts
