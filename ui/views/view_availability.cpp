#include "ui/views/view_availability.h"

#include <algorithm>

namespace ts {

namespace {

bool holds(const StudySummary& s, const char* kind) {
    return std::find(s.datasets.begin(), s.datasets.end(), kind) != s.datasets.end();
}

QString list(const std::vector<std::string>& items, std::size_t most) {
    QStringList out;
    for (std::size_t i = 0; i < items.size() && i < most; ++i) out << QString::fromStdString(items[i]);
    if (items.size() > most) out << QStringLiteral("\u2026");
    return out.join(QStringLiteral(", "));
}

// What the view would show of this study (for the offer), e.g. "published summaries of ALT, AST".
QString detail(ViewId id, const StudySummary& s) {
    switch (id) {
    case ViewId::Survival:
        return holds(s, "adtte") ? QStringLiteral("Kaplan\u2013Meier curves of %1").arg(list(s.endpoints, 4))
                                 : QStringLiteral("published survival points");
    case ViewId::Labs:
        return (holds(s, "adlb") ? QStringLiteral("%1") : QStringLiteral("published summaries of %1"))
            .arg(list(s.labParams, 5));
    case ViewId::AdverseEvents:
        return s.aeRecords > 0 ? QStringLiteral("%1 adverse event records").arg(s.aeRecords)
                               : QStringLiteral("published adverse event counts");
    case ViewId::Baseline:
        return holds(s, "baseline") ? QStringLiteral("the published Table 1")
                                    : QStringLiteral("%1 subjects' characteristics").arg(s.subjects);
    case ViewId::Liver: return QStringLiteral("eDISH of ALT or AST against bilirubin");
    case ViewId::Profile: return QStringLiteral("one subject's labs, events and outcomes");
    }
    return {};
}

QString lacks(ViewId id, const QString& study) {
    switch (id) {
    case ViewId::Survival: return QStringLiteral("%1 has no patient-level time-to-event data.").arg(study);
    case ViewId::Labs: return QStringLiteral("%1 has no laboratory data.").arg(study);
    case ViewId::AdverseEvents: return QStringLiteral("%1 has no adverse event data.").arg(study);
    case ViewId::Baseline: return QStringLiteral("%1 has no subject-level or published baseline data.").arg(study);
    case ViewId::Liver:
        return QStringLiteral("%1 has no subject-level laboratory data for the liver views.").arg(study);
    case ViewId::Profile: return QStringLiteral("%1 has no subject-level data.").arg(study);
    }
    return {};
}

}  // namespace

bool viewHasData(ViewId id, const StudySummary& s) {
    switch (id) {
    case ViewId::Survival: return holds(s, "adtte");
    case ViewId::Labs: return !s.labParams.empty();
    case ViewId::AdverseEvents: return s.aeRecords > 0 || holds(s, "ae_counts");
    case ViewId::Baseline: return s.subjects > 0 || holds(s, "baseline");
    // Which tests are ALT, AST and bilirubin the liver view finds by name or the user maps
    // (Settings::liverParams); it says itself what it lacks. Covered only without ADLB.
    case ViewId::Liver: return holds(s, "adlb");
    case ViewId::Profile: return s.subjects > 0;
    }
    return false;
}

ViewOffer viewOffer(ViewId id, const StudySummary& s) {
    ViewOffer offer;
    if (viewHasData(id, s)) return offer;
    offer.message = lacks(id, QString::fromStdString(s.info.id));
    for (const ViewSpec& spec : viewRegistry())
        if (spec.id != id && spec.id != ViewId::Profile && viewHasData(spec.id, s)) {
            offer.views << QString::fromUtf8(spec.title);
            offer.details << detail(spec.id, s);
        }
    return offer;
}

}  // namespace ts
