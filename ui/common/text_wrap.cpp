#include "ui/common/text_wrap.h"

#include <algorithm>

#include <QFontMetrics>
#include <QStringList>

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

}  // namespace ts
