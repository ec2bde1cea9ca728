#include "ui/common/study_source.h"

#include "core/analysis/adsl_variables.h"
#include "core/analysis/study_columns.h"

namespace ts {

namespace {

class LoadedSource : public StudySource {
public:
    explicit LoadedSource(std::shared_ptr<const StudyData> study)
        : StudySource(overviewOf(*study)),
          m_study(std::move(study)) {}
    bool loaded() const override { return true; }
    std::shared_ptr<const StudyData> data() const override { return m_study; }
    SurvivalSlice survival(const std::string& endpoint, const std::vector<std::string>& variables) const override {
        return survivalSlice(*m_study, endpoint, variables);
    }

private:
    std::shared_ptr<const StudyData> m_study;
};

}  // namespace

std::shared_ptr<const StudySource> loadedSource(std::shared_ptr<const StudyData> study) {
    if (!study) return nullptr;
    return std::make_shared<LoadedSource>(std::move(study));
}

}  // namespace ts
