#pragma once
// The one way TrialScope prints a p-value, in every table, statistics box and figure: below 0.001 as
// "<0.001", else with three significant digits ("0.592", "0.0493", "0.00105", "1.00"), as journals
// print them.
#include <QString>

namespace ts {

QString pValueText(double p);

}  // namespace ts
