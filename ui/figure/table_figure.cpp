#include "ui/figure/table_figure.h"

#include <algorithm>
#include <vector>

#include <QAbstractItemModel>
#include <QFontMetricsF>
#include <qcustomplot.h>

#include "ui/common/text_wrap.h"

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
    item->setTextAlignment(align);  // wrapped lines align like the column
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

// Text longer than 32 characters wraps once, at the space nearest its middle; the second line keeps
// the first's indentation (a level under its characteristic).
QString wrapped(const QString& text) {
    if (text.size() <= 32 || text.contains(QLatin1Char('\n'))) return text;
    qsizetype indent = 0;
    while (indent < text.size() && text[indent] == QLatin1Char(' ')) ++indent;
    const int mid = static_cast<int>(text.size() / 2);
    const int before = static_cast<int>(text.lastIndexOf(QLatin1Char(' '), mid));
    const int after = static_cast<int>(text.indexOf(QLatin1Char(' '), mid));
    const int at = before < 0 ? after : after < 0 ? before : (mid - before <= after - mid ? before : after);
    if (at < indent) return text;
    return text.left(at) + QLatin1Char('\n') + text.left(indent) + text.mid(at + 1);
}

QString text(const QAbstractItemModel& model, int row, int column) {
    return model.data(model.index(row, column), Qt::DisplayRole).toString();
}

// The axis-rect property that holds a table's TableMeasure (width, lines) as a QPointF.
constexpr const char* kMeasure = "tableFigureMeasure";
constexpr int kSideMargins = 12;  // px left and right of the table, together
constexpr int kEndMargins = 8;    // px above and below it, together

}  // namespace

std::optional<TableMeasure> TableFigure::measure(const QCPAxisRect* rect) {
    const QVariant v = rect->property(kMeasure);
    if (!v.isValid()) return std::nullopt;
    const QPointF p = v.toPointF();
    return TableMeasure{p.x(), p.y()};
}

double TableFigure::fitScale(const TableMeasure& m, double scale, QSizeF room, const QFont& font) {
    const double width = std::max(room.width() - kSideMargins, 1.0);
    if (m.width > 0 && m.width * scale > width) scale = width / m.width;
    // Line spacing grows about in step with the point size: one correction is close enough.
    QFont at = font;
    at.setPointSizeF(font.pointSizeF() * scale);
    const double height = heightAt(m, at), wanted = std::max(room.height(), 1.0);
    return height > wanted ? scale * (wanted - kEndMargins) / (height - kEndMargins) : scale;
}

int TableFigure::heightAt(const TableMeasure& m, const QFont& font) {
    return static_cast<int>(m.lines * QFontMetricsF(font).lineSpacing()) + kEndMargins;
}

