#include "ui/shell/main_window.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QStatusBar>
#include <QTabWidget>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <qcustomplot.h>

#include "ui/common/file_dialogs.h"
#include "ui/common/settings.h"
#include "ui/library/library_store.h"
#include "ui/library/store_source.h"
#include "ui/library/study_library_model.h"
#include "ui/library/study_library_view.h"
#include "ui/profile/profile_view.h"
#include "ui/shell/about_dialog.h"
#include "ui/shell/connect_dialog.h"
#include "ui/shell/figure_actions.h"
#include "ui/shell/figure_opener.h"
#include "ui/shell/session_keeper.h"
#include "ui/survival/survival_view.h"
#include "ui/views/view_availability.h"
#include "ui/views/view_registry.h"

// Resources compiled into the static ui library must be registered by hand (at global scope).
static void initResources() { Q_INIT_RESOURCE(resources); }

namespace ts {

MainWindow::MainWindow(const std::filesystem::path& store, QWidget* parent)
    : QMainWindow(parent),
      m_store(std::make_shared<LibraryStore>(store)) {
    initResources();
    // Which library the window shows: in its title, the library dock's and the study header.
    setWindowTitle(tr("TrialScope \u2014 %1").arg(QString::fromStdString(m_store->name())));
    setWindowIcon(QIcon(QStringLiteral(":/icons/trialscope.svg")));
    setAcceptDrops(true);
    m_importer = new ImportRunner(store, this);

    m_library = new StudyLibraryView(this);
    auto* dock = new QDockWidget(m_store->isServer() ? tr("Team library") : tr("Study library"), this);
    dock->setObjectName(QStringLiteral("libraryDock"));
    dock->setWidget(m_library);
    addDockWidget(Qt::LeftDockWidgetArea, dock);

    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("studyHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setContentsMargins(6, 4, 6, 4);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    buildPages();

    m_progressLabel = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(220);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    statusBar()->addPermanentWidget(m_progressLabel);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    for (QWidget* w :
         {static_cast<QWidget*>(m_progressLabel), static_cast<QWidget*>(m_progress), static_cast<QWidget*>(m_cancel)})
        w->setVisible(false);

    connect(m_cancel, &QPushButton::clicked, m_importer, &ImportRunner::cancel);
    connect(m_importer, &ImportRunner::progress, this, [this](int percent, const QString& stage) {
        m_progress->setValue(percent);
        m_progressLabel->setText(stage);
    });
    connect(m_importer, &ImportRunner::finished, this, &MainWindow::onImportFinished);
    connect(&m_loader, &QFutureWatcherBase::finished, this, [this] {
        showLoading(false);
        if (m_loader.future().resultCount() > 0) onLoaded(m_loader.result());
    });
    connect(m_library, &StudyLibraryView::openRequested, this, &MainWindow::openStudy);
    connect(m_library, &StudyLibraryView::importFolderRequested, this, &MainWindow::importFolderDialog);
    connect(m_library, &StudyLibraryView::importFilesRequested, this, &MainWindow::importFilesDialog);
    connect(m_library, &StudyLibraryView::reimportRequested, this, &MainWindow::reimportStudy);
    connect(m_library, &StudyLibraryView::deleteRequested, this, [this](const QString& id) { deleteStudy(id); });

    m_sessions = new SessionKeeper(this);
    buildActions();
    checkStoreInBackground();
    auto* follow = new QTimer(this);  // PRAGMA data_version every 2 s: one cheap query
    connect(follow, &QTimer::timeout, this, &MainWindow::followStore);
    follow->start(2000);
    setTheme(Settings::theme());
    refreshLibrary();
    showStudy(nullptr);
    openStartStudy();
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index >= 0) Settings::setLastView(m_pages[static_cast<size_t>(index)]->title());
    });
    resize(1500, 950);
    restoreGeometry(Settings::windowGeometry());
    restoreState(Settings::windowState());
    Settings::restoreSplitters(this);
    fitToScreen();
    QTimer::singleShot(0, m_sessions, &SessionKeeper::offerOrphan);  // once the window is up
}

