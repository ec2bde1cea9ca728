#include "ui/shell/session_keeper.h"

#include <QAction>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QStatusBar>
#include <QTabWidget>

#include "core/io/figure_record.h"
#include "core/io/input_error.h"
#include "trialscope/version.h"
#include "ui/common/file_dialogs.h"
#include "ui/common/settings.h"
#include "ui/common/view_page.h"
#include "ui/library/study_library_model.h"
#include "ui/library/study_library_view.h"
#include "ui/shell/figure_actions.h"
#include "ui/shell/main_window.h"

namespace ts {

namespace {

constexpr int kAutosaveMs = 30000;
const QString kSuffix = QStringLiteral(".trialscope");
const QString kFilter = QObject::tr("TrialScope sessions (*.trialscope)");

QString q(const std::string& s) { return QString::fromStdString(s); }

// True when a running viewer holds the lock file `path`; a lock left by a process that ended is
// taken and so removed. A lock is never stale by age (Qt's default, 30 s): only its process's end.
bool held(const QString& path) {
    QLockFile lock(path);
    lock.setStaleLockTime(0);
    return !lock.tryLock(0);
}

// Windows of one process autosave to files of their own.
int nextWindow() {
    static int count = 0;
    return ++count;
}

// The library's record of study `id`; nullptr when the library does not hold it.
const StudySummary* listed(const MainWindow& window, const std::string& id) {
    const StudyLibraryModel& model = *window.library()->model();
    return model.study(model.rowOf(q(id)));
}

// "" when the study's data are those the session was saved with, else why not.
QString dataNote(const MainWindow& window, const FigureStudy& saved) {
    const StudySummary* now = listed(window, saved.id);
    if (!now) return QObject::tr("%1 is not in this library: import it to see it again.").arg(q(saved.id));
    const DataState state = dataState(saved.dataSha256, now->info.dataSha256);
    if (state == DataState::Unknown)
        return QObject::tr(
                   "%1: whether its data changed since the session was saved cannot be told (no data "
                   "fingerprint).")
            .arg(q(saved.id));
    if (state == DataState::Changed)
        return QObject::tr(
                   "%1: data changed since the session was saved (re-imported from other files); the "
                   "views show the data in the library.")
            .arg(q(saved.id));
    return {};
}

}  // namespace

bool isSessionFile(const QString& path) { return path.endsWith(kSuffix, Qt::CaseInsensitive); }

SessionKeeper::SessionKeeper(MainWindow* window)
    : QObject(window),
      m_window(window),
      m_autosave(QStringLiteral("%1/session-%2-%3%4")
                     .arg(Settings::autosaveFolder())
                     .arg(QCoreApplication::applicationPid())
                     .arg(nextWindow())
                     .arg(kSuffix)),
      m_lock(std::make_unique<QLockFile>(m_autosave + QStringLiteral(".lock"))) {
    m_lock->setStaleLockTime(0);
    m_lock->tryLock(0);
    connect(&m_timer, &QTimer::timeout, this, &SessionKeeper::autosave);
    m_timer.start(kAutosaveMs);
}

SessionKeeper::~SessionKeeper() {
    // The window's end: its work was not lost, nothing to offer back.
    QFile::remove(m_autosave);
}

void SessionKeeper::addActions(QMenu* file) {
    file->addAction(tr("Open &session\u2026"), this, [this] {
        const QString path = openFileName(m_window, tr("Open session"), Settings::lastExportDir(), kFilter);
        if (!path.isEmpty()) open(path);
    });
    file->addAction(tr("&Save session\u2026"), this,
                    [this] {
                        const QString suggested =
                            QStringLiteral("%1/%2_session%3")
                                .arg(Settings::lastExportDir(),
                                     m_window->study() ? q(m_window->study()->info.id) : QStringLiteral("TrialScope"),
                                     kSuffix);
                        QString path = saveFileName(m_window, tr("Save session"), suggested, kFilter);
                        if (path.isEmpty()) return;
                        if (!isSessionFile(path)) path += kSuffix;
                        save(path);
                    })
        ->setShortcut(QKeySequence::Save);
    m_recent = file->addMenu(tr("Recent sess&ions"));
    updateRecent();
}

void SessionKeeper::updateRecent() {
    if (!m_recent) return;
    m_recent->clear();
    for (const QString& path : Settings::recentSessions())
        if (QFileInfo::exists(path))
            m_recent->addAction(QFileInfo(path).fileName(), this, [this, path] { open(path); });
    m_recent->setEnabled(!m_recent->isEmpty());
}

Session SessionKeeper::capture() const {
    Session s;
    s.version = TRIALSCOPE_VERSION;
    s.library = m_window->storePath().string();
    if (const auto study = m_window->study()) s.study = FigureStudy{study->info.id, study->info.dataSha256};
    if (const auto* page = qobject_cast<const ViewPage*>(m_window->tabs()->currentWidget())) s.tab = page->viewName();
    if (s.study)
        for (const ViewPage* page : m_window->pages())
            if (const auto words = page->sessionArguments()) s.views.emplace_back(page->viewName(), *words);
    if (const CompareView* compare = m_window->figureActions()->compareView()) {
        SessionCompare c{compare->tabName(), {}, {}};
        std::string ids;
        for (const StudyInfo* study : compare->chosenStudies()) {
            ids += (ids.empty() ? "" : ",") + study->id;
            c.studies.push_back({study->id, study->dataSha256});
        }
        if (!ids.empty()) c.arguments = {"--study", ids};
        const std::vector<std::string> words = compare->figureOptions().words();
        c.arguments.insert(c.arguments.end(), words.begin(), words.end());
        s.compare = std::move(c);
    }
    s.geometry = m_window->saveGeometry().toBase64().toStdString();
    s.state = m_window->saveState().toBase64().toStdString();
    return s;
}

bool SessionKeeper::save(const QString& path) {
    QSaveFile file(path);
    const std::string json = capture().toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(json.data(), static_cast<qint64>(json.size())) < 0 ||
        !file.commit()) {
        showMessage(tr("Save session"), tr("%1: cannot write the session (%2).").arg(path, file.errorString()));
        return false;
    }
    Settings::addRecentSession(QFileInfo(path).absoluteFilePath());
    Settings::setLastExportDir(QFileInfo(path).absolutePath());
    updateRecent();
    m_window->statusBar()->showMessage(tr("Session saved to %1").arg(path), 8000);
    return true;
}

