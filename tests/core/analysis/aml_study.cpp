#include "aml_study.h"

#include <string>

namespace ts::test {

StudyData amlStudy(bool reversed) {
    // R: survival::aml (time, status, x)
    struct Row {
        double time;
        int status;
        const char* arm;
    };
    const Row rows[] = {
        {9, 1, "Maintained"},     {13, 1, "Maintained"},    {13, 0, "Maintained"},    {18, 1, "Maintained"},
        {23, 1, "Maintained"},    {28, 0, "Maintained"},    {31, 1, "Maintained"},    {34, 1, "Maintained"},
        {45, 0, "Maintained"},    {48, 1, "Maintained"},    {161, 0, "Maintained"},   {5, 1, "Nonmaintained"},
        {5, 1, "Nonmaintained"},  {8, 1, "Nonmaintained"},  {8, 1, "Nonmaintained"},  {12, 1, "Nonmaintained"},
        {16, 0, "Nonmaintained"}, {23, 1, "Nonmaintained"}, {27, 1, "Nonmaintained"}, {30, 1, "Nonmaintained"},
        {33, 1, "Nonmaintained"}, {43, 1, "Nonmaintained"}, {45, 1, "Nonmaintained"}};
    StudyData d;
    d.info.id = "AML";
    d.info.timeUnit = "weeks";
    Arm m{"M", "Maintained", std::nullopt, "", ""};
    Arm n{"N", "Nonmaintained", std::nullopt, "", "#123456"};
    d.info.arms = reversed ? std::vector<Arm>{n, m} : std::vector<Arm>{m, n};
    int k = 0;
    for (const auto& r : rows) {
        const std::string id = std::string("S").append(std::to_string(++k));
        const bool last = k == 11 || k == 23;
        d.subjects.push_back({id, {{"TRT01A", r.arm}, {"SAFFL", last ? "N" : "Y"}}});
        d.tte.push_back({id, "OS", "Overall survival", r.time, r.status == 1 ? 0 : 1, Provenance::Original});
    }
    return d;
}

}  // namespace ts::test