// The integrity check of a large store at idle priority can run for long on a busy machine (the
// pool's destructor waited for it: a 4 GB store under load kept the closed window's process alive
// for minutes): it is stopped first.
MainWindow::~MainWindow() { m_closing = true; }

const std::filesystem::path& MainWindow::storePath() const { return m_store->path(); }

void MainWindow::followStore() {
    if (m_importer->busy()) return;  // our own import refreshes itself
    const bool changed = m_store->changedElsewhere();
    const QString lost = QString::fromStdString(m_store->unreachable());
    if (lost != m_unreachable) {
        // Said once when the library goes away and once when it is back; the views keep what they show.
        m_unreachable = lost;
        if (!lost.isEmpty())
            statusBar()->showMessage(tr("%1 \u2014 the views keep what they show; trying again every 2 s").arg(lost));
        else statusBar()->showMessage(tr("Connected again to %1").arg(QString::fromStdString(m_store->name())), 8000);
    }
    if (!changed) return;
    const QString open = m_study ? QString::fromStdString(m_study->info.id) : QString();
    const QString before = m_importedAt.value(open);
    refreshLibrary();
    if (open.isEmpty()) return;
    if (!m_importedAt.contains(open)) {
        showStudy(nullptr);
        statusBar()->showMessage(tr("%1 was removed from the library by another program").arg(open), 8000);
    } else if (m_importedAt.value(open) != before) {
        m_openedNote = tr("%1 was re-imported by another program: reloaded").arg(open);
        openStudy(open);
    }
}

void MainWindow::checkStoreInBackground() {
    // The whole-file check that opening no longer runs, on a connection of its own so that loading
    // studies is not held up; only damage is reported. It runs on a thread of its own at idle
    // priority (SCHED_IDLE on Linux): on the shared pool at normal priority it competed with the
    // analyses for the cores, and a grouping change at 10^6 subjects right after opening repainted
    // in 99-126 ms instead of 88-97 (docs/benchmarks.md).
    m_idle.setMaxThreadCount(1);
    connect(&m_integrity, &QFutureWatcherBase::finished, this, [this] {
        if (const QString problem = m_integrity.result(); !problem.isEmpty()) showError(tr("Study library"), problem);
    });
    // On a file it starts two seconds after the window, while the first figure is read rather than
    // while the first questions are asked; a team library's check is one query, asked at once
    // (later, a server outage meanwhile would be reported as damage).
    QTimer::singleShot(m_store->isServer() ? 0 : 2000, this, [this, file = m_store->connection()] {
        m_integrity.setFuture(QtConcurrent::run(&m_idle, [file, stop = &m_closing]() -> QString {
            QThread::currentThread()->setPriority(QThread::IdlePriority);
            try {
                Store::open(file).checkIntegrity(stop);
                return {};
            } catch (const std::exception& e) {
                return QString::fromUtf8(e.what());
            }
        }));
    });
}

void MainWindow::fitToScreen() {
    // The default size, or a geometry saved on a larger screen, may not fit this one (a 1366 x 768
    // laptop): shrink to the available area and keep the window on it.
    const QScreen* screen = this->screen();
    if (!screen) return;
    const QRect area = screen->availableGeometry();
    const QSize frame = frameGeometry().size() - geometry().size();
    const QSize fitted = size().boundedTo(area.size() - frame);
    if (fitted != size()) resize(fitted);
    if (!area.contains(frameGeometry())) move(area.topLeft());
}

void MainWindow::buildPages() {
    for (const ViewSpec& spec : viewRegistry()) m_pages.push_back(makeViewPage(spec, this));
    m_survival = qobject_cast<SurvivalView*>(page(ViewId::Survival));
    for (ViewPage* page : m_pages) {
        m_tabs->addTab(page, page->title());
        connect(page, &ViewPage::status, this, [this](const QString& m) { statusBar()->showMessage(m, 8000); });
        connect(page, &ViewPage::subjectActivated, this, &MainWindow::showSubject);
        connect(page, &ViewPage::viewRequested, this, [this](const QString& title) {
            for (ViewPage* p : m_pages)
                if (p->title() == title) m_tabs->setCurrentWidget(p);
        });
    }
}

