#include "ui/common/header_width.h"

#include <algorithm>

#include <QHeaderView>
#include <QStyle>
#include <QStyleOptionHeader>

namespace ts {

int headerWidth(const QHeaderView& header, int section) {
    QFont bold = header.font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const QString text = header.model()->headerData(section, header.orientation(), Qt::DisplayRole).toString();
    int textWidth = 0;
    for (const QString& line : text.split(QLatin1Char('\n')))
        textWidth = std::max(textWidth, metrics.horizontalAdvance(line));
    // What the style takes from a section around its label (margins, and the arrow where shown),
    // measured on a section of any width: the label's width grows one for one with the section's.
    QStyleOptionHeader option;
    option.initFrom(&header);
    option.state |= QStyle::State_Horizontal;
    option.text = text;
    option.section = section;
    const bool arrow = header.isSortIndicatorShown() && header.sortIndicatorSection() == section;
    option.sortIndicator = arrow ? QStyleOptionHeader::SortDown : QStyleOptionHeader::None;
    constexpr int probe = 1000;
    option.rect = QRect(0, 0, probe, header.height());
    const int label = header.style()->subElementRect(QStyle::SE_HeaderLabel, &option, &header).width();
    const int margin = header.style()->pixelMetric(QStyle::PM_HeaderMargin, &option, &header);
    return textWidth + std::max(probe - label, 2 * margin) + 2;  // 2 px: rounding of the fonts' advances
}

}  // namespace ts
