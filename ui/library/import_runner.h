#pragma once
// ImportRunner: imports study folders or ADaM files into the store on Qt's thread pool, with
// progress, cancel and one-line errors ("FILE:LINE: message"). Loose files dropped together from
// one folder (adsl.csv + adtte.xpt, ...) form one study: they are linked into a temporary folder
// and imported as a folder. Each study is its own transaction; a failed or cancelled import leaves
// the store as it was for that study and stops the remaining ones.
#include <atomic>
#include <filesystem>

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

namespace ts {

struct ImportOutcome {
    QStringList studies;  // ids imported
    QStringList sources;  // per imported study: its source paths joined by '\n'
    QStringList warnings;
    QString error;  // empty on success
    bool cancelled = false;
};

class ImportRunner : public QObject {
    Q_OBJECT
public:
    explicit ImportRunner(std::filesystem::path store, QObject* parent = nullptr);
    ~ImportRunner() override;

    bool busy() const { return m_watcher.isRunning(); }
    // Starts importing `paths` (folders or dataset files); false when an import is running.
    bool start(const QStringList& paths);
    void cancel() { m_cancel = true; }
    void waitForFinished() { m_watcher.waitForFinished(); }

    // Groups paths into import units: each folder alone; files by parent folder.
    static std::vector<QStringList> units(const QStringList& paths);

signals:
    void progress(int percent, const QString& stage);  // emitted from the worker, delivered queued
    void finished(const ts::ImportOutcome& outcome);

private:
    ImportOutcome run(const std::vector<QStringList>& units);

    std::filesystem::path m_store;
    std::atomic<bool> m_cancel{false};
    QFutureWatcher<ImportOutcome> m_watcher;
};

}  // namespace ts

Q_DECLARE_METATYPE(ts::ImportOutcome)
