#include "core/reconstruct/qin2024_sample.h"

#include "core/reconstruct/sample_records.h"

namespace ts {

StudyData qin2024Sample() {
    constexpr double kDay = 12.0 / 365.25;  // months per day
    struct Group { const char* arm; const char* prefix; std::vector<IpdRecord> os; };
    const std::vector<Group> groups = {
        {"Low dose", "L", {{85 * kDay, 0}, {85 * kDay, 0}, {11, 1}, {23, 1}, {24, 0}, {24, 0}, {24, 0}, {24, 0}}},
        {"Medium dose", "M", {{15 * kDay, 0}, {12, 0}, {24, 0}, {24, 0}, {24, 0}, {24, 0}, {24, 0}, {24, 0}}},
        {"High dose", "H", {{7, 1}, {18, 0}, {19, 0}, {20, 0}, {21, 0}, {22, 0}, {23, 0}, {24, 0}}},
    };
    StudyData st;
    st.info.id = "QIN2024";
    for (const Group& g : groups)
        for (std::size_t i = 0; i < g.os.size(); ++i) {
            std::string id = sampleId(st.info.id, g.prefix, static_cast<int>(i) + 1);
            st.subjects.push_back(sampleSubject(st.info.id, id, g.arm));
            st.tte.push_back(sampleTte(id, "OS", "Overall survival", g.os[i]));
        }
    return st;
}

}  // namespace ts
