// One p-value format everywhere (issue 20): "<0.001" below 0.001, else three significant digits.
// Before, the labs table printed 7.499e-23 and 0.0003905 while the AE table printed "<0.001".
#include <catch2/catch.hpp>

#include "core/analysis/lab_analysis.h"
#include "ui/common/p_value.h"
#include "ui/labs/lab_table_model.h"

using namespace ts;

TEST_CASE("pValueText: <0.001, else three significant digits", "[common]") {
    CHECK(pValueText(7.499e-23) == "<0.001");
    CHECK(pValueText(0.0003905) == "<0.001");
    CHECK(pValueText(0.000999) == "<0.001");
    CHECK(pValueText(0.001) == "0.00100");
    CHECK(pValueText(0.00105) == "0.00105");
    CHECK(pValueText(0.0493) == "0.0493");
    CHECK(pValueText(0.09996) == "0.100");
    CHECK(pValueText(0.592) == "0.592");
    CHECK(pValueText(0.5) == "0.500");
    CHECK(pValueText(0.9996) == "1.00");
    CHECK(pValueText(1) == "1.00");
}

TEST_CASE("the labs table prints p as the AE and baseline tables do", "[common][labs]") {
    LabReport r;
    LabPoint tiny, small;
    tiny.visit = "Week 2";
    tiny.n = 10;
    tiny.pValue = 7.499e-23;
    small.visit = "Week 4";
    small.n = 10;
    small.pValue = 0.0493;
    r.groups.push_back({"A", "#0072B2", {tiny, small}});
    LabTableModel model;
    model.setReport(r);
    CHECK(model.index(0, LabTableModel::PValue).data().toString() == "<0.001");
    CHECK(model.index(1, LabTableModel::PValue).data().toString() == "0.0493");
    CHECK(model.index(1, LabTableModel::PValue).data(Qt::UserRole).toDouble() == 0.0493);  // sorting keeps the number
}