TableFigureItems TableFigure::render(QCustomPlot* plot, const QAbstractItemModel& model, const QString& title,
                                     const QString& footnote, const PlotStyle& style) {
    plot->clearPlottables();
    plot->clearItems();
    plot->plotLayout()->clear();
    plot->setBackground(QBrush(style.background));
    TableFigureItems items;
    int layoutRow = 0;
    // The title wraps to the figure's width at every layout (a shift table's names its parameter in
    // full), an export's too.
    if (!title.isEmpty()) {
        auto* heading = new QCPTextElement(plot, QString(), style.titleFont);
        heading->setTextColor(style.foreground);
        plot->plotLayout()->addElement(layoutRow++, 0, heading);
        keepWrapped(heading, title, 30, 160);
    }
    items.rect = new QCPAxisRect(plot, false);
    items.rect->setBackground(Qt::NoBrush);
    items.rect->setAutoMargins(QCP::msNone);
    items.rect->setMargins(QMargins(kSideMargins / 2, kEndMargins / 2, kSideMargins / 2, kEndMargins / 2));
    plot->plotLayout()->addElement(layoutRow++, 0, items.rect);

    const int columns = model.columnCount();
    const int rows = model.rowCount();
    items.rowsShown = std::min(rows, kMaxRows);
    items.rowsLeftOut = rows - items.rowsShown;

    // Cell texts: row 0 is the header; long cells wrap at word boundaries onto a second line.
    std::vector<QStringList> cells(static_cast<size_t>(items.rowsShown + 1));
    for (int c = 0; c < columns; ++c) cells[0] << model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    for (int r = 0; r < items.rowsShown; ++r)
        for (int c = 0; c < columns; ++c) cells[static_cast<size_t>(r + 1)] << wrapped(text(model, r, c));

    // Each cell's font: bold in the header and where the model says so.
    auto fontOf = [&](size_t r, int c) {
        QFont f = style.font;
        f.setBold(r == 0 || model.data(model.index(static_cast<int>(r) - 1, c), Qt::FontRole).value<QFont>().bold());
        return f;
    };
    // Column widths: the widest line of the column in its font, plus one em of padding.
    const QFontMetricsF metrics(style.font);
    std::vector<double> widths(static_cast<size_t>(columns), 0);
    for (size_t r = 0; r < cells.size(); ++r)
        for (int c = 0; c < columns; ++c) {
            const QFontMetricsF cellMetrics(fontOf(r, c));
            for (const QString& line : cells[r][c].split(QLatin1Char('\n')))
                widths[static_cast<size_t>(c)] =
                    std::max(widths[static_cast<size_t>(c)], cellMetrics.horizontalAdvance(line));
        }
    double total = 0;
    for (double& w : widths) total += (w += metrics.height());
    std::vector<double> left(static_cast<size_t>(columns), 0);
    for (int c = 1; c < columns; ++c)
        left[static_cast<size_t>(c)] = left[static_cast<size_t>(c - 1)] + widths[static_cast<size_t>(c - 1)] / total;
    // First column left-aligned at its start, the others centred in their share.
    auto xOf = [&](int c) {
        const size_t k = static_cast<size_t>(c);
        return c == 0 ? 0.0 : left[k] + widths[k] / total / 2;
    };
    auto alignOf = [](int c) { return c == 0 ? Qt::AlignLeft : Qt::AlignHCenter; };

    // Row heights in text lines (the row's most wrapped cell plus 0.6 of spacing); the rect is held
    // to that height (the spacer row below takes the rest), so rows keep their spacing at any
    // figure height and the positions stay fractions of the rect.
    std::vector<double> top{0};
    for (const QStringList& row : cells) {
        int lines = 1;
        for (const QString& cell : row) lines = std::max(lines, static_cast<int>(cell.count(QLatin1Char('\n'))) + 1);
        top.push_back(top.back() + lines + 0.6);
    }
    const double units = top.back();
    const TableMeasure measured{total, units};
    items.rect->setProperty(kMeasure, QVariant::fromValue(QPointF(measured.width, measured.lines)));
    items.rect->setMaximumSize(QWIDGETSIZE_MAX, heightAt(measured, style.font));
    auto yOf = [&](size_t row) { return (top[row] + top[row + 1]) / 2 / units; };
    for (size_t r = 0; r < cells.size(); ++r)
        for (int c = 0; c < columns; ++c)
            cell(plot, items.rect, xOf(c), yOf(r), cells[r][c], fontOf(r, c), style.foreground, alignOf(c));
    rule(plot, items.rect, 0, style.foreground, 1.2);
    rule(plot, items.rect, top[1] / units, style.foreground, 0.8);
    rule(plot, items.rect, 1, style.foreground, 1.2);
    plot->plotLayout()->addElement(layoutRow++, 0, new QCPLayoutElement(plot));  // spacer

    QString note = footnote;
    if (items.rowsLeftOut > 0)
        note = QStringLiteral("First %1 of %2 rows shown; the CSV export holds the whole table.%3%4")
                   .arg(items.rowsShown)
                   .arg(rows)
                   .arg(note.isEmpty() ? QString() : QStringLiteral("\n"), note);
    if (!note.isEmpty()) {
        auto* foot = new QCPTextElement(plot, QString(), style.smallFont);
        foot->setTextColor(style.muted);
        foot->setTextFlags(Qt::AlignLeft | Qt::AlignVCenter);
        plot->plotLayout()->addElement(layoutRow++, 0, foot);
        keepWrapped(foot, note, 40, 200);  // at the export's width too (one line ran past its edge)
    }
    return items;
}

}  // namespace ts
