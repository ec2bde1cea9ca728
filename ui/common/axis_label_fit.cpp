#include "ui/common/axis_label_fit.h"

#include <algorithm>

#include <qcustomplot.h>

#include "ui/common/text_wrap.h"

namespace ts {

namespace {

// The room for a label centred on `rect`'s left axis: twice the distance from the rect's centre up
// to what is above it in the layout (the title's or legend's text, without margins), or to the top of the
// plot, and down to the rect's outer bottom (below the rect are its own x axis' labels, right of the
// y label).
int verticalLabelRoom(QCustomPlot* plot, const QCPAxisRect* rect) {
    int top = 0;
    QCPLayoutGrid* grid = plot->plotLayout();
    for (int r = 1; r < grid->rowCount(); ++r)
        if (grid->hasElement(r, 0) && grid->element(r, 0) == rect)
            for (int above = r - 1; above >= 0 && top == 0; --above)  // a row left empty is passed over
                if (grid->hasElement(above, 0)) top = grid->element(above, 0)->rect().bottom();
    const int centre = rect->rect().center().y();
    return 2 * std::min(centre - top, rect->outerRect().bottom() - centre);
}

// The first of `labels` (longest first) no wider than `room` in `font`; "" when none is.
QString firstFitting(const QStringList& labels, const QFont& font, int room) {
    const QFontMetrics metrics(font);
    for (const QString& label : labels)
        if (metrics.horizontalAdvance(label) <= room) return label;
    return {};
}

}  // namespace

void keepLabelFitting(QCustomPlot* plot, QCPAxisRect* rect, QCPAxis* axis, const QStringList& labels) {
    const auto fit = [plot, rect, axis, labels] {
        const QString chosen = firstFitting(labels, axis->labelFont(), verticalLabelRoom(plot, rect));
        axis->setLabel(chosen.isEmpty() ? labels.back() : chosen);
    };
    axis->setLabel(labels.front());
    QObject::connect(plot, &QCustomPlot::afterLayout, rect, [fit, rect, axis, last = -1, lastFont = QFont()]() mutable {
        if (rect->height() == last && axis->labelFont() == lastFont) return;
        last = rect->height();
        lastFont = axis->labelFont();
        fit();
    });
}

void keepLabelWrapped(QCPAxis* axis, const QStringList& labels) {
    QCPAxisRect* rect = axis->axisRect();
    axis->setLabel(labels.front());
    QObject::connect(rect->parentPlot(), &QCustomPlot::afterLayout, rect,
                     [axis, rect, labels, last = -1, lastFont = QFont()]() mutable {
                         // The label is centred on the rect and may reach into its margins (the
                         // forest plot's rect is narrow between its two columns of text), not past.
                         const QRect outer = rect->outerRect();
                         const int centre = rect->rect().center().x();
                         const int room = 2 * std::min(centre - outer.left(), outer.right() - centre) - 8;
                         if (room == last && axis->labelFont() == lastFont) return;
                         last = room;
                         lastFont = axis->labelFont();
                         QString chosen = firstFitting(labels, axis->labelFont(), room);
                         if (chosen.isEmpty()) chosen = wrapToWidth(labels.back(), axis->labelFont(), room, 10, 400);
                         if (chosen == axis->label()) return;
                         axis->setLabel(chosen);  // its lines change the margin: lay out again
                         layOutAgain(rect->parentPlot());
                     });
}

}  // namespace ts
