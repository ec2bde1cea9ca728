#include "ui/common/text_wrap.h"

#include <algorithm>

#include <QFontMetrics>
#include <QStringList>
#include <qcustomplot.h>

namespace ts {

QString wrapWords(const QString& text, int widthChars) {
    QStringList lines;
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        for (const QString& word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > widthChars) {
                lines << line;
                line.clear();
            }
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

QString wrapToWidth(const QString& text, const QFont& font, int pixels, int fewest, int most) {
    const int perChar = std::max(1, QFontMetrics(font).averageCharWidth());
    return wrapWords(text, std::clamp(pixels / perChar, fewest, most));
}

void keepWrapped(QCPTextElement* element, const QString& text, int fewest, int most) {
    // Laid out, the element's width is the figure's: only a sliver narrower than this is not wrapped to.
    constexpr int kLaidOut = 20;
    QCustomPlot* plot = element->parentPlot();
    element->setText(wrapToWidth(text, element->font(), plot->width(), fewest, most));
    QObject::connect(plot, &QCustomPlot::afterLayout, element,
                     [plot, element, text, most, lastWidth = -1, lastFont = QFont()]() mutable {
                         const int width = element->outerRect().width();
                         if (width <= 0 || (width == lastWidth && element->font() == lastFont)) return;
                         lastWidth = width;
                         lastFont = element->font();
                         const QMargins m = element->margins();
                         const QString wrapped =
                             wrapToWidth(text, element->font(), width - m.left() - m.right(), kLaidOut, most);
                         if (wrapped == element->text()) return;
                         element->setText(wrapped);
                         // Laid out with the old lines: lay the plot out again for the new ones.
                         for (auto phase : {QCPLayoutElement::upPreparation, QCPLayoutElement::upMargins,
                                            QCPLayoutElement::upLayout})
                             plot->plotLayout()->update(phase);
                     });
}

}  // namespace ts