void MainWindow::showSubject(const QString& usubjid) {
    auto* profile = qobject_cast<ProfileView*>(page(ViewId::Profile));
    m_tabs->setCurrentWidget(profile);
    profile->showSubject(usubjid);
}

void MainWindow::buildActions() {
    const QIcon importIcon(QStringLiteral(":/icons/import.svg"));
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* importFolder =
        file->addAction(importIcon, tr("Import study &folder\u2026"), this, &MainWindow::importFolderDialog);
    importFolder->setShortcut(QKeySequence::Open);
    QAction* importFiles = file->addAction(tr("Import ADaM &files\u2026"), this, &MainWindow::importFilesDialog);
    importFiles->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+O")));
    file->addSeparator();
    file->addAction(tr("&Connect to team library\u2026"), this, [this] { ConnectDialog(this).exec(); });
    file->addSeparator();
    file->addAction(tr("Open &figure\u2026"), this, [this] {
        const QString path = openFileName(this, tr("Open figure"), Settings::lastExportDir(),
                                          tr("Figures exported by TrialScope (*.png *.pdf *.svg)"));
        if (!path.isEmpty()) openFigure(path);
    });
    m_sessions->addActions(file);
    m_recent = file->addMenu(tr("&Recent studies"));
    file->addSeparator();  // File > Export figure... and Copy figure go here (FigureActions)
    file->addSeparator();
    file->addAction(tr("&Quit"), this, &QWidget::close)->setShortcut(QKeySequence::Quit);

    QMenu* study = menuBar()->addMenu(tr("&Study"));
    study->addAction(tr("&Re-import"), this, [this] { reimportStudy(m_library->currentId()); })
        ->setShortcut(QKeySequence(QStringLiteral("Ctrl+R")));
    study
        ->addAction(QIcon(QStringLiteral(":/icons/delete.svg")), tr("&Delete from library"), this,
                    [this] { deleteStudy(m_library->currentId()); })
        ->setShortcut(QKeySequence(QStringLiteral("Ctrl+Del")));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* reset = view->addAction(QIcon(QStringLiteral(":/icons/reset.svg")), tr("Reset &view"), this,
                                     &MainWindow::resetCurrentView);
    reset->setShortcut(QKeySequence(QStringLiteral("Ctrl+0")));
    QAction* dark = view->addAction(QIcon(QStringLiteral(":/icons/theme.svg")), tr("&Dark theme"));
    dark->setObjectName(QStringLiteral("darkTheme"));
    dark->setCheckable(true);
    dark->setChecked(Settings::theme() == PlotStyle::Theme::Dark);
    dark->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+D")));
    connect(dark, &QAction::toggled, this,
            [this](bool on) { setTheme(on ? PlotStyle::Theme::Dark : PlotStyle::Theme::Light); });
    QAction* libraryToggle = findChild<QDockWidget*>(QStringLiteral("libraryDock"))->toggleViewAction();
    libraryToggle->setShortcut(QKeySequence(QStringLiteral("Ctrl+L")));
    view->addAction(libraryToggle);
    view->addSeparator();
    for (int i = 0; i < m_tabs->count(); ++i) {
        QAction* page = view->addAction(m_tabs->tabText(i), this, [this, i] { m_tabs->setCurrentIndex(i); });
        page->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)));
    }

    // File > Export / Copy figure, View > Compare
    m_figures = new FigureActions(
        this, m_tabs, [this] { return m_study; }, m_store, file, view);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), this,
                    [this] {
                        QMessageBox::information(
                            this, tr("Keyboard shortcuts"),
                            tr("Ctrl+O import folder \u00b7 Ctrl+Shift+O import files \u00b7 Ctrl+R re-import\n"
                               "Ctrl+1\u20264 pages \u00b7 Ctrl+L library \u00b7 Ctrl+Shift+D dark theme\n"
                               "On a plot: drag = pan, wheel = zoom, arrows = pan, +/\u2212 = zoom,\n"
                               "Home or Ctrl+0 = reset view; click a legend entry to hide an arm."));
                    })
        ->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About TrialScope"), this, [this] { AboutDialog(this).exec(); });

    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->addAction(importFolder);
    bar->addAction(reset);
    bar->addAction(dark);
}

