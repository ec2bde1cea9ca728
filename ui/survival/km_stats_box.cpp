#include "ui/survival/km_stats_box.h"

#include <algorithm>

#include <QFontMetrics>
#include <QStringList>

namespace ts {

namespace {

struct Look {
    QString text;
    QFont font;
};

// `text` with every line wider than `width` pixels broken between words; a continuation line is
// indented four spaces more than the line it continues.
QString wrapText(const QString& text, const QFont& font, int width) {
    const QFontMetrics metrics(font);
    QStringList out;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        qsizetype lead = 0;
        while (lead < line.size() && line[lead] == QLatin1Char(' ')) ++lead;
        QString indent = line.left(lead);
        QString current;
        for (const QString& word : line.mid(lead).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString longer = current.isEmpty() ? indent + word : current + QLatin1Char(' ') + word;
            if (!current.isEmpty() && metrics.horizontalAdvance(longer) > width) {
                out << current;
                indent = line.left(lead) + QStringLiteral("    ");
                current = indent + word;
            } else {
                current = longer;
            }
        }
        out << current;
    }
    return out.join(QLatin1Char('\n'));
}

// In `corner`, kCornerGap pixels in from the rect's edges.
void place(QCPItemText* box, const QCPAxisRect* rect, Qt::Alignment corner) {
    const double gx = static_cast<double>(kCornerGap) / std::max(rect->width(), 1);
    const double gy = static_cast<double>(kCornerGap) / std::max(rect->height(), 1);
    box->position->setCoords((corner & Qt::AlignLeft) ? gx : 1 - gx, (corner & Qt::AlignTop) ? gy : 1 - gy);
    box->setPositionAlignment(corner);
}

// The box as QCustomPlot draws it (text bounding rect plus padding, from the item's anchors): inside
// the rect, clear of the legend and, given `curves`, of every curve (61 points sampled along each,
// km_corners.h, over the box, its offset from the corner and 3% of padding, as the legend's).
bool fits(QCPItemText* box, const QCPAxisRect* rect, const QCPLegend* legend, const KmDrawn& curves,
          Qt::Alignment corner) {
    const QRectF drawn(box->topLeft->pixelPosition(), box->bottomRight->pixelPosition());
    const bool clear = !legend || !legend->visible() || !QRectF(legend->outerRect()).intersects(drawn);
    if (!QRectF(rect->rect()).contains(drawn) || !clear) return false;
    const double w = drawn.width() / std::max(rect->width(), 1) + 0.045;
    const double h = drawn.height() / std::max(rect->height(), 1) + 0.05;
    return cornerHits(curves, rect->axis(QCPAxis::atBottom)->range(), rect->axis(QCPAxis::atLeft)->range(), corner, w,
                      h) == 0;
}

void fit(QCPItemText* box, QCPAxisRect* rect, QCPLegend* legend, bool legendOptional, const KmStatsWording& text,
         const std::vector<Qt::Alignment>& corners, const KmDrawn& curves, const PlotStyle& style) {
    const QMargins pad = box->padding();
    const double scale = figureFontScale(box->parentPlot());
    auto scaled = [scale](QFont font) {
        font.setPointSizeF(font.pointSizeF() * scale);
        return font;
    };
    const QFont font = scaled(style.font), small = scaled(style.smallFont);
    const int inner = static_cast<int>(rect->width() * 0.97) - pad.left() - pad.right();
    const int beside = legend && legend->visible() ? inner - legend->outerRect().width() - 4 : inner;
    std::vector<Look> looks = {{text.full, font},
                               {text.compact, font},
                               {text.compact, small},
                               {wrapText(text.compact, small, inner), small},
                               {wrapText(text.compact, small, beside), small}};
    if (!text.brief.isEmpty()) looks.insert(looks.end(), {{text.brief, font}, {text.brief, small}});
    // The first look in the first corner that fits clear of the curves; else none.
    auto tryLooks = [&] {
        for (Qt::Alignment corner : corners)
            for (const Look& look : looks) {
                box->setText(look.text);
                box->setFont(look.font);
                place(box, rect, corner);
                if (fits(box, rect, legend, curves, corner)) return true;
            }
        return false;
    };
    bool shown = tryLooks();
    if (!shown && legend && legend->visible() && legendOptional && figureExporting(box->parentPlot())) {
        // The risk table names each group in its colour: the test's result matters more than a
        // second key to the colours (the pilot's three long arm names filled the bottom at 480 px).
        legend->setVisible(false);
        shown = tryLooks();
        if (!shown) legend->setVisible(true);
    }
    box->setVisible(shown);
}

}  // namespace

QCPItemText* addKmStatsBox(QCustomPlot* plot, QCPAxisRect* rect, QCPLegend* legend, bool legendOptional,
                           const KmStatsWording& text, const std::vector<Qt::Alignment>& corners, const KmDrawn& curves,
                           const PlotStyle& style) {
    auto* box = new QCPItemText(plot);
    box->setClipAxisRect(rect);
    box->position->setType(QCPItemPosition::ptAxisRectRatio);
    box->position->setAxisRect(rect);
    box->setTextAlignment(Qt::AlignLeft);
    box->setColor(style.foreground);
    box->setBrush(QBrush(style.panel));
    box->setPen(QPen(style.panelBorder));
    box->setPadding(QMargins(6, 4, 6, 4));
    box->setLayer(QStringLiteral("legend"));
    place(box, rect, corners.front());
    box->setText(text.full);
    box->setFont(style.font);
    // Re-fitted only when the rect or the legend moved (not on every pan or zoom); the connection
    // ends with the box.
    QObject::connect(plot, &QCustomPlot::afterLayout, box,
                     [box, rect, legend, legendOptional, text, corners, curves, style, last = QRect(),
                      lastLegend = QRect()]() mutable {
                         const QRect legendRect = legend ? legend->outerRect() : QRect();
                         if (rect->rect() == last && legendRect == lastLegend) return;
                         last = rect->rect();
                         lastLegend = legendRect;
                         fit(box, rect, legend, legendOptional, text, corners, curves, style);
                     });
    return box;
}

}  // namespace ts
