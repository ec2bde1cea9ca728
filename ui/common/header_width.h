#pragma once
// headerWidth: the width a horizontal header section needs to show its text whole, line by line,
// in bold (a highlighted section's font), with room for the sort arrow only on the section that
// shows it. QHeaderView::sectionSizeHint reserves the arrow on every section of a sortable header
// and sizes it from the header's height, so a four-line arm header ("Xanomeline / Low Dose /
// N = 96 / n (%)") came out a third wider than its text and the table scrolled at 1366 px.
class QHeaderView;

namespace ts {

int headerWidth(const QHeaderView& header, int section);

}  // namespace ts
