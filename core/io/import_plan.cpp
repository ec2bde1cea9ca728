#include "core/io/import_plan.h"

#include <algorithm>

#include "core/io/input_error.h"

namespace fs = std::filesystem;

namespace ts {

namespace {

constexpr const char* aggregateKeys[] = {"lab_summary", "ae_counts", "survival_points", "baseline"};

std::string lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

// The folder's regular files, sorted. An entry named like a dataset (.csv, .xpt) that is not a
// regular file (a folder, a FIFO, a device, a link to one or a dangling link) is
// an error naming it: skipping it would replace the study by one without that dataset, and opening
// a FIFO would wait forever.
std::vector<fs::path> sortedFiles(const fs::path& dir) {
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir)) {
        std::error_code ec;
        if (e.is_regular_file(ec)) {
            files.push_back(e.path());
            continue;
        }
        if (isDatasetFile(e.path())) {  // by name only: opening a FIFO to read its header would block
            const bool dangling = e.is_symlink(ec) && !fs::exists(e.path(), ec);
            throw InputError(printableLine(e.path().filename().string(), 200), 0,
                             dangling ? "a link to a file that does not exist"
                                      : "not a regular file (a folder, device, pipe or link to one)");
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

// A folder may hold the same dataset twice, as delivered .xpt and a .csv made from it (as the
// CDISC pilot does): the format closest to the original (formatRank: SAS transport, SAS7BDAT,
// Dataset-JSON, CSV) is imported and the copy skipped.
bool sameDatasetTwoFormats(const fs::path& a, const fs::path& b) {
    return lower(a.stem().string()) == lower(b.stem().string()) &&
           lower(a.extension().string()) != lower(b.extension().string());
}

void addDataset(ImportPlan& plan, Domain d, const fs::path& file) {
    auto [it, fresh] = plan.datasets.emplace(d, file);
    if (!fresh && sameDatasetTwoFormats(it->second, file)) {
        const bool better = formatRank(file) < formatRank(it->second);
        const fs::path skipped = better ? it->second : file;
        if (better) it->second = file;
        plan.warnings.push_back(printableLine(skipped.filename().string(), 200) + ":0: same dataset as " +
                                printableLine(it->second.filename().string(), 200) + ", which is imported; skipped");
        return;
    }
    if (!fresh)
        throw InputError(
            file.filename().string(), 0,
            "second " + lower(std::string(domainName(d))) + " dataset (also " + it->second.filename().string() + ")");
}

void planAggregates(ImportPlan& plan, const fs::path& dir) {
    for (const char* key : aggregateKeys) {
        auto named = plan.manifest.files.find(key);
        fs::path file = dir / (named != plan.manifest.files.end() ? named->second : std::string(key) + ".csv");
        if (named != plan.manifest.files.end() && !fs::is_regular_file(file))
            throw InputError("study.json", 0, "\"files." + std::string(key) + "\": no file " + named->second);
        if (fs::is_regular_file(file)) plan.aggregates.emplace(key, file);
    }
    for (const fs::path& f : sortedFiles(dir)) {
        bool used =
            std::any_of(plan.aggregates.begin(), plan.aggregates.end(), [&](const auto& a) { return a.second == f; });
        if (!used)
            plan.warnings.push_back("aggregates/" + printableLine(f.filename().string(), 200) +
                                    ":0: not a known aggregate file; skipped");
    }
}

ImportPlan planFolder(const fs::path& dir) {
    ImportPlan plan;
    plan.root = dir;
    if (fs::is_regular_file(dir / "study.json")) {
        plan.manifest = readManifest(dir / "study.json");
        plan.warnings = plan.manifest.warnings;
    }
    for (const auto& [key, name] : plan.manifest.files)
        if (auto d = parseDomain(key)) {
            if (!fs::is_regular_file(dir / name))
                throw InputError("study.json", 0, "\"files." + key + "\": no file " + name);
            addDataset(plan, *d, dir / name);
        }
    for (const fs::path& f : sortedFiles(dir)) {
        if (lower(f.filename().string()) == "define.xml") plan.define = f;
        if (!isDatasetFile(f) || f.filename() == "study.json" ||
            std::any_of(plan.datasets.begin(), plan.datasets.end(), [&](const auto& e) { return e.second == f; }))
            continue;
        auto d = detectDomain(f);
        if (!d)
            plan.warnings.push_back(printableLine(f.filename().string(), 200) +
                                    ":0: not an ADaM dataset (adsl, adtte, adlb, adae); skipped");
        else if (!plan.manifest.files.count(std::string(domainName(*d)))) addDataset(plan, *d, f);
    }
    if (fs::is_directory(dir / "aggregates")) planAggregates(plan, dir / "aggregates");
    if (plan.datasets.empty() && plan.aggregates.empty())
        throw InputError(dir.filename().string(), 0,
                         "no ADaM datasets (adsl, adtte, adlb, adae as .csv, .xpt, .sas7bdat, .json or .ndjson) or "
                         "aggregates/ found");
    return plan;
}

}  // namespace

ImportPlan planImport(const fs::path& given) {
    // "study/" names the folder "study": drop a trailing separator so filename() is the folder's name.
    fs::path path = given.has_filename() ? given : given.parent_path();
    std::error_code ec;
    if (fs::is_directory(path, ec)) return planFolder(path);
    if (!fs::is_regular_file(path, ec))
        throw InputError(
            printableLine(path.string(), 200), 0,
            fs::exists(path, ec) ? "not a regular file (a device, pipe or link to one)" : "no such file or folder");
    if (!isDatasetFile(path))
        throw InputError(path.filename().string(), 0,
                         "not a dataset (.csv, .xpt, .sas7bdat, .json, .ndjson) or a study folder");
    auto d = detectDomain(path);
    if (!d)
        throw InputError(path.filename().string(), 0, "cannot tell the domain from the name (adsl, adtte, adlb, adae)");
    ImportPlan plan;
    plan.root = path;
    plan.datasets.emplace(*d, path);
    return plan;
}

}  // namespace ts
