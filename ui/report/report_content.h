#pragma once
// ReportContent: what a study report holds, in reading order, independent of its format
// (report_pdf.h, report_html.h): per study a title page (title, citation, registry, DOI, design,
// population, arms, the provenance of every dataset, the data fingerprint), then a section per view
// of the study in the view registry's order (tab order is report order): every survival endpoint
// (its Kaplan–Meier figure and a table of medians, hazard ratios and tests), every lab parameter
// (its figure), the adverse-event table, the baseline table (Table 1), the liver views (eDISH and
// the quadrant counts) where the study has them. A view the study has no data for is left out and
// named in the section's note. Figures and tables are numbered through the report.
#include <memory>
#include <vector>

#include <QString>
#include <QStringList>

#include "core/model/study_data.h"

class QCustomPlot;

namespace ts {

struct ReportBlock {
    enum class Kind { StudyTitle, Heading, Text, Table, Figure };
    Kind kind = Kind::Text;
    QString text;     // StudyTitle, Heading: plain text; Text, Table: an HTML fragment; Figure: the notes not drawn
    QString caption;  // Table, Figure: "Table 2. ..." / "Figure 3. ..."
    QString anchor;   // Heading, Table, Figure: the id the contents link to
    int level = 1;    // Heading: 1 (a study) or 2 (a view)
    std::shared_ptr<QCustomPlot> plot;  // Figure: drawn at the report's figure size, light theme
    bool wide = false;                  // Table: printed across a landscape page of its own
};

struct ReportContent {
    std::vector<ReportBlock> blocks;
    QString title;  // "TrialScope report: SHI2021, LI2023"
    int figures = 0;
    int tables = 0;

    // Draws and tabulates every view of `studies`, each in its own part. Must run on the GUI thread
    // (QCustomPlot); throws nothing: what a view cannot show is said in its section.
    static ReportContent of(const std::vector<std::shared_ptr<const StudyData>>& studies);
    // The headings, figure and table captions, in order (the contents list).
    std::vector<const ReportBlock*> contents() const;
};

// Figures in a report: 170 x 105 mm, 9 pt (the export's default fonts).
constexpr double kReportFigureWidthMm = 170;
constexpr double kReportFigureHeightMm = 105;

}  // namespace ts
