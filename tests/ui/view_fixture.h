#pragma once
// Shared by the labs / adverse-event / baseline view tests: the QApplication (offscreen), small
// reports and studies made in code, the CDISC pilot study loaded through the importer, and a wait
// for a view's background analysis.
#include <filesystem>
#include <memory>

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

#include "core/analysis/ae_analysis.h"
#include "core/analysis/baseline_analysis.h"
#include "core/analysis/lab_analysis.h"
#include "core/io/study_importer.h"
#include "core/store/store.h"
#include "tests/scratch_dir.h"

namespace ts::test {

inline QApplication& application() {
    if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance())) return *app;
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    static int argc = 1;
    static char name[] = "test_ui";
    static char* argv[] = {name, nullptr};
    // Never destroyed: a QApplication torn down among static destructors, after Qt's global thread
    // pool (QtConcurrent), crashes at exit.
    static auto* app = new QApplication(argc, argv);
    return *app;
}

// A folder `into`/cdiscpilot01 of links to the pilot's CSV datasets (its own folder also holds the
// XPT copies, which an import of the folder would take as the same datasets twice).
inline std::filesystem::path pilotCsvFolder(const std::filesystem::path& into) {
    const std::filesystem::path folder = into / "cdiscpilot01";
    std::filesystem::create_directories(folder);
    for (const char* name : {"adsl.csv", "adtte.csv", "adlb.csv", "adae.csv"})
        std::filesystem::create_symlink(std::filesystem::path(TRIALSCOPE_PILOT_DIR) / name, folder / name);
    return folder;
}

// `view` shown at `size` with `study`, its first report on screen.
template <typename View>
bool showWithStudy(View& view, std::shared_ptr<const StudyData> study, QSize size) {
    view.resize(size);
    view.show();
    QSignalSpy shown(&view, &View::reportShown);
    view.setStudy(std::move(study));
    return shown.count() > 0 || shown.wait(30000);
}

// Waits until `view` emits reportShown() (the background analysis finished and was drawn).
template <typename View>
bool waitShown(View& view, int ms = 20000) {
    QSignalSpy spy(&view, &View::reportShown);
    return spy.count() > 0 || spy.wait(ms);
}

// Two groups, three visits (Baseline 0, Week 2 = 4, Week 4 = 5), one missing interval bound,
// a significant difference at Week 4, a reference range and three patients' series.
inline LabReport labReport() {
    LabReport r;
    r.study = "TEST";
    r.param = "ALT";
    r.paramLabel = "Alanine Aminotransferase (U/L)";
    r.unit = "U/L";
    r.options.param = "ALT";
    r.refLow = 6;
    r.refHigh = 34;
    LabGroup a{"Placebo", "#0072B2", {}};
    a.points = {{"Baseline", 0, {}, 30, 20.0, 15.0, 25.0, 0.8},
                {"Week 2", 4, {}, 28, 21.5, 16.0, 27.0, 0.3},
                {"Week 4", 5, {}, 25, 22.0, std::nullopt, 29.0, 0.01}};
    LabGroup b{"Drug", "#D55E00", {}};
    b.points = {{"Baseline", 0, {}, 31, 19.0, 14.0, 24.0, 0.8},
                {"Week 2", 4, {}, 27, 26.0, 20.0, 32.0, 0.3},
                {"Week 4", 5, {}, 24, 35.5, 28.5, 42.5, 0.01}};
    r.groups = {a, b};
    r.subjects = {{"S1", 0, {0, 4, 5}, {18, 20, 21}}, {"S2", 1, {0, 4, 5}, {22, 30, 48}}, {"S3", 1, {0, 5}, {17, 33}}};
    return r;
}

