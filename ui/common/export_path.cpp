#include "ui/common/export_path.h"

#include <QDir>
#include <QFileInfo>

#include "ui/common/settings.h"

namespace ts {

QString suggestedExportPath(const QStringList& parts, const QString& suffix, QDate date) {
    QStringList kept;
    for (QString part : parts) {
        for (QChar& c : part)
            if (!c.isLetterOrNumber() && c != u'.' && c != u'-' && c != u'+') c = u'-';
        if (!part.isEmpty()) kept << part;
    }
    kept << date.toString(Qt::ISODate);
    return QDir(Settings::lastExportDir()).filePath(kept.join(u'_') + u'.' + suffix);
}

void rememberExportFolder(const QString& path) { Settings::setLastExportDir(QFileInfo(path).absolutePath()); }

}  // namespace ts