bool SessionKeeper::open(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("Open session"), tr("%1: cannot read the file (%2).").arg(path, file.errorString()));
        return false;
    }
    Session session;
    try {
        session = Session::fromJson(file.readAll().toStdString(), path.toStdString());
    } catch (const InputError& e) {
        showMessage(tr("Open session"), QString::fromUtf8(e.what()));
        return false;
    }
    if (path != m_autosave && QFileInfo(path).absolutePath() != Settings::autosaveFolder()) {
        Settings::addRecentSession(QFileInfo(path).absoluteFilePath());
        updateRecent();
    }
    restore(session, QFileInfo(path).fileName());
    return true;
}

void SessionKeeper::restore(const Session& session, const QString& from) {
    QStringList problems;
    m_window->restoreGeometry(QByteArray::fromBase64(QByteArray::fromStdString(session.geometry)));
    m_window->restoreState(QByteArray::fromBase64(QByteArray::fromStdString(session.state)));
    for (ViewPage* page : m_window->pages())
        if (page->viewName() == session.tab) m_window->tabs()->setCurrentWidget(page);
    if (session.study) {
        if (const QString note = dataNote(*m_window, *session.study); !note.isEmpty()) problems << note;
        if (listed(*m_window, session.study->id)) {
            // Each page takes its options when it gets the study: at once, or when first shown.
            for (ViewPage* page : m_window->pages())
                for (const auto& [view, words] : session.views)
                    if (view == page->viewName()) page->restore(words);
            m_window->openStudy(q(session.study->id));
        }
    }
    if (CompareView* open = m_window->figureActions()->compareView()) open->window()->close();
    if (session.compare) {
        for (const FigureStudy& s : session.compare->studies)
            if (const QString note = dataNote(*m_window, s); !note.isEmpty()) problems << note;
        auto* once = new QObject(this);  // the tab, once the workspace is open
        connect(m_window->figureActions(), &FigureActions::compareOpened, once,
                [once, tab = session.compare->tab](CompareView* view) {
                    view->showTab(tab);
                    once->deleteLater();
                });
        m_window->figureActions()->compareStudies(session.compare->arguments);
    }
    if (!session.library.empty() && session.library != m_window->storePath().string())
        problems << tr("The session was saved from the library %1; its studies were looked up in this window's, %2.")
                        .arg(q(session.library), q(m_window->storePath().string()));
    m_window->statusBar()->showMessage(tr("Session %1 restored").arg(from), 8000);
    if (!problems.isEmpty()) showMessage(tr("Open session"), problems.join(QLatin1Char('\n')));
    emit restored(from, problems.join(QLatin1Char('\n')));
}

