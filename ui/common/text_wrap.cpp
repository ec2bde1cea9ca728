#include "ui/common/text_wrap.h"

#include <algorithm>

#include <QFontMetrics>
#include <QStringList>
#include <qcustomplot.h>

namespace ts {

QString wrapToWidth(const QString& text, const QFont& font, int pixels, int fewest, int most) {
    // Lines measured in the font (counting characters at the average width let a line of wide
    // letters run past the edge), within `fewest` to `most` average characters.
    const QFontMetrics metrics(font);
    const int perChar = std::max(1, metrics.averageCharWidth());
    const int limit = std::clamp(pixels, fewest * perChar, most * perChar);
    QStringList lines;
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        for (const QString& word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
            if (!line.isEmpty() && metrics.horizontalAdvance(longer) > limit) {
                lines << line;
                line = word;
            } else {
                line = longer;
            }
        }
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

namespace {

constexpr const char* kText = "trialscopeUnwrappedText";  // QObject properties of the element
constexpr const char* kMost = "trialscopeWrapMost";
constexpr const char* kFewest = "trialscopeWrapFewest";
// Laid out, the element's width is the figure's: only a sliver narrower than this is not wrapped to.
constexpr int kLaidOut = 20;

// Wraps the element's unwrapped text to its laid-out width; where that changes its lines, lays the
// plot out again for them.
void rewrap(QCPTextElement* element, int most) {
    const QMargins m = element->margins();
    const QString wrapped = wrapToWidth(element->property(kText).toString(), element->font(),
                                        element->outerRect().width() - m.left() - m.right(), kLaidOut, most);
    if (wrapped == element->text()) return;
    element->setText(wrapped);
    layOutAgain(element->parentPlot());
}

}  // namespace

void keepWrapped(QCPTextElement* element, const QString& text, int fewest, int most) {
    QCustomPlot* plot = element->parentPlot();
    element->setProperty(kText, text);
    element->setProperty(kMost, most);
    element->setProperty(kFewest, fewest);
    element->setText(wrapToWidth(text, element->font(), plot->width(), fewest, most));
    QObject::connect(plot, &QCustomPlot::afterLayout, element,
                     [element, most, lastWidth = -1, lastFont = QFont()]() mutable {
                         const int width = element->outerRect().width();
                         if (width <= 0 || (width == lastWidth && element->font() == lastFont)) return;
                         lastWidth = width;
                         lastFont = element->font();
                         rewrap(element, most);
                     });
}

void setWrappedText(QCPTextElement* element, const QString& text) {
    if (element->property(kText).toString() == text) return;
    element->setProperty(kText, text);
    const int most = element->property(kMost).toInt();
    if (element->outerRect().width() > 0) rewrap(element, most);
    else  // not laid out yet: to the plot's width, as keepWrapped starts
        element->setText(wrapToWidth(text, element->font(), element->parentPlot()->width(),
                                     element->property(kFewest).toInt(), most));
}

QString wrappedText(const QCPTextElement* element) { return element->property(kText).toString(); }

void layOutAgain(QCustomPlot* plot) {
    for (auto phase : {QCPLayoutElement::upPreparation, QCPLayoutElement::upMargins, QCPLayoutElement::upLayout})
        plot->plotLayout()->update(phase);
}

}  // namespace ts
