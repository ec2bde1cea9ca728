#pragma once
// A vertical axis label that fits the height it is centred on: the longest of a figure's wordings
// ("Survival probability", "Survival") that does not run into the element above the plot (its title
// or legend) or past the plot's bottom, chosen again whenever the plot's height or the label's font
// changes (a single-column export; eDISH's "Peak total bilirubin (x ULN)" ran up into its legend);
// and a horizontal axis label wrapped to the plot's width.
#include <QStringList>

class QCustomPlot;
class QCPAxis;
class QCPAxisRect;

namespace ts {

// Sets `axis` (the left axis of `rect`) to the first of `labels` (longest first) that fits, the last
// when none does, now and after every layout in which the rect's height or the label's font changed.
void keepLabelFitting(QCustomPlot* plot, QCPAxisRect* rect, QCPAxis* axis, const QStringList& labels);

// Keeps `axis`'s label (a horizontal axis, centred on its rect) within the rect and its margins:
// the first of `labels` (longest first) that fits on one line, else the last wrapped to as many
// lines as it needs, chosen again after every layout in which that room or the label's font
// changed (the forest plot's and the AE dot plot's measure labels ran past both edges of a
// single-column figure).
void keepLabelWrapped(QCPAxis* axis, const QStringList& labels);

}  // namespace ts
