// File > Export figure... writes the figure's record (issue 16) under a name that says what it is,
// in the last export's folder: the survival figure and the
// adverse-event table of Shi 2021 as a user set them up, saved through the export dialog, carry
// the view, its options as export arguments and the study's data fingerprint; `trialscope-cli
// export --from` of the table's file draws the same table (the same SVG but for the record).
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <regex>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>

#include "core/io/figure_embed.h"
#include "core/io/figure_record.h"
#include "core/store/store.h"
#include "tests/ui/figure/test_export_fixture.h"
#include "tests/ui/window_fixture.h"
#include "ui/adverse_events/adverse_events_view.h"
#include "ui/figure/export_dialog.h"
#include "ui/shell/figure_actions.h"
#include "ui/shell/main_window.h"
#include "ui/survival/survival_view.h"

using namespace ts;
namespace fs = std::filesystem;

namespace {

QByteArray slurp(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// Saves the window's current figure through File > Export figure... as `path`; returns the file
// the file dialog suggested.
QString exportThroughDialog(MainWindow& w, const QString& path) {
    QString suggested;
    test::onNextModal<ExportDialog>([path, &suggested](ExportDialog* d) {
        test::onNextModal<QFileDialog>([path, &suggested](QFileDialog* f) {
            suggested = f->selectedFiles().value(0);
            f->setDirectory(QFileInfo(path).absolutePath());
            f->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"))->setText(QFileInfo(path).fileName());
            static_cast<QDialog*>(f)->accept();
        });
        d->findChild<QPushButton*>(QStringLiteral("save"))->click();
    });
    for (QAction* a : w.findChildren<QAction*>())
        if (a->text() == QStringLiteral("&Export figure\u2026")) a->trigger();
    return suggested;
}

FigureRecord recordOf(const QString& path) {
    const std::optional<std::string> json = embeddedRecord(slurp(path));
    REQUIRE(json);
    return FigureRecord::fromJson(*json, path.toStdString());
}

bool has(const FigureRecord& r, const std::vector<std::string>& words) {
    return std::search(r.arguments.begin(), r.arguments.end(), words.begin(), words.end()) != r.arguments.end();
}

}  // namespace

TEST_CASE("an exported figure carries its view, options and data fingerprint", "[ui][export][record]") {
    const test::WindowFolder folder;
    const QTemporaryDir& dir = folder.dir;
    // The store in the folder the export dialogs show (see the end).
    const fs::path db = folder.store();
    MainWindow w(db);
    w.show();
    test::importSamples(w, {"shi2021"});
    const std::string fingerprint = Store::openForReading(db).studies().at(0).info.dataSha256;
    REQUIRE(fingerprint.size() == 64);

    SurvivalView* km = w.survivalView();
    if (!km->report()) REQUIRE(test::waitShown(*km));
    w.tabs()->setCurrentWidget(km);
    auto* conf = km->findChild<QComboBox*>(QStringLiteral("confType"));
    conf->setCurrentIndex(conf->findData(static_cast<int>(stats::ConfType::Plain)));
    km->findChild<QCheckBox*>(QStringLiteral("median"))->setChecked(false);
    REQUIRE(test::waitShown(*km));
    const QString kmFile = dir.path() + QStringLiteral("/km.pdf");
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    // The suggested name says what the figure is; the folder is the home folder before any export.
    CHECK(exportThroughDialog(w, kmFile) == QDir::home().filePath("SHI2021_km_OS_" + today + ".png"));
    const FigureRecord kmRecord = recordOf(kmFile);
    CHECK(kmRecord.view == "km");
    CHECK(has(kmRecord, {"--study", "SHI2021", "--view", "km"}));
    CHECK(has(kmRecord, {"--endpoint", "OS"}));
    CHECK(has(kmRecord, {"--unit", "months"}));
    CHECK(has(kmRecord, {"--conf-type", "plain"}));
    CHECK(std::count(kmRecord.arguments.begin(), kmRecord.arguments.end(), "--no-median-lines") == 1);
    CHECK(has(kmRecord, {"--width-mm", optionNumber(ExportDialog::lastOptions().widthMm)}));
    REQUIRE(kmRecord.studies.size() == 1);
    CHECK(kmRecord.studies[0].id == "SHI2021");
    CHECK(kmRecord.studies[0].dataSha256 == fingerprint);

    // The AE table filtered and sorted as the user left it.
    auto* ae = w.findChild<AdverseEventsView*>();
    REQUIRE(ae);
    w.tabs()->setCurrentWidget(ae);
    REQUIRE(QTest::qWaitFor([ae] { return ae->tableModel()->rowCount() > 1; }, 30000));
    ae->setFilterText(QStringLiteral("disorders"));
    ae->table()->sortByColumn(1, Qt::DescendingOrder);
    const QString aeFile = dir.path() + QStringLiteral("/ae.svg");
    // ... and then the last export's folder.
    CHECK(exportThroughDialog(w, aeFile) == QDir(dir.path()).filePath("SHI2021_ae_" + today + ".png"));
    const FigureRecord aeRecord = recordOf(aeFile);
    CHECK(aeRecord.view == "ae");
    CHECK(has(aeRecord, {"--filter", "disorders"}));
    CHECK(has(aeRecord, {"--sort", "2:desc"}));
    CHECK(has(aeRecord, {"--source", "published"}));  // Shi 2021: the paper's table is offered first

    const QString redrawn = dir.path() + QStringLiteral("/ae_redrawn.svg");
    const std::string command = std::string(TRIALSCOPE_CLI) + " --db '" + db.string() + "' export --from '" +
                                aeFile.toStdString() + "' --out '" + redrawn.toStdString() + "' > /dev/null";
    REQUIRE(std::system(command.c_str()) == 0);
    const std::regex record(R"(<metadata id="trialscope">[^<]*</metadata>)");
    const std::string viewer = slurp(aeFile).toStdString(), cli = slurp(redrawn).toStdString();
    CHECK(viewer.find("disorders") != std::string::npos);
    CHECK(std::regex_replace(cli, record, "") == std::regex_replace(viewer, record, ""));

    // File > Open figure... shows the view as the figure was made: the AE table's filter and sort,
    // then the survival view's CI transform and medians, after the user changed them all.
    ae->setFilterText(QString());
    ae->table()->sortByColumn(-1, Qt::AscendingOrder);
    w.openFigure(aeFile);
    CHECK(w.tabs()->currentWidget() == ae);
    CHECK(ae->findChild<QLineEdit*>()->text() == "disorders");
    CHECK(ae->table()->horizontalHeader()->sortIndicatorSection() == 1);
    CHECK(ae->table()->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder);

    conf->setCurrentIndex(conf->findData(static_cast<int>(stats::ConfType::Log)));
    km->findChild<QCheckBox*>(QStringLiteral("median"))->setChecked(true);
    w.openFigure(kmFile);
    CHECK(w.tabs()->currentWidget() == km);
    REQUIRE(test::waitShown(*km));
    CHECK(conf->currentData().toInt() == static_cast<int>(stats::ConfType::Plain));
    CHECK_FALSE(km->findChild<QCheckBox*>(QStringLiteral("median"))->isChecked());
    CHECK(km->report()->options.conf == stats::ConfType::Plain);

    // Re-imported from other files: the window asks before showing today's data; "No" changes nothing.
    // The import itself is the store's regression test: the export dialogs listed the store's folder
    // and trialscope-cli read the store meanwhile (above). Qt's dialog used to open and close
    // store.db to sniff its type, which dropped SQLite's locks (ui/common/file_dialogs.h); the CLI
    // then took the store for unused, removed its WAL, and this import wrote a malformed database.
    const fs::path copy = fs::path(dir.path().toStdString()) / "shi2021";
    fs::copy(TRIALSCOPE_SOURCE_DIR "/sample_trials/shi2021", copy, fs::copy_options::recursive);
    {
        QFile adsl(QString::fromStdString((copy / "adsl.csv").string()));
        REQUIRE(adsl.open(QIODevice::Append));
        adsl.write("\n");
    }
    test::importThrough(w, {QString::fromStdString(copy.string())});
    INFO(w.lastError().toStdString());
    CHECK(w.lastError().isEmpty());
    CHECK(Store::openForReading(db).studies().at(0).info.dataSha256 != fingerprint);
    conf->setCurrentIndex(conf->findData(static_cast<int>(stats::ConfType::Log)));
    QString asked;
    test::onNextModal<QMessageBox>([&asked](QMessageBox* box) {
        asked = box->text();
        box->button(QMessageBox::No)->click();
    });
    w.openFigure(kmFile);
    CHECK(asked.startsWith("SHI2021: data changed since this figure was made"));
    CHECK(conf->currentData().toInt() == static_cast<int>(stats::ConfType::Log));
}

TEST_CASE("a comparison exported from its window carries its record and opens the window again",
          "[ui][export][record][compare]") {
    const test::WindowFolder folder;
    const QTemporaryDir& dir = folder.dir;
    const fs::path db = folder.store();
    MainWindow w(db);
    w.show();
    test::importSamples(w, {"shi2021", "li2023"});

    QSignalSpy opened(w.figureActions(), &FigureActions::compareOpened);
    const std::vector<std::string> options{"--layout", "forest", "--endpoint", "OS",
                                           "--unit",   "weeks",  "--subgroup", "SHI2021:SEX"};
    std::vector<std::string> words{"--study", "SHI2021,LI2023"};
    words.insert(words.end(), options.begin(), options.end());
    w.figureActions()->compareStudies(words);
    REQUIRE(opened.wait(60000));
    CompareView* compare = w.figureActions()->compareView();
    REQUIRE(compare);
    CHECK(compare->tabName() == "forest");
    CHECK(compare->errorText().isEmpty());
    const std::vector<std::string> shown = compare->figureOptions().words();
    CHECK(Args(shown).value("--subgroup") == "SHI2021:SEX");
    CHECK(Args(shown).value("--layout") == "forest");

    const QString file = dir.path() + QStringLiteral("/forest.svg");
    test::onNextModal<ExportDialog>([file](ExportDialog* d) {
        test::onNextModal<QFileDialog>([file](QFileDialog* f) {
            CHECK(QFileInfo(f->selectedFiles().value(0)).fileName().startsWith("LI2023_SHI2021_compare_OS_"));
            f->setDirectory(QFileInfo(file).absolutePath());
            f->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"))->setText(QFileInfo(file).fileName());
            static_cast<QDialog*>(f)->accept();
        });
        d->findChild<QPushButton*>(QStringLiteral("save"))->click();
    });
    for (QPushButton* b : compare->window()->findChildren<QPushButton*>())
        if (b->text() == QStringLiteral("Export figure\u2026")) b->click();
    const FigureRecord record = recordOf(file);
    CHECK(record.view == "compare");
    // The studies in the window's order (the library's), each with its fingerprint.
    CHECK(has(record, {"--study", "LI2023,SHI2021", "--view", "compare"}));
    CHECK(has(record, options));
    REQUIRE(record.studies.size() == 2);
    CHECK(record.studies[0].id == "LI2023");
    CHECK(record.studies[1].dataSha256.size() == 64);

    // trialscope-cli draws the same forest plot from it (the same SVG but for the record).
    const QString redrawn = dir.path() + QStringLiteral("/forest_redrawn.svg");
    const std::string command = std::string(TRIALSCOPE_CLI) + " --db '" + db.string() + "' export --from '" +
                                file.toStdString() + "' --out '" + redrawn.toStdString() + "' > /dev/null";
    REQUIRE(std::system(command.c_str()) == 0);
    const std::regex metadata(R"(<metadata id="trialscope">[^<]*</metadata>)");
    const std::string viewer = slurp(file).toStdString();
    CHECK(viewer.find("interaction") != std::string::npos);
    CHECK(std::regex_replace(slurp(redrawn).toStdString(), metadata, "") == std::regex_replace(viewer, metadata, ""));

    // Opening the figure, with the window closed, opens it again as it was.
    compare->window()->close();
    QTRY_VERIFY(w.figureActions()->compareView() == nullptr);
    w.openFigure(file);
    REQUIRE(opened.wait(60000));
    CompareView* again = w.figureActions()->compareView();
    REQUIRE(again);
    CHECK(again->tabName() == "forest");
    CHECK(again->figureOptions().words() == shown);
}
