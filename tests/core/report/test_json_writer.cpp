// JsonWriter: structure, escaping, null for missing values, numbers that round-trip.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <limits>

#include "core/report/json_writer.h"

using ts::JsonWriter;

TEST_CASE("JsonWriter writes nested documents with commas in the right places", "[json]") {
    JsonWriter w;
    w.beginObject().field("a", 1).key("b").beginArray().value(true).null().beginObject().endObject().endArray();
    w.key("c").stringArray({"x", "y"}).field("d", std::optional<int>{}).field("e", std::optional<double>{2.5});
    w.endObject();
    CHECK(w.str() == R"({"a":1,"b":[true,null,{}],"c":["x","y"],"d":null,"e":2.5})");
}

TEST_CASE("JsonWriter escapes strings", "[json]") {
    JsonWriter w;
    w.value(std::string("q\"b\\n\nt\tc\x01\xc3\xa9"));
    CHECK(w.str() == "\"q\\\"b\\\\n\\nt\\tc\\u0001\xc3\xa9\"");
}

TEST_CASE("JsonWriter numbers round-trip and non-finite values become null", "[json]") {
    for (double v : {0.1, 1.0 / 3.0, 2.76301543004986e-09, 1e300, -0.0, 123456789012345678.0,
                     std::numeric_limits<double>::denorm_min()}) {
        JsonWriter w;
        w.value(v);
        CHECK(std::strtod(w.str().c_str(), nullptr) == v);
    }
    JsonWriter w;
    w.beginArray().value(std::nan("")).value(std::numeric_limits<double>::infinity()).value(86.0).endArray();
    CHECK(w.str() == "[null,null,86]");
}
