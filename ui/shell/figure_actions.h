#pragma once
// FigureActions: the main window's figure commands, installed by one call from
// MainWindow::buildActions. It knows the window only through its page tabs and the open study, so
// the window includes it and not the other way round:
//   File > Export figure... (Ctrl+E)  the current page's figure through ExportDialog; a table page
//                                     (adverse events, baseline) exports as a rendered table
//   File > Copy figure (Ctrl+Shift+C) the same figure to the clipboard with the last export's size,
//                                     fonts and background (its own caption, no title)
//   File > Export table... (Ctrl+Shift+E) the current page's table as CSV or as an RTF table for
//                                     documents (ui/common/rtf_table.h)
//   File > Export report...           every view of the open study as a PDF or HTML document
//                                     (ui/report/report_content.h)
//   View > Compare studies... (Ctrl+K) the comparison workspace (CompareView) over the library,
//                                     with its own export, copy and CSV buttons.
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>

#include "core/model/study_data.h"
#include "ui/common/study_source.h"
#include "ui/compare/compare_view.h"

class QCustomPlot;
class QMenu;
class QTabWidget;
class QWidget;

namespace ts {

class LibraryStore;
class ViewPage;

class FigureActions : public QObject {
    Q_OBJECT
public:
    using StudyGetter = std::function<std::shared_ptr<const StudySource>()>;
    // `pages` holds the window's ViewPages; `study` gives the study they show (nullptr: none).
    FigureActions(QWidget* window, QTabWidget* pages, StudyGetter study, std::shared_ptr<LibraryStore> store,
                  QMenu* file, QMenu* view);
    ~FigureActions() override;

    void exportFigure();
    void copyFigure();
    // The current page's table as CSV or RTF (File > Export table...).
    void exportTable();
    // The open study's report as PDF or HTML (File > Export report...).
    void exportReport();
    // Loads the library off the GUI thread, then opens the comparison workspace and, when given,
    // sets it to `arguments` (`export --view compare` options with --study; a figure's record, a
    // session). A request while the library loads is dropped.
    void compareStudies(std::vector<std::string> arguments = {});
    // The open comparison workspace; nullptr when none is open.
    CompareView* compareView() const { return m_compare; }

signals:
    // The workspace opened (and took its arguments).
    void compareOpened(ts::CompareView* view);

private:
    void openCompare(std::vector<std::shared_ptr<const StudyData>> library);
    // The figure of the current page; a table page is drawn into m_tableFigure. Empty when none.
    std::vector<QCustomPlot*> currentFigure();
    QString tableCaption(const ViewPage& page) const;  // the table figure's footnote: its data and citation

    QWidget* m_window;
    QTabWidget* m_pages;
    StudyGetter m_study;
    std::shared_ptr<LibraryStore> m_store;
    std::unique_ptr<QCustomPlot> m_tableFigure;
    QPointer<CompareView> m_compare;
    std::vector<std::string> m_compareArguments;  // for the workspace being opened
    QFutureWatcher<std::vector<std::shared_ptr<const StudyData>>> m_compareLoad;
};

}  // namespace ts
