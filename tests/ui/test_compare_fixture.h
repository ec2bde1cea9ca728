#pragma once
// Shared by the comparison and forest-plot tests: a sample trial (sample_trials/<folder>) imported
// through ts::importPath into a temporary store and loaded back, once per folder.
#include <filesystem>
#include <map>
#include <memory>
#include <string>

#include "core/io/study_importer.h"
#include "core/store/store.h"

namespace ts::test {

inline std::shared_ptr<const StudyData> sampleTrial(const std::string& folder) {
    static std::map<std::string, std::shared_ptr<const StudyData>> cache;
    if (auto it = cache.find(folder); it != cache.end()) return it->second;
    const auto db = std::filesystem::temp_directory_path() / ("trialscope_test_compare_" + folder + ".db");
    std::filesystem::remove(db);
    std::shared_ptr<const StudyData> data;
    {
        Store store = Store::open(db);
        const ImportSummary s = importPath(store, std::filesystem::path(TRIALSCOPE_SOURCE_DIR) / "sample_trials" / folder);
        if (auto d = store.loadStudy(s.study)) data = std::make_shared<const StudyData>(std::move(*d));
    }
    std::filesystem::remove(db);
    return cache[folder] = data;
}

}  // namespace ts::test
