#include "ui/common/table_widths.h"

#include <algorithm>
#include <numeric>

#include <QAbstractItemModel>
#include <QStringList>

namespace ts {

namespace {

// The longest line of `text`, in characters.
qsizetype longestLine(const QString& text) {
    qsizetype longest = 0;
    for (const QString& line : text.split(QLatin1Char('\n'))) longest = std::max(longest, line.size());
    return longest;
}

}  // namespace

std::vector<int> tableColumnWidths(const QAbstractItemModel& model, int total, int charWidth, int padding,
                                   HeaderWidth headers) {
    const int columns = model.columnCount();
    std::vector<int> widths(static_cast<size_t>(columns));
    for (int c = 0; c < columns; ++c) {
        // A proportional font's bold header is about a fifth wider than the same characters in a
        // cell (the report's "Xanomeline" broke to "Xanomelin / e" over cells of its length).
        const qsizetype header = longestLine(model.headerData(c, Qt::Horizontal).toString());
        qsizetype chars = headers == HeaderWidth::BoldWider ? header + (header + 4) / 5 : header;
        for (int r = 0; r < model.rowCount(); ++r)
            chars = std::max(chars, longestLine(model.index(r, c).data().toString()));
        // One character to spare: a reader's rounding must not wrap a cell that just fits.
        widths[static_cast<size_t>(c)] = static_cast<int>(chars + 1) * charWidth + padding;
    }
    if (std::accumulate(widths.begin(), widths.end(), 0) <= total) return widths;
    std::vector<int> sorted = widths;
    std::sort(sorted.begin(), sorted.end());
    int narrow = 0;  // the summed widths of the columns left as they are
    int cap = total / std::max(columns, 1);
    for (size_t k = 0; k < sorted.size(); ++k) {
        cap = (total - narrow) / static_cast<int>(sorted.size() - k);  // columns k.. are cut to `cap`
        if (sorted[k] > cap) break;
        narrow += sorted[k];
    }
    for (int& w : widths) w = std::min(w, std::max(cap, 4 * charWidth + padding));
    return widths;
}

}  // namespace ts
