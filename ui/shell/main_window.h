#pragma once
// MainWindow: the viewer's shell. The study library is a dock on the left; the selected study's
// pages (survival, labs, adverse events, baseline) are tabs under a header with the study's title,
// citation and provenance. Imports (menu, toolbar, drag and drop) run in the background with a
// progress bar and cancel button in the status bar. Theme, layout and recent studies persist.
#include <atomic>
#include <filesystem>
#include <memory>
#include <vector>

#include <QFutureWatcher>
#include <QHash>
#include <QMainWindow>
#include <QThreadPool>

#include "core/model/study_data.h"
#include "ui/common/plot_style.h"
#include "ui/common/study_source.h"
#include "ui/library/import_runner.h"
#include "ui/views/view_registry.h"

class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace ts {

class FigureActions;
class LibraryStore;
class SessionKeeper;
class StudyLibraryView;
class SurvivalView;
class ViewPage;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // Opens the store at `store`, a file or a team library's postgresql:// URI (throws StoreError
    // when it cannot).
    explicit MainWindow(const std::filesystem::path& store, QWidget* parent = nullptr);
    ~MainWindow() override;

    void importPaths(const QStringList& paths);
    // What a user gives the window (command line, drop): a session file opens it, one exported
    // figure shows its view, anything else is imported.
    void openPaths(const QStringList& paths);
    void openStudy(const QString& id);
    // Shows the view an exported figure was made from, with its options (File > Open figure...).
    void openFigure(const QString& path);
    void deleteStudy(const QString& id, bool confirm = true);
    void reimportStudy(const QString& id);
    void setTheme(PlotStyle::Theme theme);

    StudyLibraryView* library() const { return m_library; }
    QTabWidget* tabs() const { return m_tabs; }
    SurvivalView* survivalView() const { return m_survival; }
    const std::vector<ViewPage*>& pages() const { return m_pages; }
    ViewPage* page(ViewId id) const { return m_pages[static_cast<size_t>(id)]; }
    // The open study (nullptr: none).
    std::shared_ptr<const StudySource> study() const { return m_study; }
    ImportRunner* importer() const { return m_importer; }
    FigureActions* figureActions() const { return m_figures; }
    SessionKeeper* sessions() const { return m_sessions; }
    const std::filesystem::path& storePath() const;
    QString lastError() const { return m_lastError; }
    QString headerText() const;

signals:
    void studyOpened(const QString& id);
    void importDone(const ts::ImportOutcome& outcome);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildPages();
    void showSubject(const QString& usubjid);  // the Patient tab, on that subject
    void buildActions();
    void refreshLibrary();
    // Another program (trialscope-cli, another viewer) changed the store: the library is listed
    // again and an open study that was re-imported is reloaded (one that was deleted is closed).
    void followStore();
    void openStartStudy();
    void offerViews();
    void updateRecentMenu();
    void showStudy(std::shared_ptr<const StudySource> study);
    void onImportFinished(const ImportOutcome& outcome);
    void showError(const QString& title, const QString& message);
    void importFolderDialog();
    void importFilesDialog();
    void resetCurrentView();
    void fitToScreen();
    void checkStoreInBackground();

    std::shared_ptr<LibraryStore> m_store;  // shared with the open study's source
    ImportRunner* m_importer;
    std::shared_ptr<const StudySource> m_study;
    // A study loaded off the GUI thread: its source, or why it could not be read.
    struct Loaded {
        std::shared_ptr<const StudySource> source;
        QString id, error;
    };
    void onLoaded(const Loaded& loaded);
    void showLoading(bool loading, const QString& id = {});
    QFutureWatcher<Loaded> m_loader;
    QFutureWatcher<QString> m_integrity;   // the store's integrity check ("" = sound)
    std::atomic<bool> m_closing{false};    // set on close: stops the integrity check
    QThreadPool m_idle;                    // one thread at idle priority: the integrity check
    QHash<QString, QString> m_importedAt;  // each listed study's import time, as last listed
    QString m_openedNote;                  // the status line once the study being opened is shown
    StudyLibraryView* m_library;
    QTabWidget* m_tabs;
    QLabel* m_header;
    SurvivalView* m_survival;
    std::vector<ViewPage*> m_pages;
    QMenu* m_recent = nullptr;
    FigureActions* m_figures = nullptr;
    SessionKeeper* m_sessions = nullptr;
    QProgressBar* m_progress;
    QLabel* m_progressLabel;
    QPushButton* m_cancel;
    QString m_lastError;
    QString m_unreachable;  // why the library cannot be reached ("" while it can)
};

}  // namespace ts
