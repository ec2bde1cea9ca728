#pragma once
// Shared by the export dialog / clipboard / CSV tests: answering the modal dialogs an action opens
// (the export dialog, the file dialog) from inside their event loop, and reading pixels.
#include <functional>

#include <QApplication>
#include <QFileDialog>
#include <QImage>
#include <QLineEdit>
#include <QThread>
#include <QTimer>

namespace ts::test {

// Runs `answer` on the next modal widget of type T once its exec() loop runs (polling every 20 ms:
// a dialog closed before its loop starts would leave exec() waiting forever); gives up after 20 s.
template <typename T>
void onNextModal(std::function<void(T*)> answer, int triesLeft = 1000,
                 int level = QThread::currentThread()->loopLevel()) {
    QTimer::singleShot(20, [answer = std::move(answer), triesLeft, level]() mutable {
        auto* w = qobject_cast<T*>(QApplication::activeModalWidget());
        if (w && w->isVisible() && QThread::currentThread()->loopLevel() > level) answer(w);
        else if (triesLeft > 0) onNextModal<T>(std::move(answer), triesLeft - 1, level);
    });
}

// Answers the next file dialog with `path` and the name filter `filter` (e.g. "SVG drawing (*.svg)").
inline void answerFileDialog(const QString& path, const QString& filter = {}) {
    onNextModal<QFileDialog>([path, filter](QFileDialog* d) {
        if (!filter.isEmpty()) d->selectNameFilter(filter);
        // selectFile() leaves a focused name field as it is: type the name into the field.
        const QFileInfo file(path);
        d->setDirectory(file.absolutePath());
        d->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"))->setText(file.fileName());
        static_cast<QDialog*>(d)->accept();  // QFileDialog::accept is protected; the virtual runs it
    });
}

// Lightness (0..255) of the darkest pixel in `area` of `image`.
inline int darkest(const QImage& image, const QRect& area) {
    int out = 255;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x) out = std::min(out, QColor(image.pixel(x, y)).lightness());
    return out;
}

}  // namespace ts::test
