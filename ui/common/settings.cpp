#include "ui/common/settings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QSplitter>
#include <QUrl>

namespace ts {

namespace {
QSettings store() { return QSettings(QStringLiteral("TrialScope"), QStringLiteral("TrialScope")); }
// Study ids and widget paths may hold '/' (a QSettings group separator): keys are percent-encoded.
QString encodedKey(const QString& group, const QString& name) {
    return group + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(name));
}
QString sourceKey(const QString& id) { return encodedKey(QStringLiteral("importSource"), id); }
QString liverKey(const QString& id) { return encodedKey(QStringLiteral("liverParams"), id); }

// Puts `item` first in the list under `key`, at most kMaxRecent long.
void addRecent(const QString& key, const QString& item) {
    QSettings s = store();
    QStringList list = s.value(key).toStringList();
    list.removeAll(item);
    list.prepend(item);
    while (list.size() > Settings::kMaxRecent) list.removeLast();
    s.setValue(key, list);
}

QString splitterKey(const QSplitter* splitter, const QWidget* root) {
    QStringList path;
    for (const QObject* o = splitter; o && o != root; o = o->parent())
        path.prepend(o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className()) : o->objectName());
    return encodedKey(QStringLiteral("splitters"), path.join(QLatin1Char('/')));
}
}  // namespace

PlotStyle::Theme Settings::theme() {
    return store().value(QStringLiteral("theme")).toString() == QLatin1String("dark") ? PlotStyle::Theme::Dark
                                                                                      : PlotStyle::Theme::Light;
}

void Settings::setTheme(PlotStyle::Theme theme) {
    store().setValue(QStringLiteral("theme"), theme == PlotStyle::Theme::Dark ? "dark" : "light");
}

QByteArray Settings::windowGeometry() { return store().value(QStringLiteral("window/geometry")).toByteArray(); }
QByteArray Settings::windowState() { return store().value(QStringLiteral("window/state")).toByteArray(); }

void Settings::setWindowLayout(const QByteArray& geometry, const QByteArray& state) {
    QSettings s = store();
    s.setValue(QStringLiteral("window/geometry"), geometry);
    s.setValue(QStringLiteral("window/state"), state);
}

void Settings::saveSplitters(const QWidget* root) {
    QSettings s = store();
    for (const QSplitter* splitter : root->findChildren<QSplitter*>())
        s.setValue(splitterKey(splitter, root), splitter->saveState());
}

void Settings::restoreSplitters(QWidget* root) {
    const QSettings s = store();
    for (QSplitter* splitter : root->findChildren<QSplitter*>())
        splitter->restoreState(s.value(splitterKey(splitter, root)).toByteArray());
}

QStringList Settings::recentSessions() { return store().value(QStringLiteral("recentSessions")).toStringList(); }

void Settings::addRecentSession(const QString& path) { addRecent(QStringLiteral("recentSessions"), path); }

QString Settings::autosaveFolder() {
    const QString folder = QFileInfo(store().fileName()).absolutePath() + QStringLiteral("/autosave");
    QDir().mkpath(folder);
    return folder;
}

QStringList Settings::recentStudies() { return store().value(QStringLiteral("recentStudies")).toStringList(); }

void Settings::addRecentStudy(const QString& id) { addRecent(QStringLiteral("recentStudies"), id); }

void Settings::removeRecentStudy(const QString& id) {
    QStringList list = recentStudies();
    list.removeAll(id);
    store().setValue(QStringLiteral("recentStudies"), list);
}

QString Settings::lastView() { return store().value(QStringLiteral("lastView")).toString(); }

void Settings::setLastView(const QString& title) { store().setValue(QStringLiteral("lastView"), title); }

QString Settings::lastImportDir() {
    return store().value(QStringLiteral("lastImportDir"), QDir::homePath()).toString();
}

void Settings::setLastImportDir(const QString& dir) { store().setValue(QStringLiteral("lastImportDir"), dir); }

QString Settings::lastTeamLibrary() { return store().value(QStringLiteral("lastTeamLibrary")).toString(); }

void Settings::setLastTeamLibrary(const QString& uri) { store().setValue(QStringLiteral("lastTeamLibrary"), uri); }

QString Settings::lastExportDir() {
    return store().value(QStringLiteral("lastExportDir"), QDir::homePath()).toString();
}

void Settings::setLastExportDir(const QString& dir) { store().setValue(QStringLiteral("lastExportDir"), dir); }

QStringList Settings::importSource(const QString& id) { return store().value(sourceKey(id)).toStringList(); }

void Settings::setImportSource(const QString& id, const QStringList& paths) { store().setValue(sourceKey(id), paths); }

LiverParams Settings::liverParams(const QString& id) {
    const QStringList saved = store().value(liverKey(id)).toStringList();
    if (saved.size() != 4) return {};
    return {saved[0].toStdString(), saved[1].toStdString(), saved[2].toStdString(), saved[3].toStdString()};
}

void Settings::setLiverParams(const QString& id, const LiverParams& codes) {
    store().setValue(liverKey(id), QStringList{QString::fromStdString(codes.alt), QString::fromStdString(codes.ast),
                                               QString::fromStdString(codes.bili), QString::fromStdString(codes.alp)});
}

}  // namespace ts
