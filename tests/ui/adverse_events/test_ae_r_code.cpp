// The adverse-event view's R code... (ui/common/r_code_dialog.h over core/report/ae_r_code.h): the
// code of the tables shown with the options set in the view, saved with the records it reads; off,
// and saying why, while the view shows published counts.
#include <catch2/catch.hpp>

#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>

#include "core/analysis/ae_rows.h"
#include "tests/ui/view_fixture.h"
#include "ui/adverse_events/adverse_events_view.h"
#include "ui/adverse_events/ae_table_model.h"
#include "ui/common/r_code_dialog.h"

using namespace ts;

TEST_CASE("AdverseEventsView: R code... carries the view's options and saves the records", "[ae][view][rcode][cdisc]") {
    test::application();
    AdverseEventsView view;
    const auto pilot = test::pilotStudy();
    REQUIRE(test::showWithStudy(view, pilot, {1300, 850}));
    view.setWorstSeverity(true);
    REQUIRE(test::waitShown(view));
    view.setSeriousOnly(true);
    REQUIRE(test::waitShown(view));
    while (view.busy()) REQUIRE(test::waitShown(view));
    const AeOptions& shown = view.model().report().options;
    REQUIRE((shown.highest && shown.seriousOnly));
    REQUIRE(view.findChild<QPushButton*>(QStringLiteral("rCodeButton"))->isEnabled());

    RCodeDialog* dialog = view.showRCode();
    REQUIRE(dialog);
    const QString code = dialog->code();
    CHECK(code.contains("read.csv(\"CDISCPILOT01_ae_data.csv\""));
    CHECK(code.contains("e <- e[e$aeser %in% \"Y\", ]"));
    CHECK(code.contains("highest(e, \"*|||\""));
    CHECK(code.contains("kinds <- list("));  // the overview is shown
    CHECK(code.contains("population SAFFL = Y applied"));

    QTemporaryDir dir;
    REQUIRE(dialog->save(dir.filePath("ae.R")).isEmpty());
    QFile data(dir.filePath("ae_data.csv"));
    REQUIRE(data.open(QIODevice::ReadOnly));
    const QStringList rows = QString::fromUtf8(data.readAll()).split('\n', Qt::SkipEmptyParts);
    CHECK(rows.front().startsWith("subject,group,event,aebodsys,aedecod,"));
    CHECK(rows.size() == 1 + static_cast<int>(aeRows(*pilot, shown).rows.size()));
    dialog->close();
}

TEST_CASE("AdverseEventsView: R code... is off while published counts are shown", "[ae][view][rcode]") {
    test::application();
    AdverseEventsView view;
    REQUIRE(test::showWithStudy(view, test::sampleStudy("shi2021"), {1300, 850}));
    REQUIRE(view.model().report().options.source == DataSource::Published);  // the paper's table first
    const auto* button = view.findChild<QPushButton*>(QStringLiteral("rCodeButton"));
    CHECK_FALSE(button->isEnabled());
    CHECK(button->toolTip().contains("published"));
}
