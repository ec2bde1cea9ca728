#pragma once
// The file an export suggests: "<parts joined by _>_<yyyy-mm-dd>.<suffix>" in the folder of the
// last export, e.g. ~/figures/SHI2021_km_OS_2026-12-03.png. Each part keeps letters, digits, '.',
// '-' and '+' (anything else becomes '-'); empty parts are left out. rememberExportFolder(path)
// after a successful save makes its folder the next suggestion's (Settings::lastExportDir).
#include <QDate>
#include <QString>
#include <QStringList>

namespace ts {

QString suggestedExportPath(const QStringList& parts, const QString& suffix, QDate date = QDate::currentDate());
void rememberExportFolder(const QString& path);

}  // namespace ts
