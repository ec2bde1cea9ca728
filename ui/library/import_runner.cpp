#include "ui/library/import_runner.h"

#include <map>

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>

#include "core/io/study_importer.h"

namespace ts {

ImportRunner::ImportRunner(std::filesystem::path store, QObject* parent) : QObject(parent), m_store(std::move(store)) {
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] { emit finished(m_watcher.result()); });
}

ImportRunner::~ImportRunner() {
    m_cancel = true;
    m_watcher.waitForFinished();
}

std::vector<QStringList> ImportRunner::units(const QStringList& paths) {
    std::vector<QStringList> out;
    std::map<QString, QStringList> filesByFolder;
    for (const QString& p : paths) {
        const QFileInfo info(p);
        if (info.isDir()) out.push_back({info.absoluteFilePath()});
        else filesByFolder[info.absolutePath()].push_back(info.absoluteFilePath());
    }
    for (auto& [folder, files] : filesByFolder) out.push_back(files);
    return out;
}

bool ImportRunner::start(const QStringList& paths) {
    if (busy() || paths.isEmpty()) return false;
    m_cancel = false;
    m_watcher.setFuture(QtConcurrent::run([this, u = units(paths)] { return run(u); }));
    return true;
}

ImportOutcome ImportRunner::run(const std::vector<QStringList>& units) {
    ImportOutcome out;
    try {
        Store store = Store::open(m_store);
        for (size_t i = 0; i < units.size(); ++i) {
            const QStringList& unit = units[i];
            // Several files of one folder: link them into a temporary folder, import that, and
            // report errors under the original folder name.
            QTemporaryDir temp;
            QString path = unit.front();
            QString original;
            if (unit.size() > 1) {
                if (!temp.isValid()) throw std::runtime_error("cannot create a temporary folder");
                for (const QString& f : unit) QFile::link(f, QDir(temp.path()).filePath(QFileInfo(f).fileName()));
                path = temp.path();
                original = QFileInfo(unit.front()).absolutePath();
            }
            ImportControl control;
            control.cancel = &m_cancel;
            control.progress = [this, i, n = units.size()](double fraction, const std::string& stage) {
                emit progress(static_cast<int>(100.0 * (static_cast<double>(i) + fraction) / static_cast<double>(n)),
                              QString::fromStdString(stage));
            };
            try {
                const ImportSummary s = importPath(store, path.toStdString(), control);
                out.studies << QString::fromStdString(s.study);
                out.sources << unit.join(QLatin1Char('\n'));
                for (const std::string& w : s.warnings) out.warnings << QString::fromStdString(w);
            } catch (const std::exception& e) {
                QString message = QString::fromUtf8(e.what());
                if (!original.isEmpty()) message.replace(temp.path(), original);
                throw std::runtime_error(message.toStdString());
            }
        }
    } catch (const std::exception& e) {
        out.cancelled = m_cancel.load();
        out.error = out.cancelled ? tr("Import cancelled") : QString::fromUtf8(e.what());
    }
    return out;
}

}  // namespace ts
