#pragma once
// Settings: the viewer's remembered state in QSettings (organisation "TrialScope", application
// "TrialScope"): theme, window geometry and dock layout, splitter sizes, recent studies and
// sessions, the folder of the last import and where each study was imported from (for re-import).
#include <QByteArray>
#include <QString>
#include <QStringList>

#include "core/analysis/liver_analysis.h"
#include "ui/common/plot_style.h"

class QWidget;

namespace ts {

class Settings {
public:
    static constexpr int kMaxRecent = 8;

    static PlotStyle::Theme theme();
    static void setTheme(PlotStyle::Theme theme);

    static QByteArray windowGeometry();
    static QByteArray windowState();
    static void setWindowLayout(const QByteArray& geometry, const QByteArray& state);

    // The sizes of every QSplitter under `root`, each keyed by its path of object names from
    // `root` (class names where a widget has no object name).
    static void saveSplitters(const QWidget* root);
    static void restoreSplitters(QWidget* root);

    // Study ids, most recent first, at most kMaxRecent.
    static QStringList recentStudies();
    static void addRecentStudy(const QString& id);
    static void removeRecentStudy(const QString& id);

    // Session files (.trialscope), most recent first, at most kMaxRecent.
    static QStringList recentSessions();
    static void addRecentSession(const QString& path);
    // The folder of this user's autosaved sessions, beside the settings file (made when missing).
    static QString autosaveFolder();

    // The title of the tab last shown ("" before the first).
    static QString lastView();
    static void setLastView(const QString& title);

    // The team library last connected to, its URI without password ("" before the first).
    static QString lastTeamLibrary();
    static void setLastTeamLibrary(const QString& uri);

    static QString lastImportDir();
    static void setLastImportDir(const QString& dir);
    // The folder of the last figure or table export (the home folder before the first).
    static QString lastExportDir();
    static void setLastExportDir(const QString& dir);

    // The paths a study was last imported from (empty when unknown).
    static QStringList importSource(const QString& id);
    static void setImportSource(const QString& id, const QStringList& paths);

    // The PARAMCDs a study's liver views use for ALT, AST, bilirubin and ALP, as the user mapped them;
    // "" = found by name (nothing saved: all four).
    static LiverParams liverParams(const QString& id);
    static void setLiverParams(const QString& id, const LiverParams& codes);
};

}  // namespace ts