void MainWindow::setTheme(PlotStyle::Theme theme) {
    PlotStyle::setTheme(theme);  // the palette change makes every page redraw its plot
    Settings::setTheme(theme);
}

void MainWindow::refreshLibrary() {
    try {
        const std::vector<StudySummary> studies = m_store->studies();
        m_importedAt.clear();
        for (const StudySummary& s : studies)
            m_importedAt.insert(QString::fromStdString(s.info.id), QString::fromStdString(s.importedAt));
        m_library->setStudies(studies);
    } catch (const std::exception& e) {
        showError(tr("Study library"), QString::fromUtf8(e.what()));
    }
    updateRecentMenu();
}

// At start the window shows a study and a tab with something on them: the most recent study still
// in the store on the tab last used; on a first start, the survival view of the first randomised
// study with time-to-event data (Shi 2021 among the samples), else of the first study with such
// data, else the first study.
void MainWindow::openStartStudy() {
    for (const QString& id : Settings::recentStudies())
        if (m_library->model()->rowOf(id) >= 0) {
            for (ViewPage* p : m_pages)
                if (p->title() == Settings::lastView()) m_tabs->setCurrentWidget(p);
            return openStudy(id);
        }
    const StudyLibraryModel& model = *m_library->model();
    const StudySummary* chosen = model.study(0);
    int rank = 0;  // 2: randomised with time-to-event data, 1: time-to-event data
    for (int row = 0; const StudySummary* s = model.study(row); ++row) {
        const bool survival = viewHasData(ViewId::Survival, *s);
        const bool randomised =
            QString::fromStdString(s->info.design).contains(QStringLiteral("random"), Qt::CaseInsensitive);
        const int r = survival ? (randomised ? 2 : 1) : 0;
        if (r > rank) {
            rank = r;
            chosen = s;
        }
    }
    m_tabs->setCurrentWidget(page(ViewId::Survival));
    if (chosen) openStudy(QString::fromStdString(chosen->info.id));
}

// A tab without data for the open study is covered by what the study lacks and links to the tabs
// that show its data.
void MainWindow::offerViews() {
    const int row = m_study ? m_library->model()->rowOf(QString::fromStdString(m_study->info.id)) : -1;
    const StudySummary* summary = row >= 0 ? m_library->model()->study(row) : nullptr;
    for (const ViewSpec& spec : viewRegistry()) {
        const ViewOffer offer = summary ? viewOffer(spec.id, *summary) : ViewOffer{};
        page(spec.id)->showOffer(offer.message, offer.views, offer.details);
    }
}

void MainWindow::updateRecentMenu() {
    m_recent->clear();
    for (const QString& id : Settings::recentStudies())
        if (m_library->model()->rowOf(id) >= 0) m_recent->addAction(id, this, [this, id] { openStudy(id); });
    m_recent->setEnabled(!m_recent->isEmpty());
}

void MainWindow::importPaths(const QStringList& paths) {
    if (!m_importer->start(paths)) {
        if (!paths.isEmpty()) statusBar()->showMessage(tr("An import is already running"), 5000);
        return;
    }
    Settings::setLastImportDir(QFileInfo(paths.front()).absolutePath());
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progressLabel->setText(tr("Importing\u2026"));
    for (QWidget* w :
         {static_cast<QWidget*>(m_progressLabel), static_cast<QWidget*>(m_progress), static_cast<QWidget*>(m_cancel)})
        w->setVisible(true);
}

