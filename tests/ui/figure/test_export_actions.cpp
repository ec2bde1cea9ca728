// The window's figure commands on the sample trials Shi 2021 and Li 2023: File > Copy figure puts
// the survival figure on the clipboard at the last export's pixel size; the comparison workspace
// (View > Compare studies...) exports its table as CSV, copies its side-by-side figure and opens the
// export dialog with the studies' citations as caption.
#include <catch2/catch.hpp>

#include <filesystem>

#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <qcustomplot.h>

#include "tests/ui/figure/test_export_fixture.h"
#include "tests/ui/window_fixture.h"
#include "ui/compare/compare_view.h"
#include "ui/figure/export_dialog.h"
#include "ui/shell/main_window.h"
#include "ui/survival/survival_view.h"

using namespace ts;
namespace fs = std::filesystem;

namespace {

QAction* action(QWidget& w, const QString& text) {
    for (QAction* a : w.findChildren<QAction*>())
        if (a->text() == text) return a;
    FAIL("no action " << text.toStdString());
    return nullptr;
}

QPushButton* button(QWidget* parent, const QString& text) {
    for (QPushButton* b : parent->findChildren<QPushButton*>())
        if (b->text() == text) return b;
    FAIL("no button " << text.toStdString());
    return nullptr;
}

}  // namespace

TEST_CASE("Copy figure, and the comparison's CSV, copy and export buttons", "[ui][export]") {
    const test::WindowFolder folder;
    const QTemporaryDir& dir = folder.dir;
    MainWindow w(folder.store());
    w.show();
    test::importSamples(w, {"shi2021", "li2023"});
    SurvivalView* km = w.survivalView();
    if (!km->report()) REQUIRE(test::waitShown(*km));
    w.tabs()->setCurrentWidget(km);

    // File > Copy figure: the last export's size (double column at 300 dpi unless changed).
    QGuiApplication::clipboard()->clear();
    action(w, QStringLiteral("&Copy figure"))->trigger();
    const QImage copied = QGuiApplication::clipboard()->image();
    CHECK(copied.size() == ExportDialog::lastOptions().pixelSize());
    CHECK(test::darkest(copied, copied.rect()) < 0x50);

    // File > Export figure...: the survival figure states its data once, in its own footer; the
    // dialog adds no second, study-wide caption (it said "Data: illustrative" under the footer's
    // "Data: reconstructed" for Shi 2021's OS).
    QString figureCaption = QStringLiteral("unset");
    test::onNextModal<ExportDialog>([&](ExportDialog* d) {
        figureCaption = d->findChild<QLineEdit*>(QStringLiteral("caption"))->text();
        d->reject();
    });
    action(w, QStringLiteral("&Export figure\u2026"))->trigger();
    CHECK(figureCaption.isEmpty());
    const QString footer = km->items().footer->text();
    CHECK(footer.count(QStringLiteral("Data: ")) == 1);

    action(w, QStringLiteral("&Compare studies\u2026"))->trigger();
    // The library loads off the GUI thread; the workspace opens when it is in.
    REQUIRE(QTest::qWaitFor([&w] { return w.findChild<CompareView*>() != nullptr; }, 30000));
    auto* view = w.findChild<CompareView*>();
    REQUIRE(view);
    REQUIRE(view->selectStudies({"SHI2021", "LI2023"}));
    QWidget* workspace = view->parentWidget();

    // Export table (as CSV): header and one line per study arm, the cells the table shows.
    const QString csv = dir.path() + QStringLiteral("/compare.csv");
    test::answerFileDialog(csv);
    button(workspace, QStringLiteral("Export table\u2026"))->click();
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QAbstractItemModel* model = view->tableModel();
    REQUIRE(lines.size() == model->rowCount() + 1);
    CHECK(lines[0].startsWith(model->headerData(0, Qt::Horizontal).toString()));
    // Studies in library order; n and events of each arm (sample_trials/*/README.md).
    CHECK(lines[1].startsWith(QStringLiteral("LI2023,SCT,36,22,")));
    CHECK(lines[3].startsWith(QStringLiteral("SHI2021,UC-MSC,108,15,")));

    // Copy figure: both panes side by side in one image.
    QGuiApplication::clipboard()->clear();
    button(workspace, QStringLiteral("Copy figure"))->click();
    CHECK(QGuiApplication::clipboard()->image().size() == ExportDialog::lastOptions().pixelSize());

    // Export figure...: the dialog's caption is the studies' citations; saving writes the PNG.
    const QString png = dir.path() + QStringLiteral("/compare.png");
    QString caption;
    test::onNextModal<ExportDialog>([&](ExportDialog* d) {
        caption = d->findChild<QLineEdit*>(QStringLiteral("caption"))->text();
        test::answerFileDialog(png);
        d->findChild<QPushButton*>(QStringLiteral("save"))->click();
    });
    button(workspace, QStringLiteral("Export figure\u2026"))->click();
    INFO(caption.toStdString());
    CHECK(caption == view->figureCaption());
    CHECK(caption.startsWith(QStringLiteral("LI2023: Li et al. 2023; SHI2021: Shi M")));
    CHECK(QImage(png).size() == ExportDialog::lastOptions().pixelSize());
}
