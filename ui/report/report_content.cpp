#include "ui/report/report_content.h"

#include <algorithm>
#include <numeric>

#include <QAbstractItemModel>
#include <qcustomplot.h>

#include "core/analysis/adsl_label.h"
#include "core/analysis/adsl_variables.h"
#include "core/analysis/ae_analysis.h"
#include "core/analysis/baseline_analysis.h"
#include "core/analysis/lab_analysis.h"
#include "core/analysis/liver_analysis.h"
#include "core/analysis/survival_analysis.h"
#include "core/options/args.h"
#include "ui/adverse_events/ae_table_model.h"
#include "ui/baseline/baseline_table_model.h"
#include "ui/common/p_value.h"
#include "ui/common/provenance_banner.h"
#include "ui/common/table_export.h"
#include "ui/common/table_widths.h"
#include "ui/figure/figure_exporter.h"
#include "ui/figure/figure_options.h"
#include "ui/liver/quadrant_table_model.h"
#include "ui/views/view_registry.h"

namespace ts {

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }
QString esc(const QString& s) { return s.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br/>")); }

// About 118 characters of the tables' 7.5 pt font span the A4 portrait body, 165 the landscape one (bold
// headers take more than the average character).
constexpr int kPortraitChars = 118, kLandscapeChars = 165;

// Whether `model` is printed across a landscape page: its columns as wide as their text need a
// quarter more than the portrait body (the pilot's four-arm AE table wrapped every term there).
bool wideTable(const QAbstractItemModel& model) {
    const std::vector<int> natural = tableColumnWidths(model, 1 << 20, 1, 3, HeaderWidth::BoldWider);
    return std::accumulate(natural.begin(), natural.end(), 0) > kPortraitChars * 5 / 4;
}

// A model as an HTML table: the header row, then the rows as the screen shows them (numbers to the
// right), the first column's text only where it changes (it names a group).
// `wide`: wideTable(model), which the caller also gives the page layout.
QString htmlTable(const QAbstractItemModel& model, bool wide) {
    // Column widths as shares of the page, from the text's length (3 characters of padding: the
    // headers are bold).
    const std::vector<int> widths =
        tableColumnWidths(model, wide ? kLandscapeChars : kPortraitChars, 1, 3, HeaderWidth::BoldWider);
    const int total = std::max(1, std::accumulate(widths.begin(), widths.end(), 0));
    QString html = QStringLiteral(
        "<table class=\"data\" width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>");
    for (int c = 0; c < model.columnCount(); ++c)
        html += QStringLiteral("<th width=\"%1%\">%2</th>")
                    .arg(widths[static_cast<size_t>(c)] * 100 / total)
                    .arg(esc(model.headerData(c, Qt::Horizontal).toString()));
    html += QStringLiteral("</tr></thead><tbody>");
    for (int r = 0; r < model.rowCount(); ++r) {
        html += QStringLiteral("<tr>");
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex index = model.index(r, c);
            const QString text = TableExport::printedCell(model, r, c);
            const bool right = index.data(Qt::TextAlignmentRole).toInt() & Qt::AlignRight;
            html += right ? QStringLiteral("<td align=\"right\" style=\"white-space: nowrap\">%1</td>").arg(esc(text))
                          : QStringLiteral("<td>%1</td>").arg(esc(text));
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</tbody></table>");
}

QString number(double x, int digits = 2) { return QString::number(x, 'f', digits); }

// Medians, the hazard ratios against the reference arm and the tests of one endpoint.
QString survivalTable(const SurvivalReport& r) {
    const QString unit = q(r.timeUnit);
    QString html = QStringLiteral(
                       "<table class=\"data\" border=\"0\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr><th>%1</th>"
                       "<th>N</th><th>Events</th><th>Median, %2 (95% CI)</th><th>HR (95% CI) vs %3</th><th>p "
                       "(Wald)</th></tr></thead><tbody>")
                       .arg(esc(q(r.by.empty() ? "Arm" : "Arm (" + r.by + ")")), esc(unit), esc(q(r.reference)));
    auto value = [](const std::optional<double>& v) { return v ? number(*v) : QStringLiteral("NR"); };
    for (const SurvivalGroup& g : r.groups) {
        QString hr = QStringLiteral("reference"), p;
        if (r.cox)
            for (const stats::CoxTerm& t : r.cox->terms)
                if (t.name == g.name && t.estimable) {
                    hr = QStringLiteral("%1 (%2\u2013%3)").arg(number(t.hr), number(t.lower), number(t.upper));
                    p = esc(pValueText(t.p));
                }
        html += QStringLiteral(
                    "<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td><td "
                    "align=\"right\">%4 (%5\u2013%6)</td><td align=\"right\">%7</td><td "
                    "align=\"right\">%8</td></tr>")
                    .arg(esc(q(g.name)))
                    .arg(g.fit.n)
                    .arg(g.fit.events)
                    .arg(value(g.median.estimate), value(g.median.lower), value(g.median.upper), hr, p);
    }
    html += QStringLiteral("</tbody></table>");
    if (r.logrank)
        html += QStringLiteral("<p>Log-rank test: \u03c7\u00b2 = %1 on %2 df, p = %3.</p>")
                    .arg(number(r.logrank->chisq))
                    .arg(r.logrank->df)
                    .arg(esc(pValueText(r.logrank->p)));
    if (r.cox)
        html += QStringLiteral("<p>Cox model (ties: %1): likelihood-ratio \u03c7\u00b2 = %2 on %3 df, p = %4.</p>")
                    .arg(r.options.ties == stats::Ties::Breslow ? QStringLiteral("Breslow") : QStringLiteral("Efron"))
                    .arg(number(r.cox->lrChisq))
                    .arg(r.cox->df)
                    .arg(esc(pValueText(r.cox->lrP)));
    return html;
}

class Builder {
public:
    explicit Builder(ReportContent& out) : m_out(out) {}

    void heading(const QString& text, int level) {
        m_out.blocks.push_back({ReportBlock::Kind::Heading, text, {}, anchor(), level, {}});
    }
    void text(const QString& html) { m_out.blocks.push_back({ReportBlock::Kind::Text, html, {}, {}, 1, {}}); }
    void table(const QString& html, const QString& caption, bool wide = false) {
        const QString numbered = QObject::tr("Table %1. %2").arg(++m_out.tables).arg(caption);
        m_out.blocks.push_back({ReportBlock::Kind::Table, html, numbered, anchor(), 1, {}, wide});
    }
    // The view `name` of `study` drawn from export option `words`; false (nothing added) when the
    // view cannot show it, with the reason in `why`.
    bool figure(const StudyData& study, std::string_view name, const std::vector<std::string>& words,
                const QString& caption, QString& why) {
        FigureOptions o;
        o.widthMm = kReportFigureWidthMm;
        o.heightMm = kReportFigureHeightMm;
        auto plot = std::make_shared<QCustomPlot>();
        plot->resize(o.logicalSize());
        try {
            findView(name)->drawFigure(plot.get(), study, Args(words), PlotStyle::light());
        } catch (const std::exception& e) {
            why = QString::fromUtf8(e.what());
            return false;
        }
        const QString numbered = QObject::tr("Figure %1. %2").arg(++m_out.figures).arg(caption);
        // Notes the figure has no room for are printed under its caption.
        const QString notes =
            FigureExporter({plot.get()}, PlotStyle::light()).fit(o).notesNotDrawn.join(QStringLiteral("; "));
        m_out.blocks.push_back({ReportBlock::Kind::Figure, notes, numbered, anchor(), 1, std::move(plot)});
        return true;
    }

private:
    QString anchor() { return QStringLiteral("s%1").arg(++m_anchors); }
    ReportContent& m_out;
    int m_anchors = 0;
};

void titlePage(Builder& b, const StudyData& s) {
    const StudyInfo& i = s.info;
    QString html = QStringLiteral("<table class=\"facts\" border=\"0\" cellspacing=\"0\" cellpadding=\"2\">");
    auto row = [&html](const QString& name, const std::string& value) {
        if (!value.empty())
            html += QStringLiteral("<tr><th align=\"left\">%1</th><td>%2</td></tr>").arg(name, esc(q(value)));
    };
    row(QObject::tr("Study"), i.id);
    row(QObject::tr("Citation"), i.citation);
    row(QObject::tr("Registry"), i.registry);
    row(QObject::tr("DOI"), i.doi);
    row(QObject::tr("Design"), i.design);
    row(QObject::tr("Population"), i.population);
    std::string arms;
    for (const Arm& a : i.arms) arms += (arms.empty() ? "" : "; ") + (a.label.empty() ? a.code : a.label);
    row(QObject::tr("Arms"), arms);
    row(QObject::tr("Subjects"), s.subjects.empty() ? std::string() : std::to_string(s.subjects.size()));
    row(QObject::tr("Data fingerprint (SHA-256)"), i.dataSha256);
    html += QStringLiteral("</table>");
    // The provenance of every dataset the study holds.
    html += QObject::tr("<p><b>Data</b></p><ul>");
    // Each dataset's count and the provenances its rows carry, in first-seen order.
    auto data = [&html](const QString& what, const auto& rows) {
        if (rows.empty()) return;
        QStringList kinds;
        for (const auto& record : rows) {
            const QString kind = q(std::string(provenances().name(record.provenance)));
            if (!kinds.contains(kind)) kinds << kind;
        }
        html += QStringLiteral("<li>%1: %2 (%3)</li>").arg(what).arg(rows.size()).arg(kinds.join(QStringLiteral(", ")));
    };
    if (!s.subjects.empty())
        html += QObject::tr("<li>ADSL subjects: %1 (%2)</li>")
                    .arg(s.subjects.size())
                    .arg(q(std::string(provenances().name(i.adslProvenance))));
    data(QObject::tr("ADTTE records"), s.tte);
    data(QObject::tr("ADLB records"), s.labs);
    data(QObject::tr("ADAE records"), s.aes);
    data(QObject::tr("published survival points"), s.survPoints);
    data(QObject::tr("published lab summaries"), s.labSummaries);
    data(QObject::tr("published adverse-event counts"), s.aeCounts);
    data(QObject::tr("published baseline cells"), s.baseline);
    html += QStringLiteral("</ul>");
    if (!i.notes.empty()) html += QStringLiteral("<p>%1</p>").arg(esc(q(i.notes)));
    b.text(html);
}

void survivalSection(Builder& b, const StudyData& s) {
    b.heading(QObject::tr("Survival"), 2);
    const auto endpoints = survivalEndpoints(s);
    if (endpoints.empty()) return b.text(QObject::tr("<p>The study has no time-to-event data.</p>"));
    for (const auto& [code, label] : endpoints) {
        const QString name = esc(q(label.empty() ? code : label + " (" + code + ")"));
        QString why;
        if (!b.figure(
                s, "km", {"--endpoint", code},
                QObject::tr("%1: Kaplan\u2013Meier estimate by arm, with 95% CI and the number at risk.").arg(name),
                why)) {
            b.text(QObject::tr("<p>%1: %2</p>").arg(name, esc(why)));
            continue;
        }
        SurvivalOptions o;
        o.endpoint = code;
        try {
            b.table(survivalTable(analyseSurvival(s, o)),
                    QObject::tr("%1: medians, hazard ratios and tests.").arg(name));
        } catch (const std::exception& e) {
            b.text(QObject::tr("<p>%1: %2</p>").arg(name, esc(QString::fromUtf8(e.what()))));
        }
    }
}

void labsSection(Builder& b, const StudyData& s) {
    b.heading(QObject::tr("Laboratory values"), 2);
    const auto params = labParameters(s);
    if (params.empty()) return b.text(QObject::tr("<p>The study has no laboratory data.</p>"));
    for (const auto& [code, label] : params) {
        const QString name = esc(q(label.empty() || label == code ? code : label));
        QString why;
        if (!b.figure(s, "labs", {"--param", code}, QObject::tr("%1 by visit and arm.").arg(name), why))
            b.text(QObject::tr("<p>%1: %2</p>").arg(name, esc(why)));
    }
}

template <class Model, class Analyse>
void tableSection(Builder& b, const QString& heading, const QString& caption, Analyse analyse) {
    b.heading(heading, 2);
    try {
        const auto report = analyse();
        Model model;
        model.setReport(report);
        const bool wide = wideTable(model);
        b.table(htmlTable(model, wide),
                caption + QStringLiteral(" ") + ProvenanceBanner::provenanceText(report.provenance, report.source),
                wide);
    } catch (const std::exception& e) {
        b.text(QStringLiteral("<p>%1</p>").arg(esc(QString::fromUtf8(e.what()))));
    }
}

void liverSection(Builder& b, const StudyData& s) {
    LiverReport report;
    try {
        report = analyseLiver(s, {});
    } catch (const std::exception&) {
        return;  // no subject-level liver tests: no section (the contents do not promise one)
    }
    b.heading(QObject::tr("Liver safety"), 2);
    QString why;
    if (!b.figure(s, "edish", {},
                  QObject::tr("eDISH: peak ALT against peak total bilirubin per subject, multiples of ULN, with the "
                              "Hy's law quadrants."),
                  why))
        b.text(QStringLiteral("<p>%1</p>").arg(esc(why)));
    QuadrantTableModel model;
    model.setReport(report);
    const bool wide = wideTable(model);
    b.table(htmlTable(model, wide), QObject::tr("Subjects by eDISH quadrant and arm."), wide);
}

// The population the report's table of `s` uses: the first of `preferred` the study has (the view's
// default, e.g. SAFFL for adverse events), else all subjects.
std::string reportPopulation(const StudyData& s, std::initializer_list<const char*> preferred) {
    const std::vector<std::string> flags = populationFlags(s);
    for (const char* flag : preferred)
        if (std::find(flags.begin(), flags.end(), flag) != flags.end()) return flag;
    return {};
}

// " (safety population)" for a caption, nothing for all subjects.
QString populationClause(const std::string& flag) {
    return flag.empty() ? QString() : QStringLiteral(" (%1)").arg(q(populationName(flag)));
}

}  // namespace

ReportContent ReportContent::of(const std::vector<std::shared_ptr<const StudyData>>& studies) {
    ReportContent out;
    QStringList ids;
    for (const auto& s : studies) ids << q(s->info.id);
    out.title = QObject::tr("TrialScope report: %1").arg(ids.join(QStringLiteral(", ")));
    Builder b(out);
    for (const auto& study : studies) {
        const StudyData& s = *study;
        out.blocks.push_back(
            {ReportBlock::Kind::StudyTitle, q(s.info.title.empty() ? s.info.id : s.info.title), {}, {}, 1, {}});
        b.heading(q(s.info.id), 1);
        titlePage(b, s);
        survivalSection(b, s);
        labsSection(b, s);
        AeOptions ae;
        ae.population = reportPopulation(s, {"SAFFL"});
        tableSection<AeTableModel>(b, QObject::tr("Adverse events"),
                                   QObject::tr("Subjects with adverse events, n (%), and events by system organ class "
                                               "and preferred term%1.")
                                       .arg(populationClause(ae.population)),
                                   [&s, &ae] { return analyseAdverseEvents(s, ae); });
        const std::string baseline = reportPopulation(s, {"ITTFL", "SAFFL"});
        tableSection<BaselineTableModel>(
            b, QObject::tr("Baseline characteristics"),
            QObject::tr("Baseline characteristics by arm (Table 1)%1.").arg(populationClause(baseline)),
            [&s, &baseline] { return analyseBaseline(s, "", baseline, {}, DataSource::Auto); });
        liverSection(b, s);
    }
    return out;
}

std::vector<const ReportBlock*> ReportContent::contents() const {
    std::vector<const ReportBlock*> out;
    for (const ReportBlock& b : blocks)
        if (!b.anchor.isEmpty()) out.push_back(&b);
    return out;
}

}  // namespace ts
