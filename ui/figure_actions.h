#pragma once
// FigureActions: the main window's figure commands, installed by one call from
// MainWindow::buildActions (so the window's own code stays as it was):
//   File > Export figure... (Ctrl+E)  the current page's figure through ExportDialog; a table page
//                                     (adverse events, baseline) exports as a rendered table
//   File > Copy figure (Ctrl+Shift+C) the same figure to the clipboard with the last export's size,
//                                     fonts and background (its own caption, no title)
//   View > Compare studies... (Ctrl+K) the comparison workspace (CompareView) over the library,
//                                     with its own export, copy and CSV buttons.
#include <memory>
#include <vector>

#include <QObject>
#include <QString>

#include "core/model/study_data.h"

class QCustomPlot;
class QMenu;

namespace ts {

class LibraryStore;
class MainWindow;

class FigureActions : public QObject {
    Q_OBJECT
public:
    FigureActions(MainWindow* window, LibraryStore* store, QMenu* file, QMenu* view);

    void exportFigure();
    void copyFigure();
    void compareStudies();

private:
    // The figure of the current page; a table page is drawn into m_tableFigure. Empty when none.
    std::vector<QCustomPlot*> currentFigure();
    QString currentCaption() const;
    // The caption an export of `panes` (currentFigure()) starts with.
    QString exportCaption(const std::vector<QCustomPlot*>& panes) const;

    MainWindow* m_window;
    LibraryStore* m_store;
    std::unique_ptr<QCustomPlot> m_tableFigure;
};

}  // namespace ts
