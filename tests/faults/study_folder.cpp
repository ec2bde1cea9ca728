#include "study_folder.h"

#include <fstream>
#include <sstream>

namespace ts::fault {

const char* const goodAdsl =
    "STUDYID,USUBJID,TRT01A,AGE\n"
    "S1,U1,A,50\n"
    "S1,U2,B,60\n"
    "S1,U3,A,70\n";

const char* const goodAdtte =
    "STUDYID,USUBJID,PARAMCD,PARAM,AVAL,CNSR\n"
    "S1,U1,OS,Overall survival,5,0\n"
    "S1,U2,OS,Overall survival,7,1\n"
    "S1,U3,OS,Overall survival,9,0\n";

void writeGoodStudy(const std::filesystem::path& folder) {
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    writeBytes(folder / "adsl.csv", goodAdsl);
    writeBytes(folder / "adtte.csv", goodAdtte);
}

void writeBytes(const std::filesystem::path& file, const std::string& bytes) {
    std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
}

std::string readBytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string storeBytes(const std::filesystem::path& db) {
    std::string bytes = readBytes(db);
    const std::filesystem::path wal = db.string() + "-wal";
    if (std::filesystem::exists(wal)) bytes += "\n-wal:\n" + readBytes(wal);
    return bytes;
}

}  // namespace ts::fault