void MainWindow::onImportFinished(const ImportOutcome& outcome) {
    for (QWidget* w :
         {static_cast<QWidget*>(m_progressLabel), static_cast<QWidget*>(m_progress), static_cast<QWidget*>(m_cancel)})
        w->setVisible(false);
    for (int i = 0; i < outcome.studies.size(); ++i)
        Settings::setImportSource(outcome.studies[i], outcome.sources[i].split(QLatin1Char('\n')));
    m_store->changedElsewhere();  // this import's commit: shown below, not taken for another program's
    refreshLibrary();
    if (!outcome.error.isEmpty() && !outcome.cancelled) showError(tr("Import failed"), outcome.error);
    else if (outcome.cancelled) statusBar()->showMessage(outcome.error, 8000);
    else statusBar()->showMessage(tr("Imported %1").arg(outcome.studies.join(QStringLiteral(", "))), 8000);
    if (!outcome.studies.isEmpty()) {
        m_library->selectStudy(outcome.studies.back());
        openStudy(outcome.studies.back());
    }
    emit importDone(outcome);
}

void MainWindow::openStudy(const QString& id) {
    if (id.isEmpty()) return;
    showLoading(true, id);
    // The study's overview (and, for a study of ordinary size, its data) load off the GUI thread;
    // a large study's views then read what each needs (store_source.h).
    m_loader.setFuture(QtConcurrent::run([store = m_store, id]() -> Loaded {
        try {
            return {storeSource(store, id.toStdString()), id, {}};
        } catch (const std::exception& e) {
            return {nullptr, id, QString::fromUtf8(e.what())};
        }
    }));
}

void MainWindow::onLoaded(const Loaded& loaded) {
    if (loaded.error.isEmpty()) return showStudy(loaded.source);
    // A study that cannot be read (a lost server, a damaged file): said, and the views keep what
    // they show.
    m_openedNote.clear();
    showError(tr("Open study"), tr("%1 cannot be loaded: %2").arg(loaded.id, loaded.error));
}

// While a study loads: an indeterminate bar with the study's name in the status bar (unless an
// import has the bar).
void MainWindow::showLoading(bool loading, const QString& id) {
    if (m_importer->busy()) return;
    m_progress->setRange(0, loading ? 0 : 100);
    m_progressLabel->setText(
        loading ? tr("Loading %1 from the %2\u2026").arg(id, m_store->isServer() ? tr("team library") : tr("library"))
                : QString());
    m_progress->setVisible(loading);
    m_progressLabel->setVisible(loading);
}

void MainWindow::showStudy(std::shared_ptr<const StudySource> study) {
    m_study = std::move(study);
    if (m_study) {
        const QString id = QString::fromStdString(m_study->info.id);
        Settings::addRecentStudy(id);
        updateRecentMenu();
        m_library->selectStudy(id);
        statusBar()->clearMessage();
        if (!m_openedNote.isEmpty()) statusBar()->showMessage(m_openedNote, 8000);
        m_openedNote.clear();
        setWindowTitle(tr("TrialScope \u2014 %1 \u2014 %2").arg(id, QString::fromStdString(m_store->name())));
    } else {
        // Which library the window shows: in its title, the library dock's and the study header.
        setWindowTitle(tr("TrialScope \u2014 %1").arg(QString::fromStdString(m_store->name())));
    }
    m_header->setText(headerText());
    for (ViewPage* page : m_pages) page->setSource(m_study);
    offerViews();
    if (m_study) emit studyOpened(QString::fromStdString(m_study->info.id));
}

