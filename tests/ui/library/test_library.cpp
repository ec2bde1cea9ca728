// Study library: the table model over the store's studies, the details pane, grouping of dropped
// paths into import units, remembered settings, and the thread-safe store wrapper.
#include <catch2/catch.hpp>

#include <filesystem>

#include <QColor>
#include <QDir>
#include <QSettings>
#include <QTemporaryDir>

#include "tests/ui/view_fixture.h"
#include "ui/common/settings.h"
#include "ui/library/import_runner.h"
#include "ui/library/library_store.h"
#include "ui/library/study_library_model.h"
#include "ui/library/study_library_view.h"

using namespace ts;

namespace {

StudySummary summary(const std::string& id, Provenance provenance) {
    StudySummary s;
    s.info.id = id;
    s.info.title = "Title of " + id;
    s.info.citation = "Author A et al. Journal 2021;1:2";
    s.info.doi = "10.1000/xyz";
    s.info.design = "Randomised, double-blind";
    s.info.provenance = provenance;
    s.info.arms = {{"P", "Placebo", std::nullopt, "", ""}, {"H", "High dose", 2.5, "mg/kg", ""}};
    s.subjects = 120;
    s.endpoints = {"OS", "PFS"};
    s.provenances = {"original"};
    return s;
}

}  // namespace

TEST_CASE("StudyLibraryModel lists studies with a provenance badge", "[ui][library]") {
    test::application();
    StudyLibraryModel model;
    model.setStudies({summary("A1", Provenance::Original), summary("B2", Provenance::Reconstructed)});
    REQUIRE(model.rowCount() == 2);
    REQUIRE(model.columnCount() == StudyLibraryModel::ColumnCount);
    CHECK(model.data(model.index(1, StudyLibraryModel::Id)).toString() == "B2");
    CHECK(model.data(model.index(0, StudyLibraryModel::Arms)).toString() == "Placebo, High dose");
    CHECK(model.data(model.index(0, StudyLibraryModel::Subjects)).toInt() == 120);
    CHECK(model.data(model.index(1, StudyLibraryModel::Data)).toString() == "reconstructed");
    CHECK(model.data(model.index(1, StudyLibraryModel::Data), Qt::BackgroundRole).value<QColor>() ==
          StudyLibraryModel::badgeColour(Provenance::Reconstructed));
    CHECK(StudyLibraryModel::badgeColour(Provenance::Original) !=
          StudyLibraryModel::badgeColour(Provenance::Illustrative));
    CHECK(model.rowOf("B2") == 1);
    CHECK(model.rowOf("nope") == -1);
}

TEST_CASE("StudyLibraryView shows the selected study's details", "[ui][library]") {
    test::application();
    StudyLibraryView view;
    view.setStudies({summary("A1", Provenance::Original), summary("B2", Provenance::PublishedAggregate)});
    CHECK(view.currentId().isEmpty());
    view.selectStudy("B2");
    CHECK(view.currentId() == "B2");
    const QString html = view.detailsHtml();
    CHECK(html.contains("Title of B2"));
    CHECK(html.contains("Author A et al. Journal 2021;1:2"));
    CHECK(html.contains("https://doi.org/10.1000/xyz"));
    CHECK(html.contains("High dose (2.5 mg/kg)"));
    CHECK(html.contains("published-aggregate"));
    // Re-listing keeps the selection.
    view.setStudies({summary("B2", Provenance::PublishedAggregate)});
    CHECK(view.currentId() == "B2");
}

TEST_CASE("Dropped paths group into import units", "[ui][library]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QDir d(dir.path());
    d.mkpath("study1");
    d.mkpath("loose");
    for (const char* f : {"loose/adsl.csv", "loose/adtte.xpt", "single.csv"}) {
        QFile file(d.filePath(f));
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    const auto units = ImportRunner::units(
        {d.filePath("study1"), d.filePath("loose/adsl.csv"), d.filePath("loose/adtte.xpt"), d.filePath("single.csv")});
    REQUIRE(units.size() == 3);
    CHECK(units[0] == QStringList{d.filePath("study1")});
    // Folders first, then loose files grouped by their folder (in path order).
    CHECK(units[1] == QStringList{d.filePath("single.csv")});
    CHECK(units[2] == QStringList{d.filePath("loose/adsl.csv"), d.filePath("loose/adtte.xpt")});
}

TEST_CASE("Settings remember recent studies, theme and import sources", "[ui][settings]") {
    test::application();
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, config.path());
    for (int i = 0; i < 10; ++i) Settings::addRecentStudy(QStringLiteral("S%1").arg(i));
    Settings::addRecentStudy("S3");
    const QStringList recent = Settings::recentStudies();
    REQUIRE(recent.size() == Settings::kMaxRecent);
    CHECK(recent.front() == "S3");
    CHECK(recent[1] == "S9");
    CHECK_FALSE(recent.contains("S0"));
    Settings::removeRecentStudy("S3");
    CHECK_FALSE(Settings::recentStudies().contains("S3"));
    Settings::setTheme(PlotStyle::Theme::Dark);
    CHECK(Settings::theme() == PlotStyle::Theme::Dark);
    Settings::setTheme(PlotStyle::Theme::Light);
    CHECK(Settings::theme() == PlotStyle::Theme::Light);
    Settings::setImportSource("NCT/01", {"/a/b", "/a/c"});
    CHECK(Settings::importSource("NCT/01") == QStringList{"/a/b", "/a/c"});
    CHECK(Settings::importSource("other").isEmpty());
}

TEST_CASE("LibraryStore lists, loads and deletes studies", "[ui][library]") {
    test::application();
    QTemporaryDir dir;
    const std::filesystem::path db = std::filesystem::path(dir.path().toStdString()) / "library.db";
    {
        Store store = Store::open(db);
        StudyData s;
        s.info.id = "T1";
        s.info.title = "Tiny";
        s.subjects.push_back({"U1", {{"USUBJID", "U1"}, {"TRT01A", "A"}}});
        s.tte.push_back({"U1", "OS", "Overall survival", 10, 0, Provenance::Original});
        store.importStudy(s);
    }
    LibraryStore library(db);
    const auto studies = library.studies();
    REQUIRE(studies.size() == 1);
    CHECK(studies[0].info.id == "T1");
    CHECK(studies[0].subjects == 1);
    auto loaded = library.load("T1");
    REQUIRE(loaded);
    CHECK(loaded->tte.size() == 1);
    CHECK(library.load("none") == nullptr);
    CHECK(library.remove("T1"));
    CHECK(library.studies().empty());
}
