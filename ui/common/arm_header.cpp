#include "ui/common/arm_header.h"

#include <QCoreApplication>
#include <QStringList>

namespace ts {
namespace {

constexpr int kLine = 12;  // characters

}  // namespace

QString armHeader(const std::string& name, std::optional<int> n) {
    QStringList lines;
    for (const QString& word : QString::fromStdString(name).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!lines.isEmpty() && lines.back().size() + 1 + word.size() <= kLine) lines.back() += QLatin1Char(' ') + word;
        else lines << word;
    }
    if (n) lines << QCoreApplication::translate("ts::armHeader", "N = %1").arg(*n);
    return lines.join(QLatin1Char('\n'));
}

}  // namespace ts
