// Default arm order when a study gives none.
#include <catch2/catch.hpp>

#include "core/io/arm_order.h"

using ts::armRank;

TEST_CASE("armRank puts controls first, doses low to high, non-treatment last", "[arms]") {
    CHECK(armRank("Placebo") == 0);
    CHECK(armRank("Standard medical treatment") == 0);
    CHECK(armRank("Xanomeline Low Dose") == 1);
    CHECK(armRank("Medium dose") == 2);
    CHECK(armRank("Xanomeline High Dose") == 3);
    CHECK(armRank("UC-MSC") == 4);
    CHECK(armRank("Screen Failure") == 5);
    CHECK(armRank("Not treated") == 5);
    // Whole words only: "Flow" is not "low", "Highland" is not "high".
    CHECK(armRank("Flow cohort") == 4);
    CHECK(armRank("Highland site") == 4);
}
