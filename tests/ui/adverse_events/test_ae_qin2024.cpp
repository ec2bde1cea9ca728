// Adverse events of an aggregate-only study: sample_trials/qin2024 holds the paper's Table 1 (events
// by group: total, by grade 1-4, by relatedness; subjects not given). AdverseEventsView must show
// those counts as published, and say why when a split is not in the paper.
#include <catch2/catch.hpp>

#include <utility>

#include <QTableView>

#include "tests/ui/table_page_fixture.h"
#include "tests/ui/view_fixture.h"
#include "ui/adverse_events/adverse_events_view.h"
#include "ui/common/provenance_banner.h"

using namespace ts;

namespace {

// Events per group (columns 4, 6, 8 when split by grade or relatedness) of the "Any adverse event"
// row whose split column (2) reads `split`; empty when there is no such row.
QStringList anyEventRow(const QAbstractItemModel& m, const QString& split) {
    for (int r = 0; r < m.rowCount(); ++r)
        if (m.index(r, 1).data().toString() == "Any adverse event" && m.index(r, 2).data().toString() == split)
            return {m.index(r, 4).data().toString(), m.index(r, 6).data().toString(), m.index(r, 8).data().toString()};
    return {};
}

}  // namespace

TEST_CASE("AdverseEventsView: qin2024 published Table 1 counts", "[ae][view][samples]") {
    test::application();
    const auto study = test::sampleStudy("qin2024");
    REQUIRE(study);
    AdverseEventsView view;
    REQUIRE(test::showStudy(view, study, {1280, 800}));
    QSignalSpy shown(&view, &AdverseEventsView::reportShown);
    const QAbstractItemModel& m = *view.tableModel();
    // ADSL: 8 per group (SAFFL); the paper gives no subject counts, so n (%) is a dash.
    CHECK(m.headerData(2, Qt::Horizontal, Qt::DisplayRole).toString() == "Low dose\nN = 8\nn (%)");
    CHECK(m.headerData(4, Qt::Horizontal, Qt::DisplayRole).toString() == "Medium dose\nN = 8\nn (%)");
    CHECK(m.headerData(6, Qt::Horizontal, Qt::DisplayRole).toString() == "High dose\nN = 8\nn (%)");
    CHECK(m.index(0, 0).data().toString() == "Any adverse event");
    // Table 1, total events: 63, 34, 54.
    CHECK(QStringList{m.index(0, 2).data().toString(), m.index(0, 3).data().toString(), m.index(0, 5).data().toString(),
                      m.index(0, 7).data().toString()} == QStringList{"–", "63", "34", "54"});
    CHECK(view.findChild<ProvenanceBanner*>()->text().contains("Table 1"));
    CHECK_FALSE(view.overviewTable().isVisible());  // published counts: no subject-level overview

    view.setByGrade(true);
    REQUIRE(shown.wait(20000));
    // Table 1 by grade: 1: 33/18/24, 2: 24/10/16, 3: 6/5/13, 4: 0/1/1.
    const std::pair<QString, QStringList> byGrade[] = {
        {"1", {"33", "18", "24"}}, {"2", {"24", "10", "16"}}, {"3", {"6", "5", "13"}}, {"4", {"0", "1", "1"}}};
    for (const auto& [grade, events] : byGrade) CHECK(anyEventRow(m, grade) == events);

    view.setByGrade(false);
    REQUIRE(shown.wait(20000));
    view.setByRelated(true);
    REQUIRE(shown.wait(20000));
    // Table 1 by relatedness.
    const std::pair<QString, QStringList> byRelatedness[] = {{"absolutely relevant", {"0", "0", "0"}},
                                                             {"possibly relevant", {"4", "0", "0"}},
                                                             {"possibly irrelevant", {"1", "1", "0"}},
                                                             {"absolutely irrelevant", {"58", "33", "54"}}};
    for (const auto& [related, events] : byRelatedness) CHECK(anyEventRow(m, related) == events);
    CHECK(view.message().isEmpty());

    // The paper has no SOC totals: no table, and the page says why.
    view.setByRelated(false);
    REQUIRE(shown.wait(20000));
    QSignalSpy status(&view, &AdverseEventsView::status);
    view.setLevel(AeLevel::Soc);
    REQUIRE(status.wait(20000));
    CHECK(m.rowCount() == 0);
    CHECK(view.message().startsWith("The published adverse-event counts of QIN2024 have no rows at this level"));
    CHECK(view.table()->isHidden());
    view.setLevel(AeLevel::Term);
    REQUIRE(shown.wait(20000));
    CHECK(view.message().isEmpty());
    CHECK_FALSE(view.table()->isHidden());
    CHECK(m.index(0, 3).data().toString() == "63");
}