QString MainWindow::headerText() const {
    if (!m_study) return tr("<i>No study open: pick one in the library, or import a study folder.</i>");
    const StudyInfo& i = m_study->info;
    const std::string_view prov = provenances().name(i.provenance);
    QString text = QStringLiteral("<b>%1</b> <span style=\"background:%2;color:white\">&nbsp;%3&nbsp;</span>")
                       .arg(QString::fromStdString(i.title.empty() ? i.id : i.title).toHtmlEscaped(),
                            StudyLibraryModel::badgeColour(i.provenance).name(),
                            QString::fromUtf8(prov.data(), static_cast<qsizetype>(prov.size())));
    if (!i.citation.empty())
        text += QStringLiteral("<br><small>%1</small>").arg(QString::fromStdString(i.citation).toHtmlEscaped());
    if (m_store->isServer())
        text += QStringLiteral("<br><small>%1</small>").arg(QString::fromStdString(m_store->name()).toHtmlEscaped());
    return text;
}

void MainWindow::deleteStudy(const QString& id, bool confirm) {
    if (id.isEmpty()) return;
    if (confirm &&
        QMessageBox::question(this, tr("Delete study"), tr("Remove %1 and all its data from the library?").arg(id)) !=
            QMessageBox::Yes)
        return;
    try {
        m_store->remove(id.toStdString());
    } catch (const std::exception& e) {
        showError(tr("Delete failed"), QString::fromUtf8(e.what()));
    }
    Settings::removeRecentStudy(id);
    if (m_study && QString::fromStdString(m_study->info.id) == id) showStudy(nullptr);
    refreshLibrary();
}

void MainWindow::reimportStudy(const QString& id) {
    const QStringList sources = Settings::importSource(id);
    if (sources.isEmpty()) {
        showError(tr("Re-import"),
                  tr("%1: the folder it was imported from is not known; import it again by hand.").arg(id));
        return;
    }
    importPaths(sources);
}

void MainWindow::showError(const QString& title, const QString& message) {
    m_lastError = message;
    statusBar()->showMessage(message, 15000);
    // Non-modal, so that a background import never blocks the window (nor a test).
    auto* box = new QMessageBox(QMessageBox::Critical, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::importFolderDialog() {
    const QString dir = existingDirectory(this, tr("Import study folder"), Settings::lastImportDir());
    if (!dir.isEmpty()) importPaths({dir});
}

void MainWindow::importFilesDialog() {
    const QStringList files =
        openFileNames(this, tr("Import ADaM datasets"), Settings::lastImportDir(),
                      tr("ADaM datasets (*.csv *.xpt *.sas7bdat *.json *.ndjson *.CSV *.XPT *.SAS7BDAT)"));
    if (!files.isEmpty()) importPaths(files);
}

void MainWindow::resetCurrentView() {
    if (m_tabs->currentWidget() == m_survival) {
        m_survival->resetView();
    } else if (auto* page = qobject_cast<ViewPage*>(m_tabs->currentWidget()); page && page->plot()) {
        page->plot()->rescaleAxes();
        page->plot()->replot();
    }
}

void MainWindow::closeEvent(QCloseEvent* event) {
    Settings::setWindowLayout(saveGeometry(), saveState());
    Settings::saveSplitters(this);
    if (m_importer->busy()) {
        m_importer->cancel();
        m_importer->waitForFinished();
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile()) paths << url.toLocalFile();
    if (paths.isEmpty()) return;
    event->acceptProposedAction();
    openPaths(paths);
}

void MainWindow::openPaths(const QStringList& paths) {
    if (paths.size() == 1 && isSessionFile(paths.front())) {
        m_sessions->open(paths.front());
        return;
    }
    if (paths.size() == 1 && isFigureFile(paths.front())) return openFigure(paths.front());
    importPaths(paths);
}

void MainWindow::openFigure(const QString& path) {
    const std::optional<FigureTarget> target = figureTarget(this, path, *m_store);
    if (!target) return;
    if (!target->view) return m_figures->compareStudies(target->arguments);
    ViewPage* shown = page(target->view->id);
    shown->restore(target->arguments);
    m_tabs->setCurrentWidget(shown);
    // The page takes the options when it next gets its study: the open one again, or this one.
    const std::string& study = target->studies.front();
    if (m_study && m_study->info.id == study) shown->setSource(m_study);
    else openStudy(QString::fromStdString(study));
}

}  // namespace ts
