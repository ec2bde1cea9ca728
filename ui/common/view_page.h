#pragma once
// ViewPage: the base of every tab in the main window (survival, labs, adverse events, baseline).
// A page is given a whole study and redraws itself; the window asks it for its figure (export)
// and its table (CSV / copy export). Its title is the one its view declares in the view registry
// (ui/views/view_registry.h), which makes the page.
#include <memory>

#include <QString>
#include <QWidget>

#include "core/model/study_data.h"

class QCustomPlot;
class QAbstractItemModel;

namespace ts {

class ViewPage : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    // Shows `study` (nullptr = no study: the page clears itself).
    virtual void setStudy(std::shared_ptr<const StudyData> study) = 0;
    // Tab title, e.g. "Survival".
    QString title() const { return m_title; }
    void setTitle(const QString& title) { m_title = title; }
    // The figure the page shows (for export); nullptr when the page has none.
    virtual QCustomPlot* plot() { return nullptr; }
    // The table the page shows (for CSV / copy export); nullptr when the page has none.
    virtual QAbstractItemModel* tableModel() { return nullptr; }

signals:
    // A one-line status message (e.g. an analysis error) for the window's status bar.
    void status(const QString& message);

private:
    QString m_title;
};

}  // namespace ts
