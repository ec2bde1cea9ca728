#pragma once
// Settings: the viewer's remembered state in QSettings (organisation "TrialScope", application
// "TrialScope"): theme, window geometry and dock layout, recent studies, the folder of the last
// import and where each study was imported from (for re-import).
#include <QByteArray>
#include <QString>
#include <QStringList>

#include "ui/plot_style.h"

namespace ts {

class Settings {
public:
    static constexpr int kMaxRecent = 8;

    static PlotStyle::Theme theme();
    static void setTheme(PlotStyle::Theme theme);

    static QByteArray windowGeometry();
    static QByteArray windowState();
    static void setWindowLayout(const QByteArray& geometry, const QByteArray& state);

    // Study ids, most recent first, at most kMaxRecent.
    static QStringList recentStudies();
    static void addRecentStudy(const QString& id);
    static void removeRecentStudy(const QString& id);

    static QString lastImportDir();
    static void setLastImportDir(const QString& dir);

    // The paths a study was last imported from (empty when unknown).
    static QStringList importSource(const QString& id);
    static void setImportSource(const QString& id, const QStringList& paths);
};

}  // namespace ts