// A few subjects with labs, adverse events and baseline variables, arms in study order.
inline std::shared_ptr<StudyData> smallStudy() {
    auto s = std::make_shared<StudyData>();
    s->info.id = "SMALL";
    s->info.title = "A small test study";
    s->info.citation = "Doe J et al. Test Journal 2020;1:1-2";
    s->info.arms = {{"Placebo", "Placebo", std::nullopt, "", ""}, {"Drug", "Drug", std::nullopt, "", ""}};
    s->info.populationFlags = {"SAFFL"};
    const char* ids[] = {"P1", "P2", "P3", "D1", "D2", "D3"};
    const double ages[] = {60, 70, 65, 55, 72, 68};
    for (int i = 0; i < 6; ++i) {
        Subject sub;
        sub.usubjid = ids[i];
        sub.vars = {{"USUBJID", ids[i]},
                    {"TRT01A", i < 3 ? "Placebo" : "Drug"},
                    {"SAFFL", "Y"},
                    {"AGE", std::to_string(static_cast<int>(ages[i]))},
                    {"SEX", i % 2 ? "F" : "M"}};
        s->subjects.push_back(sub);
        for (int v = 0; v < 3; ++v) {
            LabRecord lab;
            lab.usubjid = ids[i];
            lab.paramcd = "ALT";
            lab.param = "Alanine Aminotransferase (U/L)";
            lab.unit = "U/L";
            lab.avisit = v == 0 ? "Baseline" : "Week " + std::to_string(2 * v);
            lab.avisitn = v;
            lab.aval = 20.0 + i + 3.0 * v * (i >= 3);
            lab.base = 20.0 + i;
            lab.chg = *lab.aval - *lab.base;
            lab.lo = 6;
            lab.hi = 34;
            s->labs.push_back(lab);
        }
    }
    auto ae = [&](const char* id, const char* soc, const char* term, const char* sev, bool serious) {
        AdverseEvent e;
        e.usubjid = id;
        e.bodsys = soc;
        e.decod = term;
        e.severity = sev;
        e.related = "PROBABLE";
        e.serious = serious;
        e.trtemfl = true;
        s->aes.push_back(e);
    };
    ae("P1", "SKIN AND SUBCUTANEOUS TISSUE DISORDERS", "PRURITUS", "MILD", false);
    ae("D1", "SKIN AND SUBCUTANEOUS TISSUE DISORDERS", "PRURITUS", "MILD", false);
    ae("D1", "SKIN AND SUBCUTANEOUS TISSUE DISORDERS", "PRURITUS", "MODERATE", false);
    ae("D2", "SKIN AND SUBCUTANEOUS TISSUE DISORDERS", "ERYTHEMA", "MILD", false);
    ae("D3", "NERVOUS SYSTEM DISORDERS", "DIZZINESS", "SEVERE", true);
    return s;
}

// Imports `folder` into a temporary store and loads the study back, as the viewer would. The store
// is private to this process: CTest runs test cases as concurrent processes.
inline std::shared_ptr<const StudyData> importedStudy(const std::filesystem::path& folder) {
    const test::ScratchDir scratch;
    std::optional<StudyData> data;
    {
        Store store = Store::open(scratch.file("views.db"));
        data = store.loadStudy(importPath(store, folder).study);
    }
    return data ? std::make_shared<const StudyData>(std::move(*data)) : nullptr;
}

// The CDISC pilot study as delivered (its folder holds each dataset as .xpt and .csv; the .xpt is read).
inline std::shared_ptr<const StudyData> pilotStudy() {
    static std::shared_ptr<const StudyData> pilot = importedStudy(std::filesystem::path(TRIALSCOPE_PILOT_DIR));
    return pilot;
}

// A study of sample_trials/ (e.g. "shi2021").
inline std::shared_ptr<const StudyData> sampleStudy(const std::string& name) {
    return importedStudy(std::filesystem::path(TRIALSCOPE_SOURCE_DIR) / "sample_trials" / name);
}

// With TRIALSCOPE_SCREENSHOTS=1, saves `widget` as docs/screenshots/<name>.png (hidden tests).
inline void screenshot(QWidget& widget, const QString& name) {
    if (qEnvironmentVariableIsEmpty("TRIALSCOPE_SCREENSHOTS")) return;
    QApplication::processEvents();
    widget.grab().save(QStringLiteral(TRIALSCOPE_SOURCE_DIR "/docs/screenshots/%1.png").arg(name));
}

}  // namespace ts::test
