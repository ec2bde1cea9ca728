#pragma once
// SessionKeeper: the main window's sessions (core/io/session_file.h):
//   File > Open session...  / Save session... (Ctrl+S) / Recent sessions, and a `.trialscope` file
//   given on the command line or dropped on the window;
//   autosave: every 30 s while a study is open, the session is written to the autosave folder
//   (Settings::autosaveFolder) under this process's own name, held by a lock file; the keeper's
//   end (the window closed) removes both. At start, an autosave whose lock no running viewer holds
//   was left by a viewer that ended without closing (a crash, a kill): the window offers it back.
// A session restores the open study (its views' options applied as each page gets it), the tab,
// the comparison workspace with its studies, options and tab, and the window's layout. A study
// missing from the library, or whose data changed since (its fingerprint), is said in one message.
#include <memory>

#include <QObject>
#include <QString>
#include <QTimer>

#include "core/io/session_file.h"

class QLockFile;
class QMenu;

namespace ts {

class MainWindow;

class SessionKeeper : public QObject {
    Q_OBJECT
public:
    explicit SessionKeeper(MainWindow* window);
    ~SessionKeeper() override;

    // Adds Open session..., Save session... and Recent sessions to `file` (at its end).
    void addActions(QMenu* file);
    // What the window shows now.
    Session capture() const;
    // Writes capture() to `path`; false (and a message) when it cannot.
    bool save(const QString& path);
    // Reads `path` and restores it; false (and a message naming the file) when it cannot.
    bool open(const QString& path);
    void restore(const Session& session, const QString& from);
    // Writes (or, without an open study, removes) this window's autosave now.
    void autosave();
    QString autosavePath() const { return m_autosave; }
    // An autosave left by a viewer that did not close, the newest; "" when none.
    QString orphanedAutosave() const;
    // Offers orphanedAutosave() back in a box that does not wait (objectName "restoreSession").
    void offerOrphan();

signals:
    // A session was restored (its file's name) with what could not be (empty when all was).
    void restored(const QString& from, const QString& problems);

private:
    void updateRecent();
    void showMessage(const QString& title, const QString& text);

    MainWindow* m_window;
    QMenu* m_recent = nullptr;
    QTimer m_timer;
    QString m_autosave;
    std::unique_ptr<QLockFile> m_lock;
};

// True for a session file (.trialscope).
bool isSessionFile(const QString& path);

}  // namespace ts
