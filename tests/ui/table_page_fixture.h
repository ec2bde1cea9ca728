#pragma once
// Shared by the adverse-event and baseline view tests: shows a study in a table page at a given
// size and waits for its background analysis.
#include <memory>
#include <utility>

#include <QSignalSpy>
#include <QSize>

#include "ui/common/table_page.h"

namespace ts::test {

// Shows `page` at `size`, gives it `study` and waits until its report is on screen.
inline bool showStudy(TablePage& page, std::shared_ptr<const StudyData> study, QSize size) {
    page.resize(size);
    page.show();
    QSignalSpy shown(&page, &TablePage::reportShown);
    page.setStudy(std::move(study));
    return shown.wait(30000);
}

}  // namespace ts::test
