#include "ui/survival/km_text.h"

#include <cmath>

#include <QCoreApplication>
#include <QStringList>

#include "core/analysis/adsl_label.h"
#include "ui/common/p_value.h"

namespace ts {

QString survivalTitle(const SurvivalReport& report) {
    QString title = QString::fromStdString(report.endpointLabel.empty() ? report.endpoint : report.endpointLabel) +
                    QCoreApplication::translate("KmText", " by ") + QString::fromStdString(report.byName);
    if (!report.options.population.empty())
        title += QStringLiteral(", ") + QString::fromStdString(populationName(report.options.population));
    if (report.competing)
        title +=
            QCoreApplication::translate("KmText", ", %1 as competing event").arg(competingEventName(*report.competing));
    return title;
}

QString formatP(double p) {
    const QString text = pValueText(p);
    return text.startsWith(QLatin1Char('<')) ? QStringLiteral("< 0.001") : QStringLiteral("= ") + text;
}

QString formatEstimate(std::optional<double> value, int decimals) {
    return value ? QString::number(*value, 'f', decimals) : QStringLiteral("NR");
}

int timeDecimals(double maxTime) {
    // Enough decimals to tell ticks apart: days need none, months and years one or two.
    if (maxTime >= 100) return 0;
    if (maxTime >= 10) return 1;
    return 2;
}

namespace {

QString ciText(double lower, double upper, int decimals) {
    return QString::number(lower, 'f', decimals) + QStringLiteral("\u2013") + QString::number(upper, 'f', decimals);
}

// A kernel note; the compact wording drops its parenthesised detail.
QString noteText(const std::string& note, bool compact) {
    const QString text = QString::fromStdString(note);
    const qsizetype cut = compact ? text.indexOf(QStringLiteral(" (")) : -1;
    return cut < 0 ? text : text.left(cut);
}

// The name of the test the report ran: log-rank, Fleming–Harrington weighted, stratified.
QString testName(const SurvivalOptions& o) {
    QString name = o.rho != 0 || o.gamma != 0
                       ? QStringLiteral("Fleming\u2013Harrington (\u03c1 = %1, \u03b3 = %2)").arg(o.rho).arg(o.gamma)
                       : QStringLiteral("Log-rank");
    if (!o.strata.empty()) name += QStringLiteral(" stratified by %1").arg(QString::fromStdString(o.strata));
    return name;
}

// Log-rank and Cox lines of one analysis (whole follow-up or one landmark part).
void testLines(QStringList& lines, const QString& prefix, const std::optional<stats::LogRankResult>& logrank,
               const std::optional<stats::CoxFit>& cox, const SurvivalReport& report, int levelPct, bool compact) {
    const std::string& reference = report.reference;
    if (logrank) lines << prefix + testName(report.options) + QStringLiteral(" p ") + formatP(logrank->p);
    if (!cox) return;
    if (cox->status == stats::CoxStatus::NoEvents) {
        lines << prefix + QStringLiteral("HR not estimable: ") + noteText(cox->note, compact);
        return;
    }
    const QString ref = QString::fromStdString(reference);
    if (compact) lines << prefix + QStringLiteral("HR vs %1 (%2% CI)").arg(ref).arg(levelPct);
    for (const stats::CoxTerm& t : cox->terms) {
        const QString name = QString::fromStdString(t.name);
        QString line =
            compact ? QStringLiteral("  %1: ").arg(name) : prefix + QStringLiteral("HR %1 vs %2: ").arg(name, ref);
        if (!t.estimable)  // the kernel's note says "not estimable: why"
            line += t.note.empty() ? QStringLiteral("not estimable") : noteText(t.note, compact);
        else
            line += QString::number(t.hr, 'f', 2) +
                    (compact ? QStringLiteral(" (") : QStringLiteral(" (%1% CI ").arg(levelPct)) +
                    ciText(t.lower, t.upper, 2) + QLatin1Char(')');
        lines << line;
    }
}

// RMST per group and each group against the reference, in the display unit.
void rmstLines(QStringList& lines, const SurvivalReport& report, double timeFactor, const QString& unitName,
               int levelPct) {
    if (!report.options.rmstTau) return;
    const double tau = *report.options.rmstTau * timeFactor;
    const int decimals = timeDecimals(std::max(tau, 1.0));
    auto t = [&](double v) { return QString::number(v * timeFactor, 'f', decimals); };
    lines << QStringLiteral("RMST to %1 %2 (%3% CI)").arg(t(*report.options.rmstTau), unitName).arg(levelPct);
    for (const SurvivalGroup& g : report.groups)
        if (g.rmst)
            lines << QStringLiteral("  %1: %2 (%3\u2013%4)")
                         .arg(QString::fromStdString(g.name), t(g.rmst->estimate), t(g.rmst->lower), t(g.rmst->upper));
    for (const RmstContrast& c : report.rmstDiff)
        lines << QStringLiteral("  %1 \u2212 %2: %3 (%4 to %5), p %6")
                     .arg(QString::fromStdString(c.group), QString::fromStdString(c.reference), t(c.diff), t(c.lower),
                          t(c.upper), formatP(c.p));
}

// A competing-risks report: each group's events of both kinds, then Gray's test.
QString competingText(const SurvivalReport& report, const CompetingPart& c, bool compact) {
    QStringList lines;
    const QString other = competingEventName(c);
    lines << (compact
                  ? QStringLiteral("Events / %1").arg(other)
                  : QStringLiteral("%1 events / %2 (competing)").arg(QString::fromStdString(report.endpoint), other));
    for (const SurvivalGroup& g : report.groups)
        lines << QStringLiteral("  %1: %2 / %3 of %4")
                     .arg(QString::fromStdString(g.name))
                     .arg(std::llround(g.fit.events))
                     .arg(g.competingEvents)
                     .arg(std::llround(g.fit.n));
    if (c.gray && c.gray->defined) lines << QStringLiteral("Gray's test p ") + formatP(c.gray->p);
    else if (c.gray) lines << QStringLiteral("Gray's test not defined");
    return lines.join(QLatin1Char('\n'));
}

}  // namespace

QString kmStatsText(const SurvivalReport& report, double timeFactor, const QString& unitName, bool compact) {
    if (report.competing) return competingText(report, *report.competing, compact);
    const int levelPct = static_cast<int>(std::lround(report.options.level * 100));
    double maxMedian = 0;
    for (const SurvivalGroup& g : report.groups)
        if (g.median.estimate) maxMedian = std::max(maxMedian, *g.median.estimate * timeFactor);
    const int decimals = timeDecimals(std::max(maxMedian, 1.0));
    auto scaled = [timeFactor](std::optional<double> v) {
        return v ? std::optional<double>(*v * timeFactor) : std::nullopt;
    };

    QStringList lines;
    lines << QStringLiteral("Median, %1 (%2% CI)").arg(unitName).arg(levelPct);
    for (const SurvivalGroup& g : report.groups)
        lines << QStringLiteral("  %1: %2 (%3\u2013%4)")
                     .arg(QString::fromStdString(g.name), formatEstimate(scaled(g.median.estimate), decimals),
                          formatEstimate(scaled(g.median.lower), decimals),
                          formatEstimate(scaled(g.median.upper), decimals));
    testLines(lines, QString(), report.logrank, report.cox, report, levelPct, compact);
    if (report.trend) lines << QStringLiteral("Trend (%1) p ").arg(testName(report.options)) + formatP(report.trend->p);
    if (report.options.landmark) {
        const QString at =
            QString::number(*report.options.landmark * timeFactor, 'f', decimals) + QLatin1Char(' ') + unitName;
        if (report.before)
            testLines(lines, QStringLiteral("Before %1: ").arg(at), report.before->logrank, report.before->cox, report,
                      levelPct, compact);
        if (report.after)
            testLines(lines, QStringLiteral("After %1: ").arg(at), report.after->logrank, report.after->cox, report,
                      levelPct, compact);
    }
    rmstLines(lines, report, timeFactor, unitName, levelPct);
    return lines.join(QLatin1Char('\n'));
}

QString kmStatsBrief(const SurvivalReport& report) {
    if (report.competing) {
        const auto& gray = report.competing->gray;
        return gray && gray->defined ? QStringLiteral("Gray's test p ") + formatP(gray->p) : QString();
    }
    return report.logrank ? testName(report.options) + QStringLiteral(" p ") + formatP(report.logrank->p) : QString();
}

QString competingEventName(const CompetingPart& c) {
    if (c.endpoint == "OS") return QStringLiteral("death");
    return QString::fromStdString(c.label.empty() ? c.endpoint : c.label).toLower();
}

QString provenanceName(Provenance provenance) {
    return QString::fromUtf8(provenances().name(provenance).data(),
                             static_cast<int>(provenances().name(provenance).size()));
}

QString provenanceFooter(const QString& provenance, const QString& citation) {
    QString text = QStringLiteral("Data: ") + provenance;
    if (!citation.isEmpty()) text += QStringLiteral(" \u00b7 ") + citation;
    return text;
}

}  // namespace ts
