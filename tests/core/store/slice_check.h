#pragma once
// Checks that two survival slices (core/model/columns.h) hold the same study, endpoints, ADSL
// columns and endpoint records: the store's packed columns against a loaded study's, and a
// viewer's source against the store.
#include <catch2/catch.hpp>

#include "core/model/columns.h"

namespace ts::test {

inline void sameColumns(const SurvivalSlice& a, const SurvivalSlice& b) {
    CHECK(a.info.id == b.info.id);
    CHECK(a.endpoints == b.endpoints);
    CHECK(a.adsl.subjects == b.adsl.subjects);
    REQUIRE(a.adsl.columns.size() == b.adsl.columns.size());
    for (const auto& [name, column] : a.adsl.columns) {
        INFO(name);
        REQUIRE(b.adsl.find(name));
        CHECK(column->levels == b.adsl.find(name)->levels);
        CHECK(column->codes == b.adsl.find(name)->codes);
    }
    REQUIRE((a.tte != nullptr) == (b.tte != nullptr));
    if (!a.tte) return;
    CHECK(a.tte->param == b.tte->param);
    CHECK(a.tte->subject == b.tte->subject);
    CHECK(a.tte->aval == b.tte->aval);
    CHECK(a.tte->cnsr == b.tte->cnsr);
    CHECK(a.tte->provenance == b.tte->provenance);
}

}  // namespace ts::test
