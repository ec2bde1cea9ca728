// A transport file cut on a record boundary: found when the cut falls inside an observation.
#include <fstream>
#include <iterator>

#include "core/io/xpt_tail.h"
#include "tests/core/io/io_fixture.h"

using ts::test::ScratchDir;

namespace {

std::string pilotAdtte() {
    std::ifstream in(std::filesystem::path(TRIALSCOPE_PILOT_DIR) / "adtte.xpt", std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

}  // namespace

TEST_CASE("xptCut: blank padding, a cut observation, a cut between observations", "[xpt]") {
    // The pilot ADTTE: 20 variables, 214-byte observations from offset 3520 (the record after the
    // OBS header), 512 observations and 32 bytes of blank padding in 113,120 bytes.
    const std::string adtte = pilotAdtte();
    REQUIRE(adtte.size() == 113120);
    ScratchDir dir;
    CHECK_FALSE(ts::xptCut(dir.write("whole.xpt", adtte), 214));
    // 58,320 bytes: 256 observations and 16 bytes of the 257th.
    const auto cut = ts::xptCut(dir.write("cut.xpt", adtte.substr(0, 58320)), 214);
    REQUIRE(cut);
    CHECK(cut->observations == 256);
    CHECK(cut->bytes == 16);
    // 12,080 bytes: exactly 40 observations (40 x 214 = 8,560 = 107 records). A valid shorter file:
    // the format keeps no count, so nothing can tell.
    CHECK_FALSE(ts::xptCut(dir.write("short.xpt", adtte.substr(0, 12080)), 214));
    // Two members, the second cut inside an observation: the tail is not the first member's, whose
    // observation length is given, so nothing is claimed.
    const size_t member = adtte.find("HEADER RECORD*******MEMBER");
    REQUIRE(member != std::string::npos);
    const std::string twoMembers = adtte + adtte.substr(member, 58320 - member);
    CHECK_FALSE(ts::xptCut(dir.write("two.xpt", twoMembers), 214));
    // No OBS header at all: nothing to say (ReadStat refuses such a file first).
    CHECK_FALSE(ts::xptCut(dir.write("header.xpt", adtte.substr(0, 3440)), 214));
}
