// The labs view's R code... (ui/common/r_code_dialog.h over core/report/lab_r_code.h): the code of
// the view's analysis with the options set in the view, saved with the records it reads; disabled,
// and saying why, for a study whose labs are published summaries.
#include <catch2/catch.hpp>

#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>

#include "tests/ui/view_fixture.h"
#include "ui/common/r_code_dialog.h"
#include "ui/labs/labs_view.h"

using namespace ts;

TEST_CASE("LabsView: R code... carries the view's summary and scale and saves the analysed records",
          "[labs][view][rcode]") {
    test::application();
    LabsView view;
    REQUIRE(test::showWithStudy(view, test::sampleStudy("shi2021"), {1300, 850}));
    REQUIRE(view.setParameter(QStringLiteral("TBIL")));
    view.setSummary(LabSummaryKind::MeanSe);
    view.setScale(LabScale::Change);
    while (view.busy() || !view.report() || view.report()->options.scale != LabScale::Change ||
           view.report()->options.summary != LabSummaryKind::MeanSe)
        REQUIRE(test::waitShown(view));
    REQUIRE(view.findChild<QPushButton*>(QStringLiteral("rCodeButton"))->isEnabled());

    RCodeDialog* dialog = view.showRCode();
    REQUIRE(dialog);
    const QString code = dialog->code();
    CHECK(code.contains("read.csv(\"SHI2021_labs_TBIL_data.csv\""));
    CHECK(code.contains("d$value <- ifelse(is.na(d$chg), d$aval - d$base, d$chg)"));
    CHECK(code.contains("sd(x) / sqrt(length(x))"));
    CHECK(code.contains("t.test(value ~ group, data = e)$p.value"));

    QTemporaryDir dir;
    REQUIRE(dialog->save(dir.filePath("tbil.R")).isEmpty());
    QFile data(dir.filePath("tbil_data.csv"));
    REQUIRE(data.open(QIODevice::ReadOnly));
    const QStringList rows = QString::fromUtf8(data.readAll()).split('\n', Qt::SkipEmptyParts);
    CHECK(rows.front() == "group,visit,aval,base,chg");
    int summarised = 0;  // every record the view's points count, once
    for (const LabGroup& g : view.report()->groups)
        for (const LabPoint& p : g.points) summarised += p.n;
    CHECK(rows.size() == 1 + summarised);
    dialog->close();
}

TEST_CASE("LabsView: R code... is off for published summaries", "[labs][view][rcode]") {
    test::application();
    LabsView view;
    REQUIRE(test::showWithStudy(view, test::sampleStudy("jia2020"), {1300, 850}));
    const auto* button = view.findChild<QPushButton*>(QStringLiteral("rCodeButton"));
    CHECK_FALSE(button->isEnabled());
    CHECK(button->toolTip().contains("published"));
    QSignalSpy status(&view, &LabsView::status);
    CHECK(view.showRCode() == nullptr);
    REQUIRE(status.count() == 1);
    CHECK(status.front().front().toString().contains("JIA2020 has no patient-level"));
}
