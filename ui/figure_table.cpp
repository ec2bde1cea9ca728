#include "ui/figure_table.h"

#include <algorithm>
#include <vector>

#include <QAbstractItemModel>
#include <qcustomplot.h>

namespace ts {

namespace {

QCPItemText* cell(QCustomPlot* plot, QCPAxisRect* rect, double x, double y, const QString& text, const QFont& font,
                  const QColor& colour, Qt::Alignment align) {
    auto* item = new QCPItemText(plot);
    item->setClipToAxisRect(false);
    item->position->setType(QCPItemPosition::ptAxisRectRatio);
    item->position->setAxisRect(rect);
    item->position->setCoords(x, y);
    item->setPositionAlignment(align | Qt::AlignVCenter);
    item->setFont(font);
    item->setColor(colour);
    item->setText(text);
    return item;
}

void rule(QCustomPlot* plot, QCPAxisRect* rect, double y, const QColor& colour, double width) {
    auto* line = new QCPItemLine(plot);
    line->setClipToAxisRect(false);
    for (QCPItemPosition* p : {line->start, line->end}) {
        p->setType(QCPItemPosition::ptAxisRectRatio);
        p->setAxisRect(rect);
    }
    line->start->setCoords(0, y);
    line->end->setCoords(1, y);
    line->setPen(QPen(colour, width));
}

QString text(const QAbstractItemModel& model, int row, int column) {
    return model.data(model.index(row, column), Qt::DisplayRole).toString();
}

}  // namespace

TableFigureItems TableFigure::render(QCustomPlot* plot, const QAbstractItemModel& model, const QString& title,
                                     const QString& footnote, const PlotStyle& style) {
    plot->clearPlottables();
    plot->clearItems();
    plot->plotLayout()->clear();
    plot->setBackground(QBrush(style.background));
    TableFigureItems items;
    int row = 0;
    if (!title.isEmpty()) plot->plotLayout()->addElement(row++, 0, new QCPTextElement(plot, title, style.titleFont));
    items.rect = new QCPAxisRect(plot, false);
    items.rect->setBackground(Qt::NoBrush);
    items.rect->setAutoMargins(QCP::msNone);
    items.rect->setMargins(QMargins(6, 4, 6, 4));
    plot->plotLayout()->addElement(row++, 0, items.rect);

    const int columns = model.columnCount();
    const int rows = model.rowCount();
    items.rowsShown = std::min(rows, kMaxRows);
    items.rowsLeftOut = rows - items.rowsShown;

    // Column widths in characters (header or longest cell, plus two of padding).
    std::vector<double> widths(static_cast<size_t>(columns), 0);
    for (int c = 0; c < columns; ++c) {
        auto& w = widths[static_cast<size_t>(c)];
        w = model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString().size();
        for (int r = 0; r < items.rowsShown; ++r) w = std::max(w, static_cast<double>(text(model, r, c).size()));
        w += 2;
    }
    double total = 0;
    for (double w : widths) total += w;
    std::vector<double> left(static_cast<size_t>(columns), 0);
    for (int c = 1; c < columns; ++c)
        left[static_cast<size_t>(c)] = left[static_cast<size_t>(c - 1)] + widths[static_cast<size_t>(c - 1)] / total;
    // First column left-aligned at its start, the others centred in their share.
    auto xOf = [&](int c) {
        const size_t k = static_cast<size_t>(c);
        return c == 0 ? 0.0 : left[k] + widths[k] / total / 2;
    };
    auto alignOf = [](int c) { return c == 0 ? Qt::AlignLeft : Qt::AlignHCenter; };

    // Rows are equal fractions of the rect: the header, then the body.
    const double lines = items.rowsShown + 1;
    auto yOf = [&](int line) { return (line + 0.5) / lines; };
    QFont bold = style.font;
    bold.setBold(true);
    for (int c = 0; c < columns; ++c)
        cell(plot, items.rect, xOf(c), yOf(0), model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString(), bold,
             style.foreground, alignOf(c));
    for (int r = 0; r < items.rowsShown; ++r)
        for (int c = 0; c < columns; ++c) {
            QFont font = model.data(model.index(r, c), Qt::FontRole).value<QFont>();
            QFont f = style.font;
            f.setBold(font.bold());
            cell(plot, items.rect, xOf(c), yOf(r + 1), text(model, r, c), f, style.foreground, alignOf(c));
        }
    rule(plot, items.rect, 0, style.foreground, 1.2);
    rule(plot, items.rect, 1 / lines, style.foreground, 0.8);
    rule(plot, items.rect, 1, style.foreground, 1.2);

    QString note = footnote;
    if (items.rowsLeftOut > 0)
        note = QStringLiteral("First %1 of %2 rows shown; the CSV export holds the whole table.%3%4")
                   .arg(items.rowsShown)
                   .arg(rows)
                   .arg(note.isEmpty() ? QString() : QStringLiteral("\n"), note);
    if (!note.isEmpty()) {
        auto* foot = new QCPTextElement(plot, note, style.smallFont);
        foot->setTextColor(style.muted);
        foot->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter);
        plot->plotLayout()->addElement(row++, 0, foot);
    }
    return items;
}

}  // namespace ts
