#pragma once
// armHeader: the header of a group's column in the adverse-event and baseline tables, as journals
// print it: the group name, broken at spaces into lines of at most 12 characters so that a
// long arm name ("Xanomeline High Dose") does not set the column's width, then "N = n" when the
// group size is known. Exports join the lines with spaces (CSV keeps them).
#include <optional>
#include <string>

#include <QString>

namespace ts {

QString armHeader(const std::string& name, std::optional<int> n);

}  // namespace ts
