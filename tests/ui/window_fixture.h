#pragma once
// The main-window tests' world: a temporary folder holding the store and the test's own settings
// (QSettings pointed there, so the window's recent studies, layout and autosave are the test's),
// and imports through the window that wait for their end.
#include <filesystem>
#include <initializer_list>

#include <QSettings>
#include <QSignalSpy>
#include <QStringList>
#include <QTemporaryDir>

#include "tests/ui/view_fixture.h"
#include "ui/shell/main_window.h"

namespace ts::test {

struct WindowFolder {
    QTemporaryDir dir;

    WindowFolder() {
        application();
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    }
    std::filesystem::path store() const { return std::filesystem::path(dir.path().toStdString()) / "store.db"; }
    QString file(const QString& name) const { return dir.filePath(name); }
};

// Imports `paths` through the window's background import and returns its outcome.
inline ImportOutcome importThrough(MainWindow& w, const QStringList& paths) {
    QSignalSpy done(&w, &MainWindow::importDone);
    w.importPaths(paths);
    REQUIRE(done.wait(60000));
    return done.takeFirst().at(0).value<ImportOutcome>();
}

// The same for sample trials by folder name ("shi2021").
inline ImportOutcome importSamples(MainWindow& w, std::initializer_list<const char*> samples) {
    QStringList paths;
    for (const char* s : samples) paths << QStringLiteral(TRIALSCOPE_SOURCE_DIR "/sample_trials/") + QLatin1String(s);
    return importThrough(w, paths);
}

}  // namespace ts::test
