#pragma once
// labelText: a variable label as read from a file (an XPT or SAS7BDAT variable label, a
// Dataset-JSON column "label", a define.xml Description), made fit to show: surrounding white space
// trimmed and inner runs of white space (line breaks of an indented XML text) made one space.
// Returns "" for a label that is not valid UTF-8 or holds control characters (a damaged file): the
// variable is then named by the dictionary or its name, and the import goes on.
#include <string>
#include <string_view>

namespace ts {

// The longest label kept, in bytes (cut at a character boundary): define.xml descriptions may be
// paragraphs, but a selector or a table header shows a line.
inline constexpr std::size_t kMaxLabelBytes = 200;

std::string labelText(std::string_view raw);

}  // namespace ts
