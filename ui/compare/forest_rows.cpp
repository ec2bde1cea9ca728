#include "ui/compare/forest_rows.h"

#include <map>
#include <set>

#include "core/analysis/adsl_label.h"
#include "core/analysis/analysis_error.h"
#include "core/analysis/subgroup_interaction.h"
#include "core/analysis/survival_analysis.h"
#include "ui/common/p_value.h"

namespace ts {

namespace {

// A forest row and, when `input` is given, its meta-analysis input from one Cox term (coef = log
// HR, se from coxph).
void addTerm(ForestData& data, std::vector<stats::MetaStudy>* input, const QString& label, const stats::CoxTerm* term,
             const QColor& colour) {
    ForestRow row{label, {}, {}, {}, {}, colour};
    if (term && term->estimable && term->se > 0) {
        row.hr = term->hr;
        row.lower = term->lower;
        row.upper = term->upper;
    } else {
        row.note = term ? QString::fromStdString(term->note) : QStringLiteral("no Cox model");
    }
    // A non-estimable term goes in with se 0: metaAnalysis leaves it out with a note.
    if (input)
        input->push_back({label.toStdString(), term ? term->coef : 0.0, term && term->estimable ? term->se : 0.0});
    data.rows.push_back(std::move(row));
}

const stats::CoxTerm* termOf(const SurvivalReport& r, const std::string& group) {
    if (!r.cox) return nullptr;
    for (const stats::CoxTerm& t : r.cox->terms)
        if (t.name == group) return &t;
    return nullptr;
}

}  // namespace

ForestData forestAcrossStudies(const Comparison& c, bool pool, double level) {
    ForestData data;
    data.title = QStringLiteral("%1: hazard ratio vs each study's control arm").arg(QString::fromStdString(c.endpoint));
    std::vector<stats::MetaStudy> input;
    QStringList sources, several;
    for (const ComparedStudy& s : c.studies) {
        int contrasts = 0;
        for (size_t g = 0; g < s.report.groups.size(); ++g) {
            const std::string& name = s.report.groups[g].name;
            if (!s.shown[g] || name == s.report.reference) continue;
            addTerm(data, &input,
                    QStringLiteral("%1: %2 vs %3")
                        .arg(QString::fromStdString(s.study->info.id), QString::fromStdString(name),
                             QString::fromStdString(s.report.reference)),
                    termOf(s.report, name), QColor(QString::fromStdString(s.colours[g])));
            ++contrasts;
        }
        if (contrasts != 1) several << QString::fromStdString(s.study->info.id);
        sources << QStringLiteral("%1 (%2): %3")
                       .arg(QString::fromStdString(s.study->info.id),
                            QString::fromStdString(std::string(provenances().name(s.report.provenance))),
                            QString::fromStdString(s.study->info.citation));
    }
    if (pool && several.isEmpty()) {
        data.meta = stats::metaAnalysis(input, level);
        data.effect = QStringLiteral(
            "Hazard ratio, experimental vs control (< 1 favours experimental | > 1 favours "
            "control)");
    } else {
        data.effect = QStringLiteral("Hazard ratio vs the study's control arm (< 1 favours the arm named first)");
        data.meta.note = pool ? QStringLiteral("Not pooled: %1 must show one experimental arm beside its control")
                                    .arg(several.join(QStringLiteral(", ")))
                                    .toStdString()
                              : "Not pooled: the contrasts are pooled only when declared comparable (Pool, with one "
                                "experimental arm vs its control per study)";
    }
    data.footnote = QStringLiteral("Data: ") + sources.join(QStringLiteral("; "));
    return data;
}

ForestData forestSubgroups(const StudyData& study, const std::string& endpoint, const std::string& variable,
                           const std::string& by, double level) {
    std::map<std::string, std::set<std::string>> subjectsOf;  // level -> USUBJIDs
    bool known = false;
    for (const Subject& s : study.subjects) {
        auto it = s.vars.find(variable);
        if (it == s.vars.end()) continue;
        known = true;
        if (!it->second.empty()) subjectsOf[it->second].insert(s.usubjid);
    }
    if (!known) throw AnalysisError("no ADSL variable " + variable + " in study " + study.info.id);
    if (subjectsOf.size() < 2) throw AnalysisError(variable + " has fewer than 2 levels in study " + study.info.id);

    const std::string variableLabel = adslVariableLabel(study.info, variable);
    const std::string named = variableLabel.empty() ? variable : variableLabel;  // the rows' "Sex = F"
    ForestData data;
    data.title = QStringLiteral("%1 %2 by %3")
                     .arg(QString::fromStdString(study.info.id), QString::fromStdString(endpoint),
                          QString::fromStdString(variableChoice(study.info, variable)));
    QString compared, reference;  // the arms of the first level's HR: the direction of every row
    for (const auto& [value, ids] : subjectsOf) {
        StudyData part;
        part.info = study.info;
        for (const Subject& s : study.subjects)
            if (ids.count(s.usubjid)) part.subjects.push_back(s);
        for (const TteRecord& r : study.tte)
            if (ids.count(r.usubjid)) part.tte.push_back(r);
        SurvivalOptions o;
        o.endpoint = endpoint;
        o.by = by;
        o.level = level;
        const SurvivalReport r = analyseSurvival(part, o);
        // Two-arm subgroup: the one term; more arms: the first non-reference arm.
        const stats::CoxTerm* term = r.cox && !r.cox->terms.empty() ? &r.cox->terms.front() : nullptr;
        QString label = QStringLiteral("%1 = %2 (n = %3)")
                            .arg(QString::fromStdString(named), QString::fromStdString(value))
                            .arg(ids.size());
        if (term) {
            label += QStringLiteral(": %1 vs %2")
                         .arg(QString::fromStdString(term->name), QString::fromStdString(r.reference));
            if (compared.isEmpty()) {
                compared = QString::fromStdString(term->name);
                reference = QString::fromStdString(r.reference);
            }
        }
        addTerm(data, nullptr, label, term, QColor());
    }
    // The subgroups split one study: their HRs are not several estimates of one effect to pool but
    // one effect that may differ between levels, which the interaction test asks.
    const InteractionTest t = subgroupInteraction(study, endpoint, variable, by);
    data.interaction =
        QStringLiteral("Treatment \u00d7 %1 interaction: likelihood-ratio \u03c7\u00b2 = %2 on %3 df, p = %4 (n = %5)")
            .arg(QString::fromStdString(variableChoice(study.info, variable)))
            .arg(t.chisq, 0, 'f', 2)
            .arg(t.df)
            .arg(pValueText(t.p))
            .arg(t.n);
    if (!reference.isEmpty() && !compared.isEmpty())
        data.effect =
            QStringLiteral("Hazard ratio, %1 vs %2 (< 1 favours %1 | > 1 favours %2)").arg(compared, reference);
    data.footnote = QStringLiteral("Data: %1 \u00b7 %2")
                        .arg(QString::fromStdString(std::string(provenances().name(study.info.provenance))),
                             QString::fromStdString(study.info.citation));
    return data;
}

}  // namespace ts
