// The session file (core/io/session_file.h): what is written is read back whole, and a file that
// is not a session of this format is refused naming the file and what is wrong.
#include <catch2/catch.hpp>

#include "core/io/input_error.h"
#include "core/io/session_file.h"

using namespace ts;
using Catch::Matchers::Contains;

namespace {

Session full() {
    Session s;
    s.version = "0.9.0";
    s.library = "/home/me/store.db";
    s.study = FigureStudy{"SHI2021", std::string(64, 'a')};
    s.tab = "labs";
    s.views = {{"km", {"--endpoint", "OS", "--conf-type", "plain", "--no-censor-marks"}},
               {"labs", {"--param", "TBIL", "--change"}}};
    s.compare = SessionCompare{"forest",
                               {"--study", "SHI2021,LI2023", "--layout", "forest", "--endpoint", "OS"},
                               {{"SHI2021", std::string(64, 'a')}, {"LI2023", ""}}};
    s.geometry = "AdnQywADAAA=";
    s.state = "AAAA/wAAAAD9";
    return s;
}

std::string refusal(const std::string& json) {
    try {
        Session::fromJson(json, "work.trialscope");
    } catch (const InputError& e) {
        return e.what();
    }
    return "(read)";
}

}  // namespace

TEST_CASE("Session: every field is read back as written", "[session]") {
    const Session s = full();
    const Session back = Session::fromJson(s.toJson(), "work.trialscope");
    CHECK(back.version == s.version);
    CHECK(back.library == s.library);
    REQUIRE(back.study);
    CHECK(back.study->id == "SHI2021");
    CHECK(back.study->dataSha256 == s.study->dataSha256);
    CHECK(back.tab == "labs");
    CHECK(back.views == s.views);  // JSON objects keep their keys sorted: km before labs, as written
    REQUIRE(back.compare);
    CHECK(back.compare->tab == "forest");
    CHECK(back.compare->arguments == s.compare->arguments);
    REQUIRE(back.compare->studies.size() == 2);
    CHECK(back.compare->studies[1].id == "LI2023");
    CHECK(back.compare->studies[1].dataSha256.empty());
    CHECK(back.geometry == s.geometry);
    CHECK(back.state == s.state);
    CHECK_THAT(s.toJson(), Contains("\"trialscope_session\": 1"));
}

TEST_CASE("Session: no study and no comparison are left out and read back as none", "[session]") {
    Session s = full();
    s.study.reset();
    s.compare.reset();
    s.views.clear();
    const std::string json = s.toJson();
    CHECK_THAT(json, !Contains("\"study\"") && !Contains("\"compare\""));
    const Session back = Session::fromJson(json, "work.trialscope");
    CHECK_FALSE(back.study);
    CHECK_FALSE(back.compare);
    CHECK(back.views.empty());
}

TEST_CASE("Session: a file that is not a session of this format is refused naming it", "[session]") {
    CHECK_THAT(refusal("not json"), Contains("work.trialscope:0: the session is not valid JSON"));
    CHECK_THAT(refusal("[1, 2]"), Contains("work.trialscope:0: the session is not a JSON object"));
    CHECK_THAT(refusal("{\"view\": \"km\"}"), Contains("not a TrialScope session"));
    std::string json = full().toJson();
    const std::string newer = json;
    json.replace(json.find("\"trialscope_session\": 1"), 23, "\"trialscope_session\": 2");
    CHECK_THAT(refusal(json), Contains("is in format 2; this TrialScope reads format 1"));
    std::string noTab = newer;
    noTab.replace(noTab.find("\"tab\": \"labs\""), 13, "\"tab\": 3");
    CHECK_THAT(refusal(noTab), Contains("the session has no text \"tab\""));
    std::string badWords = newer;
    badWords.replace(badWords.find("\"TBIL\""), 6, "7");
    CHECK_THAT(refusal(badWords), Contains("\"labs\" are not all text"));
    std::string badStudy = newer;
    badStudy.replace(badStudy.find("\"LI2023\""), 8, "null");
    CHECK_THAT(refusal(badStudy), Contains("study has no text \"id\""));
}
