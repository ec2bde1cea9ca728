#pragma once
// StudySource: the open study as the views reach it. Its overview (metadata, endpoints, each ADSL
// variable's values) is there at once; a survival question reads only its columns (survival());
// the whole study is loaded the first time a view needs it (data()). Views call survival() and
// data() from their worker threads: both are thread-safe and may block.
//
// Two kinds: a study already in memory (loadedSource: tests, the comparison) and one in the store
// (ui/library/store_source.h), which loads nothing it is not asked for: a 10^6-subject study shows
// its survival view from a few columns, and only a view that needs every record loads them.
#include <memory>
#include <string>
#include <vector>

#include "core/model/columns.h"
#include "core/model/study_data.h"

namespace ts {

class StudySource {
public:
    explicit StudySource(StudyOverview overview) : info(overview.info), m_overview(std::move(overview)) {}
    virtual ~StudySource() = default;
    StudySource(const StudySource&) = delete;
    StudySource& operator=(const StudySource&) = delete;

    const StudyInfo info;
    const StudyOverview& overview() const { return m_overview; }

    // True when data() returns without loading.
    virtual bool loaded() const = 0;
    // The whole study; nullptr when it is no longer in the store.
    virtual std::shared_ptr<const StudyData> data() const = 0;
    // The columns a survival analysis of `endpoint` reads (tte absent when there is no such endpoint).
    virtual SurvivalSlice survival(const std::string& endpoint, const std::vector<std::string>& variables) const = 0;

private:
    StudyOverview m_overview;
};

// A source over a study in memory (nullptr for nullptr).
std::shared_ptr<const StudySource> loadedSource(std::shared_ptr<const StudyData> study);

}  // namespace ts
