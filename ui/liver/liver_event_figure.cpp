#include "ui/liver/liver_event_figure.h"

#include <QObject>

#include "ui/survival/km_plot.h"

namespace ts {

SurvivalReport liverEventReport(const StudyData& study, const LiverEvent& event, const std::string& population) {
    SurvivalOptions o;
    o.endpoint = liverEventCode(event);
    o.population = population;
    o.cumulativeIncidence = true;
    return analyseSurvival(liverEventStudy(study, event), o);
}

void drawLiverEvent(QCustomPlot* plot, const StudyInfo& info, const SurvivalReport& report, const PlotStyle& style) {
    KmPlotOptions o;
    o.title = QObject::tr("%1: %2 (derived from ADLB)")
                  .arg(QString::fromStdString(info.id), QString::fromStdString(report.endpointLabel));
    o.citation = QString::fromStdString(info.citation);
    KmPlot::render(plot, report, o, style);
}

}  // namespace ts
