#pragma once
// ProfilePlot: draws a ts::SubjectProfile into any QCustomPlot (the Patient tab, export --view
// profile). Two panels on one study-day axis (x ranges linked, left margins shared):
//   liver tests  ALT, AST, bilirubin and ALP as multiples of ULN on a log axis, lines at 1 and 3 x ULN,
//                the treatment period shaded, the time-to-event outcomes marked on the top edge
//   adverse events  one bar per event from its start to its end day (an arrow-less open end when
//                it has none), coloured by severity, serious events outlined and marked "S"
// and a footnote with the subject's data provenance. Outcomes in another unit than days are
// converted (time_unit.h).
#include <QString>

#include "core/analysis/subject_profile.h"
#include "ui/common/plot_style.h"

class QCustomPlot;
class QCPAxisRect;

namespace ts {

class ProfilePlot {
public:
    // Clears `plot` and draws the profile. Does not call replot().
    static void render(QCustomPlot* plot, const SubjectProfile& profile, const PlotStyle& style = PlotStyle::current());
    // "CDISCPILOT01 · 01-701-1015 · Placebo · 63 years, F"
    static QString title(const SubjectProfile& profile);
    static QColor severityColour(const ProfileAe& ae);
    // The first and last study day shown (labs, events, treatment and outcomes, with a margin).
    static std::pair<double, double> dayRange(const SubjectProfile& profile);
};

}  // namespace ts
