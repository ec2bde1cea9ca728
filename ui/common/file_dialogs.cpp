#include "ui/common/file_dialogs.h"

#include <QAbstractFileIconProvider>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMimeDatabase>
#include <QTreeView>

namespace ts {

namespace {

// File and folder icons, and types from the name: never reads a file.
class NameOnlyIcons : public QAbstractFileIconProvider {
public:
    QIcon icon(const QFileInfo& info) const override {
        return QAbstractFileIconProvider::icon(info.isDir() ? Folder : File);
    }
    QString type(const QFileInfo& info) const override {
        if (info.isDir()) return QFileDialog::tr("Folder");
        return QMimeDatabase().mimeTypeForFile(info.fileName(), QMimeDatabase::MatchExtension).comment();
    }
};

NameOnlyIcons& icons() {
    static NameOnlyIcons provider;
    return provider;
}

// Runs a dialog; its selected files, or none when cancelled.
QStringList run(QFileDialog& dialog) {
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setIconProvider(&icons());
    dialog.resize(900, 560);
    // Size, type and date as wide as their text (Qt's fixed widths cut them: "54....KiB", "PN...ge").
    if (auto* details = dialog.findChild<QTreeView*>(QStringLiteral("treeView"))) {
        details->header()->setStretchLastSection(false);
        details->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
        details->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    }
    return dialog.exec() == QDialog::Accepted ? dialog.selectedFiles() : QStringList();
}

}  // namespace

QString saveFileName(QWidget* parent, const QString& caption, const QString& path, const QString& filter,
                     QString* selectedFilter) {
    const QFileInfo suggested(path);
    QFileDialog dialog(parent, caption, suggested.isDir() ? path : suggested.absolutePath(), filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    if (!suggested.isDir()) dialog.selectFile(suggested.fileName());
    const QStringList files = run(dialog);
    if (selectedFilter) *selectedFilter = dialog.selectedNameFilter();
    return files.value(0);
}

QString openFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter) {
    QFileDialog dialog(parent, caption, dir, filter);
    dialog.setFileMode(QFileDialog::ExistingFile);
    return run(dialog).value(0);
}

QStringList openFileNames(QWidget* parent, const QString& caption, const QString& dir, const QString& filter) {
    QFileDialog dialog(parent, caption, dir, filter);
    dialog.setFileMode(QFileDialog::ExistingFiles);
    return run(dialog);
}

QString existingDirectory(QWidget* parent, const QString& caption, const QString& dir) {
    QFileDialog dialog(parent, caption, dir);
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    return run(dialog).value(0);
}

}  // namespace ts
