#include "core/reconstruct/qin2024_sample.h"

#include "core/reconstruct/sample_labs.h"
#include "core/reconstruct/sample_records.h"

namespace ts {
namespace {

constexpr double kDay = 12.0 / 365.25;  // months per day
constexpr double kAll = 169;            // last lab visit day: every visit attended

struct Patient {
    IpdRecord os;      // months
    double lastVisit;  // study day of the last lab visit
};

// Arm x visit targets (mean, SD) at days 1, 29, 57, 85, 169, index 0 = low, 1 = medium, 2 = high.
// Day 1 values respect the inclusion criteria (ALB < 35 g/L, TBIL < 170 umol/L, PTA > 30 %) for
// all 8 subjects. A visit the paper calls raised has its mean above day 1 and an SD change small
// enough that every subject rises (mean change > 1.534 x |SD change|, 1.534 = largest normal score
// of 8); a visit the paper calls unchanged has a small mean change and an SD change at least 3
// times as large, so that the changes have both signs.
struct Param {
    SampleLabParam p;
    int stride;
    VisitTarget v[3][5];
};

const Param kParams[] = {
    // Day 29/57: raised in low and high dose; day 85: raised in all 3; day 169: back near day 1.
    {{"ALB", "Albumin (g/L)", "g/L", {}, {}},
     1,
     {{{29.5, 3.0}, {32.0, 3.8}, {32.4, 4.0}, {33.0, 4.2}, {29.9, 4.6}},
      {{30.2, 2.8}, {31.2, 5.2}, {31.1, 5.0}, {32.6, 3.6}, {30.5, 4.2}},
      {{29.0, 3.2}, {31.5, 4.2}, {32.2, 4.4}, {32.0, 4.2}, {29.4, 4.8}}}},
    // Raised only at day 85 in high dose, every value below the ULN of 45 U/L.
    {{"ALT", "Alanine aminotransferase (U/L)", "U/L", {}, 45},
     3,
     {{{28, 8}, {28.4, 6.4}, {27.6, 9.2}, {28.6, 6.2}, {28.2, 9.0}},
      {{30, 8.5}, {30.4, 6.8}, {29.6, 9.8}, {30.4, 7.0}, {29.8, 9.6}},
      {{26, 8}, {26.4, 6.4}, {26.2, 6.6}, {33.0, 5.6}, {26.4, 6.2}}}},
    // No change stated.
    {{"AST", "Aspartate aminotransferase (U/L)", "U/L", {}, {}},
     3,
     {{{46, 13}, {46.6, 10.8}, {45.8, 15}, {46.8, 10.6}, {45.8, 15.2}},
      {{48, 13.5}, {48.4, 11}, {47.8, 15.5}, {48.8, 11.5}, {48.2, 15.8}},
      {{44, 12}, {44.6, 9.8}, {43.8, 14.2}, {44.8, 9.6}, {44.2, 14.4}}}},
    // Raised at day 29 in high dose and at day 85 in low dose, below the ULN of 12500 U/L.
    {{"CHE", "Cholinesterase (U/L)", "U/L", {}, 12500},
     1,
     {{{4200, 1150}, {4300, 850}, {4150, 1380}, {4900, 950}, {4250, 1400}},
      {{4500, 1200}, {4600, 900}, {4450, 1450}, {4550, 950}, {4400, 1450}},
      {{4000, 1100}, {4800, 1500}, {4100, 800}, {4050, 1330}, {4020, 850}}}},
    // Raised at day 29 in medium dose, back from day 57. SD > mean / 3: log-normal values.
    {{"TBIL", "Total bilirubin (umol/L)", "umol/L", {}, {}},
     7,
     {{{38, 22}, {38.5, 18.5}, {37.6, 25.5}, {38.8, 18.8}, {37.8, 25.6}},
      {{34, 20}, {46, 24}, {34.6, 16.5}, {33.8, 23.5}, {34.4, 16.8}},
      {{40, 24}, {40.6, 19.5}, {39.4, 28}, {40.2, 19.8}, {39.8, 28}}}},
    // Raised in high dose from day 29 to day 169.
    {{"PTA", "Prothrombin activity (%)", "%", {}, {}},
     1,
     {{{58, 11}, {58.6, 8.6}, {57.6, 13}, {58.8, 8.8}, {57.8, 13.2}},
      {{60, 10}, {60.4, 7.8}, {59.6, 12.2}, {60.6, 8.0}, {59.8, 12.0}},
      {{56, 12}, {62, 9.5}, {61, 14.5}, {62, 10.0}, {61.5, 14.5}}}},
};

void addLabs(StudyData& st, const std::vector<std::string>& ids, const std::vector<double>& lastVisit, int arm) {
    static const std::vector<SampleVisit> visits = {
        {"Day 1", 1, 1}, {"Day 29", 29, 29}, {"Day 57", 57, 57}, {"Day 85", 85, 85}, {"Day 169", 169, 169}};
    for (const Param& p : kParams)
        addSampleLabs(st, ids, p.p, visits, std::vector<VisitTarget>(p.v[arm], p.v[arm] + 5), p.stride, lastVisit);
}

}  // namespace

StudyData qin2024Sample() {
    struct Group {
        const char* arm;
        const char* prefix;
        std::vector<Patient> patients;
    };
    const std::vector<Group> groups = {
        {"Low dose",
         "L",
         {{{24, 0}, kAll},
          {{24, 0}, kAll},
          {{11, 1}, kAll},
          {{85 * kDay, 0}, 85},
          {{85 * kDay, 0}, 85},
          {{23, 1}, kAll},
          {{24, 0}, kAll},
          {{24, 0}, kAll}}},
        {"Medium dose",
         "M",
         {{{24, 0}, kAll},
          {{24, 0}, kAll},
          {{24, 0}, kAll},
          {{12, 0}, 85},
          {{15 * kDay, 0}, 1},
          {{24, 0}, kAll},
          {{24, 0}, kAll},
          {{24, 0}, kAll}}},
        {"High dose",
         "H",
         {{{7, 1}, kAll},
          {{18, 0}, kAll},
          {{19, 0}, kAll},
          {{20, 0}, kAll},
          {{21, 0}, kAll},
          {{22, 0}, kAll},
          {{23, 0}, kAll},
          {{24, 0}, kAll}}},
    };
    StudyData st;
    st.info.id = "QIN2024";
    for (std::size_t arm = 0; arm < groups.size(); ++arm) {
        const Group& g = groups[arm];
        std::vector<std::string> ids;
        std::vector<double> lastVisit;
        for (std::size_t i = 0; i < g.patients.size(); ++i) {
            std::string id = sampleId(st.info.id, g.prefix, static_cast<int>(i) + 1);
            st.subjects.push_back(sampleSubject(st.info.id, id, g.arm));
            st.tte.push_back(sampleTte(id, "OS", "Overall survival", g.patients[i].os));
            ids.push_back(id);
            lastVisit.push_back(g.patients[i].lastVisit);
        }
        addLabs(st, ids, lastVisit, static_cast<int>(arm));
    }
    return st;
}

}  // namespace ts
