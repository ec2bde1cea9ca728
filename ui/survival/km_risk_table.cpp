#include "ui/survival/km_risk_table.h"

#include <algorithm>
#include <cmath>

#include <QFontMetrics>

namespace ts {

namespace {

QCPItemText* addText(QCustomPlot* plot, QCPAxisRect* rect, const QString& text, const QFont& font, const QColor& colour,
                     bool clip) {
    auto* item = new QCPItemText(plot);
    item->setClipAxisRect(rect);
    item->setClipToAxisRect(clip);
    item->position->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    item->setFont(font);
    item->setColor(colour);
    item->setText(text);
    return item;
}

QString count(double value) { return QString::number(std::llround(value)); }

}  // namespace

int riskTableRowHeight(const QFont& font) { return QFontMetrics(font).height() + 3; }

int riskTableHeight(int groups, bool full, bool competing, const PlotStyle& style) {
    // Fixed row height so the table never squeezes the curves nor grows with the window.
    // Compact: a "Number at risk" heading, then a row per group.
    const int lines = full ? groups * (competing ? 5 : 4) : groups + 1;
    return std::max(lines, 1) * riskTableRowHeight(style.font);
}

KmRiskTable addRiskTable(QCustomPlot* plot, QCPAxisRect* main, int row, const SurvivalReport& report,
                         const KmRiskTableSpec& spec, const PlotStyle& style) {
    KmRiskTable table;
    table.rect = new QCPAxisRect(plot, true);
    plot->plotLayout()->addElement(row, 0, table.rect);
    QCPAxisRect* rect = table.rect;
    style.applyAxisRect(rect);
    QCPAxis* x = rect->axis(QCPAxis::atBottom);
    QCPAxis* y = rect->axis(QCPAxis::atLeft);
    x->setVisible(false);
    x->grid()->setVisible(false);
    y->grid()->setVisible(false);
    y->setBasePen(Qt::NoPen);
    y->setTickPen(Qt::NoPen);  // row labels only, no tick marks
    y->setTickLength(0, 0);
    y->setSubTicks(false);
    y->setRangeReversed(true);
    x->setRange(main->axis(QCPAxis::atBottom)->range());
    QObject::connect(main->axis(QCPAxis::atBottom), qOverload<const QCPRange&>(&QCPAxis::rangeChanged), x,
                     qOverload<const QCPRange&>(&QCPAxis::setRange));

    auto* margins = new QCPMarginGroup(plot);
    main->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    rect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    rect->setAutoMargins(QCP::msLeft | QCP::msRight);
    rect->setMargins(QMargins(0, 4, 0, 4));

    static const char* const kRowNames[] = {"At risk", "Censored", "Events", "Competing"};
    const bool competing = report.competing.has_value();
    const int dataRows = spec.full ? (competing ? 4 : 3) : 1;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    QFont bold = style.font;
    bold.setBold(true);
    int line = 0, shown = 0;
    int widest = 0;
    table.cells.resize(report.groups.size());
    if (!spec.full) {
        // A journal figure keeps its label at every size (R's aml at 85 x 70 mm showed bare numbers
        // under the axis): the heading starts at the time axis' origin, above the counts.
        QCPItemText* head = addText(plot, rect, QObject::tr("Number at risk"), bold, style.foreground, false);
        head->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
        head->position->setCoords(0.0, line++);
        head->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        table.heading = head;
    }
    for (size_t g = 0; g < report.groups.size(); ++g) {
        if (g < spec.hidden.size() && spec.hidden[g]) continue;
        ++shown;
        const SurvivalGroup& group = report.groups[g];
        const QString name = QString::fromStdString(group.name);
        if (spec.full) {
            // Group heading on its own row, left-aligned at the start of the time axis.
            QCPItemText* head = addText(plot, rect, name, bold, spec.colours[g], true);
            head->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
            head->position->setCoords(0.0, line);
            head->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
            ++line;
        }
        table.cells[g].resize(dataRows);
        if (!spec.full) {
            // The group's name in its colour, where its tick label would be (that label stays, unseen,
            // and keeps the margin): the table then keys the colours, and a figure too small for a
            // legend clear of the curves can leave the legend out (km_legend.h), as survminer's
            // tables.y.text.col does.
            QCPItemText* label = addText(plot, rect, name, y->tickLabelFont(), spec.colours[g], false);
            label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
            label->position->setCoords(0.0, line);
            label->setPositionAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table.names.push_back(label);
        }
        for (int r = 0; r < dataRows; ++r, ++line) {
            ticker->addTick(line, spec.full ? QString::fromLatin1(kRowNames[r]) : name);
            for (std::size_t i = 0; i < group.at.size(); ++i) {
                const stats::KmAt& at = group.at[i];
                const double value = r == 0   ? at.nRisk
                                     : r == 1 ? at.censoredCum
                                     : r == 2 ? at.eventsCum
                                              : group.competingCum[i];
                QCPItemText* cell = addText(plot, rect, count(value), style.font,
                                            spec.full ? style.foreground : spec.colours[g], false);
                cell->position->setCoords(at.time * spec.timeFactor, line);
                cell->setPositionAlignment(Qt::AlignCenter);
                table.cells[g][r].push_back(cell);
                widest = std::max(widest, QFontMetrics(style.font).horizontalAdvance(cell->text()));
            }
        }
    }
    y->setTicker(ticker);
    // Numbers are not clipped to the table (one centred on the first or last tick would lose half its
    // digits in a narrow figure); a number whose time leaves the visible range is hidden instead
    // (km_columns.h), and the row labels keep half the widest number clear on their right.
    y->setTickLabelPadding(std::max(y->tickLabelPadding(), widest / 2 + 4));
    if (!table.names.empty()) y->setTickLabelColor(Qt::transparent);
    for (QCPItemText* label : table.names) label->setPadding(QMargins(0, 0, y->tickLabelPadding(), 0));
    y->setRange(-0.6, std::max(line, 1) - 0.4);
    const int height = riskTableHeight(shown, spec.full, competing, style);
    rect->setMinimumSize(0, height);
    rect->setMaximumSize(QWIDGETSIZE_MAX, height);
    return table;
}

}  // namespace ts
