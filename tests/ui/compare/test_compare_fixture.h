#pragma once
// Shared by the comparison and forest-plot tests: a sample trial (sample_trials/<folder>) imported
// through ts::importPath into a temporary store and loaded back, once per folder.
#include <map>
#include <memory>
#include <string>

#include "tests/ui/view_fixture.h"

namespace ts::test {

// A sample trial, imported once per process (view_fixture.h's sampleStudy, cached).
inline std::shared_ptr<const StudyData> sampleTrial(const std::string& folder) {
    static std::map<std::string, std::shared_ptr<const StudyData>> cache;
    if (auto it = cache.find(folder); it != cache.end()) return it->second;
    return cache[folder] = sampleStudy(folder);
}

}  // namespace ts::test
