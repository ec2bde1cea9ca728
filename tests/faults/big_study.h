#pragma once
// A generated study folder big enough that its import takes a noticeable time (for the kill test
// and the full-disk test): `subjects` subjects in ADSL, two ADTTE endpoints and five ADLB visits
// each, study id `id` (BIG by default).
#include <filesystem>
#include <string>

namespace ts::fault {

void writeBigStudy(const std::filesystem::path& folder, int subjects, const std::string& id = "BIG");

}  // namespace ts::fault
