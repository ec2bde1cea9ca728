#pragma once
// The viewer's file dialogs. Qt's own dialog (never the platform's), with an icon provider that
// tells a file's type from its name only.
//
// Why: the default provider asks QMimeDatabase for each listed file's type, which opens and
// closes the file to sniff its content. Closing any descriptor of a file drops every POSIX lock
// the process holds on it, including SQLite's on the store (sqlite.org/howtocorrupt.html, 2.2):
// a dialog showing the store's folder left the viewer's connection without its locks, a
// `trialscope-cli` run meanwhile then took the store for unused, checkpointed and removed its
// WAL, and the viewer's next import wrote a malformed database. A platform dialog (GTK) sniffs
// content in this process too.
#include <QString>
#include <QStringList>

class QWidget;

namespace ts {

QString saveFileName(QWidget* parent, const QString& caption, const QString& path, const QString& filter,
                     QString* selectedFilter = nullptr);
QString openFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter);
QStringList openFileNames(QWidget* parent, const QString& caption, const QString& dir, const QString& filter);
QString existingDirectory(QWidget* parent, const QString& caption, const QString& dir);

}  // namespace ts
