#include "core/io/study_importer.h"

#include <algorithm>
#include <future>
#include <memory>

#include "core/io/adae_mapper.h"
#include "core/io/adlb_mapper.h"
#include "core/io/adsl_mapper.h"
#include "core/io/adtte_mapper.h"
#include "core/io/ae_count_mapper.h"
#include "core/io/baseline_mapper.h"
#include "core/io/data_digest.h"
#include "core/io/define_xml.h"
#include "core/io/import_plan.h"
#include "core/io/input_error.h"
#include "core/io/lab_summary_mapper.h"
#include "core/io/read_dataset.h"
#include "core/io/study_id.h"
#include "core/io/surv_point_mapper.h"

namespace fs = std::filesystem;

namespace ts {

namespace {

// Provenance of one dataset: study.json "datasets", else the kind's default.
Provenance datasetProvenance(const Manifest& m, const std::string& key, Provenance fallback) {
    auto it = m.datasets.find(key);
    return it == m.datasets.end() ? fallback : it->second;
}

bool isAggregateKey(const std::string& key) {
    return key == "lab_summary" || key == "ae_counts" || key == "survival_points" || key == "baseline";
}

// The study's overall provenance: study.json's, else the worst of the datasets imported
// (the enum is ordered original < reconstructed < published-aggregate < illustrative).
Provenance overallProvenance(const ImportPlan& plan) {
    if (plan.manifest.provenance) return *plan.manifest.provenance;
    Provenance worst = Provenance::Original;
    auto consider = [&](const std::string& key) {
        Provenance fallback = isAggregateKey(key) ? Provenance::PublishedAggregate : Provenance::Original;
        worst = std::max(worst, datasetProvenance(plan.manifest, key, fallback));
    };
    for (const auto& [d, file] : plan.datasets) consider(std::string(domainName(d)));
    for (const auto& [key, file] : plan.aggregates) consider(key);
    return worst;
}

std::unique_ptr<RowSink> domainMapper(Domain d, StudyOutput& out, Provenance p) {
    switch (d) {
    case Domain::Adtte: return std::make_unique<AdtteMapper>(out, p);
    case Domain::Adlb: return std::make_unique<AdlbMapper>(out, p);
    case Domain::Adae: return std::make_unique<AdaeMapper>(out, p);
    case Domain::Adsl: break;
    }
    return nullptr;
}

std::unique_ptr<RowSink> aggregateMapper(const std::string& key, StudyOutput& out, Provenance p) {
    if (key == "lab_summary") return std::make_unique<LabSummaryMapper>(out, p);
    if (key == "ae_counts") return std::make_unique<AeCountMapper>(out, p);
    if (key == "survival_points") return std::make_unique<SurvPointMapper>(out, p);
    return std::make_unique<BaselineMapper>(out, p);
}

double fileSize(const fs::path& f) {
    std::error_code ec;
    auto n = fs::file_size(f, ec);
    return ec ? 1.0 : double(n) + 1.0;
}

// Passes a dataset to its mapper, keeping the labels its header gives (as `dataset`'s).
class LabelTap : public RowSink {
public:
    LabelTap(RowSink& sink, std::string dataset, VariableLabels& labels)
        : m_sink(sink),
          m_dataset(std::move(dataset)),
          m_labels(labels) {}
    void header(const DatasetHeader& h) override {
        for (std::size_t k = 0; k < h.labels.size() && k < h.columns.size(); ++k)
            if (!h.labels[k].empty()) m_labels[{m_dataset, h.columns[k]}] = h.labels[k];
        m_sink.header(h);
    }
    void row(long line, std::span<const Value> values) override { m_sink.row(line, values); }
    void progress(double fraction) override { m_sink.progress(fraction); }

private:
    RowSink& m_sink;
    std::string m_dataset;
    VariableLabels& m_labels;
};

std::string datasetName(Domain d) {
    std::string name(domainName(d));
    for (char& c : name) c = static_cast<char>(c - 'a' + 'A');
    return name;
}

// The labels kept: define.xml's for the datasets imported (the submission's declared metadata, not
// cut at the 40 characters an XPT label may hold), else the files' own.
VariableLabels studyLabels(const ImportPlan& plan, const VariableLabels& defined, VariableLabels fromFiles) {
    for (const auto& [key, label] : defined)
        for (const auto& [d, file] : plan.datasets)
            if (key.first == datasetName(d)) fromFiles[key] = label;
    return fromFiles;
}

void importAdsl(const fs::path& file, StudyOutput& out, const std::string& xptEncoding, VariableLabels& labels) {
    AdslMapper adsl(out);
    LabelTap tap(adsl, "ADSL", labels);
    readDataset(file, tap, xptEncoding);
    if (out.info().arms.empty()) out.info().arms = adsl.arms();
    std::unordered_set<std::string> ids;
    StudyWriter& w = out.writer(adsl.studyId());
    for (const Subject& s : adsl.subjects()) {
        ids.insert(s.usubjid);
        w.subject(s);
    }
    out.summary().subjects = static_cast<int>(adsl.subjects().size());
    out.setSubjects(std::move(ids));
}

// The unit of ADTTE's AVAL: AVALU where the records give it, else study.json's time_unit, else days
// with a warning saying so.
void settleTimeUnit(const ImportPlan& plan, StudyOutput& out) {
    const Manifest& manifest = plan.manifest;
    if (out.summary().tteRecords == 0) return;
    if (const auto& unit = out.dataTimeUnit()) {
        if (manifest.timeUnitGiven && manifest.info.timeUnit != *unit)
            out.summary().warnings.push_back("study.json:0: time_unit " + manifest.info.timeUnit +
                                             " differs from ADTTE's AVALU (" + *unit + "): AVALU used");
        out.info().timeUnit = *unit;
        out.writer(out.info().id).setTimeUnit(*unit);
    } else if (!manifest.timeUnitGiven) {
        std::string adtte = "adtte";
        for (const auto& [d, file] : plan.datasets)
            if (d == Domain::Adtte) adtte = printableLine(file.filename().string(), 200);
        out.summary().warnings.push_back(adtte +
                                         ":0: no AVALU and no time_unit in study.json: times are taken as days");
    }
}

}  // namespace

ImportSummary importPath(Store& store, const fs::path& path, const ImportControl& control) {
    ImportPlan plan = planImport(path);
    const VariableLabels defined = plan.define.empty() ? VariableLabels() : readDefineXml(plan.define);
    StudyInfo info = plan.manifest.info;
    info.provenance = overallProvenance(plan);
    info.adslProvenance = datasetProvenance(plan.manifest, "adsl", Provenance::Original);
    // The fingerprint reads every file once more: on a thread of its own while they are imported.
    std::future<std::string> digest =
        std::async(std::launch::async, [&plan, cancel = control.cancel] { return dataDigest(plan, cancel); });
    StudyOutput out(store, info, control);
    out.summary().warnings = plan.warnings;

    double total = 0;
    for (const auto& [d, f] : plan.datasets) total += fileSize(f);
    for (const auto& [k, f] : plan.aggregates) total += fileSize(f);

    // ADSL first: it gives the study id, the arms and the subjects the other domains must match.
    VariableLabels labels;
    for (const auto& [d, file] : plan.datasets) {
        out.beginStage(file.filename().string(), fileSize(file) / total);
        if (d == Domain::Adsl) {
            importAdsl(file, out, plan.manifest.xptEncoding, labels);
            continue;
        }
        auto sink =
            domainMapper(d, out, datasetProvenance(plan.manifest, std::string(domainName(d)), Provenance::Original));
        LabelTap tap(*sink, datasetName(d), labels);
        readDataset(file, tap, plan.manifest.xptEncoding);
    }
    if (out.needsId()) {
        out.info().id = plan.root.filename().string();
        if (std::string bad = studyIdProblem(out.info().id); !bad.empty())
            throw InputError(out.info().id, 0, "the folder name is the study id, and it " + bad);
    }
    settleTimeUnit(plan, out);
    for (const auto& [key, file] : plan.aggregates) {
        out.beginStage("aggregates/" + file.filename().string(), fileSize(file) / total);
        auto sink = aggregateMapper(key, out, datasetProvenance(plan.manifest, key, Provenance::PublishedAggregate));
        readDataset(file, *sink, plan.manifest.xptEncoding);
    }
    const std::string sha256 = digest.get();
    out.progress(1);  // a cancel while the digest finished throws here: "" is no digest to keep
    out.writer(out.info().id).setDataSha256(sha256);
    out.writer(out.info().id).setLabels(studyLabels(plan, defined, std::move(labels)));
    return out.commit();
}

}  // namespace ts
