#pragma once
// A vertical axis label that fits the height it is centred on: the longest of a figure's wordings
// ("Survival probability", "Survival") that does not run into the element above the plot (its title
// or legend) or past the plot's bottom, chosen again whenever the plot's height or the label's font
// changes (a single-column export; eDISH's "Peak total bilirubin (x ULN)" ran up into its legend).
#include <QStringList>

class QCustomPlot;
class QCPAxis;
class QCPAxisRect;

namespace ts {

// Sets `axis` (the left axis of `rect`) to the first of `labels` (longest first) that fits, the last
// when none does, now and after every layout in which the rect's height or the label's font changed.
void keepLabelFitting(QCustomPlot* plot, QCPAxisRect* rect, QCPAxis* axis, const QStringList& labels);

}  // namespace ts
