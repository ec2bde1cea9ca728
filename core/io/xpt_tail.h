#pragma once
// Finds an observation cut off at the end of a SAS transport file.
//
// XPORT stores no observation count for v5 members: the observations of the last member run from
// the 80-byte record after its "OBS" (or "OBSV8") header record to the end of the file, and the
// space after the last whole observation is blank padding (ASCII spaces) up to the record boundary.
// A file cut on a record boundary but inside an observation therefore ends in a partial observation
// that is not all blanks. A cut that falls exactly between two observations leaves a valid file
// with fewer observations, which no reader can tell from the original.
//
// Input: the file and its observation length in bytes (sum of the variables' storage widths, > 0).
// Output: where the file is cut (whole observations before the cut, bytes of the partial one), or
//         nullopt when it ends in whole observations plus blank padding, has no OBS header record, or
//         holds several members (the tail is then the last member's, not the first one's, which
//         ReadStat reads and obsLength describes).
// Precondition: the file size is a multiple of 80 (readXpt checks this first).
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>

namespace ts {

// The observation header records of a transport file: how many there are (one per member) and
// the offset of the record after the last one (0 when there is none).
struct XptMembers {
    int count = 0;
    std::uintmax_t dataStart = 0;
};

XptMembers xptMembers(const std::filesystem::path& file);

struct XptCut {
    std::uintmax_t observations = 0;  // whole observations before the cut
    std::size_t bytes = 0;            // bytes of the partial observation
};

std::optional<XptCut> xptCut(const std::filesystem::path& file, std::size_t obsLength);
// The same, with the members already found by xptMembers (one pass over the file instead of two).
std::optional<XptCut> xptCut(const std::filesystem::path& file, std::size_t obsLength, const XptMembers& members);

}  // namespace ts
