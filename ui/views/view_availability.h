#pragma once
// Which views of a study have something to show, from its library summary alone (nothing loaded),
// and the sentence a view without data shows instead of empty controls: what the study lacks for
// it and which views do show its data ("JIA2020 has no patient-level time-to-event data. It has:
// Labs (published summaries), Baseline (published Table 1).").
#include <QString>
#include <QStringList>

#include "core/store/store.h"
#include "ui/views/view_registry.h"

namespace ts {

bool viewHasData(ViewId id, const StudySummary& study);

struct ViewOffer {
    QString message;      // what the study lacks for the view (plain text)
    QStringList views;    // titles of the views that have data, in tab order
    QStringList details;  // per view: what it would show ("published summaries of ALT, AST")
};

// Empty message when the view has data.
ViewOffer viewOffer(ViewId id, const StudySummary& study);

}  // namespace ts
