#include "big_study.h"

#include <fstream>
#include <string>

namespace ts::fault {

void writeBigStudy(const std::filesystem::path& folder, int subjects, const std::string& study) {
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    std::ofstream adsl(folder / "adsl.csv"), adtte(folder / "adtte.csv"), adlb(folder / "adlb.csv");
    adsl << "STUDYID,USUBJID,TRT01A,AGE,SAFFL\n";
    adtte << "STUDYID,USUBJID,PARAMCD,PARAM,AVAL,CNSR\n";
    adlb << "STUDYID,USUBJID,PARAMCD,PARAM,AVISIT,AVISITN,AVAL\n";
    for (int i = 0; i < subjects; ++i) {
        const std::string id = study + "-" + std::to_string(i);
        adsl << study << "," << id << (i % 2 ? ",Drug," : ",Placebo,") << 40 + i % 40 << ",Y\n";
        adtte << study << "," << id << ",OS,Overall survival," << 1 + i % 97 << "," << i % 3 << "\n";
        adtte << study << "," << id << ",PFS,Progression-free survival," << 1 + i % 53 << "," << i % 2 << "\n";
        for (int v = 0; v < 5; ++v)
            adlb << study << "," << id << ",ALT,Alanine aminotransferase (U/L),Week " << 4 * v << "," << v << ","
                 << 20 + (i * 7 + v * 3) % 40 << "\n";
    }
}

}  // namespace ts::fault
