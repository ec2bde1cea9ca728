#pragma once
// StudyLibraryView: the study library panel. A table of every study in the store (title, design,
// arms, subjects, provenance badge), the selected study's details (citation, DOI, registry,
// population, arms and doses, endpoints, lab parameters, notes) and buttons to open, import,
// re-import and delete. It only asks: the main window does the work (shared with menus).
// The details are re-rendered on a theme change, so that the DOI link takes the new link colour.
#include <vector>

#include <QWidget>

#include "core/store/store.h"

class QPushButton;
class QTableView;
class QTextBrowser;

namespace ts {

class StudyLibraryModel;

class StudyLibraryView : public QWidget {
    Q_OBJECT
public:
    explicit StudyLibraryView(QWidget* parent = nullptr);

    void setStudies(std::vector<StudySummary> studies);
    QString currentId() const;  // empty when none selected
    void selectStudy(const QString& id);
    StudyLibraryModel* model() const { return m_model; }
    QString detailsHtml() const;  // the details pane (for tests)

    // The details pane's HTML for one study.
    static QString describe(const StudySummary& study);

signals:
    void openRequested(const QString& id);
    void importFolderRequested();
    void importFilesRequested();
    void reimportRequested(const QString& id);
    void deleteRequested(const QString& id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void onSelection();

    StudyLibraryModel* m_model;
    QTableView* m_table;
    QTextBrowser* m_details;
    QPushButton* m_open;
    QPushButton* m_reimport;
    QPushButton* m_delete;
};

}  // namespace ts