void SessionKeeper::autosave() {
    if (!m_window->study()) {
        QFile::remove(m_autosave);
        return;
    }
    QSaveFile file(m_autosave);
    const std::string json = capture().toJson();
    if (file.open(QIODevice::WriteOnly) && file.write(json.data(), static_cast<qint64>(json.size())) >= 0)
        file.commit();  // a full disk costs the autosave only: nothing to tell the user every 30 s
}

QString SessionKeeper::orphanedAutosave() const {
    QFileInfo newest;
    const QDir folder(Settings::autosaveFolder());
    for (const QFileInfo& info : folder.entryInfoList({QStringLiteral("session-*") + kSuffix}, QDir::Files)) {
        if (info.absoluteFilePath() == QFileInfo(m_autosave).absoluteFilePath()) continue;
        if (held(info.absoluteFilePath() + QStringLiteral(".lock"))) continue;  // a viewer running now
        if (!newest.exists() || info.lastModified() > newest.lastModified()) newest = info;
    }
    return newest.exists() ? newest.absoluteFilePath() : QString();
}

void SessionKeeper::offerOrphan() {
    // The locks of viewers that ended before their first autosave: taken, which removes them.
    const QDir folder(Settings::autosaveFolder());
    for (const QFileInfo& lock : folder.entryInfoList({QStringLiteral("session-*.lock")}, QDir::Files))
        if (!QFile::exists(lock.absoluteFilePath().chopped(5))) held(lock.absoluteFilePath());
    const QString path = orphanedAutosave();
    if (path.isEmpty()) return;
    QString what;
    QFile file(path);
    try {
        if (!file.open(QIODevice::ReadOnly)) throw InputError(path.toStdString(), 0, "cannot be read");
        const Session s = Session::fromJson(file.readAll().toStdString(), path.toStdString());
        what = s.study ? q(s.study->id) : tr("no study");
        for (ViewPage* page : m_window->pages())
            if (page->viewName() == s.tab) what += QStringLiteral(" \u00b7 ") + page->title();
        if (s.compare) what += tr(" \u00b7 a comparison of studies");
    } catch (const InputError&) {
        QFile::remove(path);  // a half-written or foreign file: nothing worth offering
        return;
    }
    auto* box =
        new QMessageBox(QMessageBox::Question, tr("Restore session"),
                        tr("TrialScope did not close properly last time. Restore what it was showing (%1, saved %2)?")
                            .arg(what, QFileInfo(path).lastModified().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                        QMessageBox::Yes | QMessageBox::Discard, m_window);
    box->setObjectName(QStringLiteral("restoreSession"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, path](int) {
        if (box->clickedButton() == box->button(QMessageBox::Yes)) open(path);
        QFile::remove(path);
        QFile::remove(path + QStringLiteral(".lock"));
    });
    box->open();
}

void SessionKeeper::showMessage(const QString& title, const QString& text) {
    // A box that does not wait, so that a session opened at start (or in a test) never blocks.
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("sessionMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

}  // namespace ts
