// trialscope-cli on a team library (tests/server_library.h): the same JSON as on the embedded store
// for the CDISC pilot and the sample trials, and per-study access (grant, revoke, refusals).
#include <catch2/catch.hpp>

#include "cli_runner.h"
#include "tests/server_library.h"

using namespace ts::test;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

namespace {

const std::string kSamples = std::string(TRIALSCOPE_SOURCE_DIR) + "/sample_trials/";

// `studies` without the import times (which differ between any two imports).
std::string studiesWithoutTimes(const std::string& db) {
    const CliResult r = runCli({"--db", db, "studies"});
    REQUIRE(r.status == 0);
    QJsonArray list = r.json().array();
    for (auto it = list.begin(); it != list.end(); ++it) {
        QJsonObject s = it->toObject();
        s.remove("imported_at");
        *it = s;
    }
    return QJsonDocument(list).toJson(QJsonDocument::Compact).toStdString();
}

// One line on stderr naming every word of `words`, exit status 1, nothing on stdout.
void refused(const CliResult& r, std::initializer_list<const char*> words) {
    INFO(r.err);
    CHECK(r.status == 1);
    CHECK(r.out.empty());
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
    for (const char* w : words) CHECK_THAT(r.err, Contains(w));
}

}  // namespace

TEST_CASE("the team library prints the same JSON as the embedded store", "[cli][server]") {
    ScratchDir dir;
    const ServerLibrary library;
    const std::string file = dir.file("t.db").string();
    const std::vector<std::string> paths{cdiscCsvFolder(dir).string(), kSamples + "shi2021", kSamples + "li2023",
                                         kSamples + "qin2024", kSamples + "jia2020"};
    for (const std::string& db : {file, library.uri()}) {
        std::vector<std::string> args{"--db", db, "import"};
        args.insert(args.end(), paths.begin(), paths.end());
        REQUIRE(runCli(args).status == 0);
    }
    CHECK(studiesWithoutTimes(file) == studiesWithoutTimes(library.uri()));
    const std::vector<std::vector<std::string>> commands{
        {"km", "--study", "CDISCPILOT01", "--by", "TRT01A", "--rmst", "150"},
        {"km", "--study", "SHI2021"},
        {"km", "--study", "LI2023", "--endpoint", "HCC", "--conf-type", "log-log"},
        {"labs", "--study", "CDISCPILOT01", "--param", "ALT", "--by", "TRT01A"},
        {"labs", "--study", "SHI2021", "--param", "TBIL", "--change"},
        {"ae", "--study", "CDISCPILOT01", "--by", "TRT01A"},
        {"ae", "--study", "CDISCPILOT01", "--overview"},
        {"ae", "--study", "SHI2021"},
        {"liver", "--study", "CDISCPILOT01"},
        {"profile", "--study", "CDISCPILOT01", "--subject", "01-701-1015"},
    };
    for (const auto& command : commands) {
        std::vector<std::string> onFile{"--db", file}, onServer{"--db", library.uri()};
        onFile.insert(onFile.end(), command.begin(), command.end());
        onServer.insert(onServer.end(), command.begin(), command.end());
        const CliResult a = runCli(onFile), b = runCli(onServer);
        INFO(command[0] << " " << command[2] << "\n" << b.err);
        REQUIRE(a.status == 0);
        CHECK(b.status == 0);
        CHECK(a.out == b.out);
    }
}

TEST_CASE("a role sees and reads only the studies granted to it, and writes only those granted write",
          "[cli][server][grant]") {
    const ServerLibrary library;
    library.makeRole("ts_viewer");
    library.makeRole("ts_writer");
    REQUIRE(runCli({"--db", library.uri(), "import", kSamples + "shi2021", kSamples + "li2023"}).status == 0);
    const std::string viewer = library.uri("ts_viewer"), writer = library.uri("ts_writer");
    const std::string everything = studiesWithoutTimes(library.uri());

    // Nothing granted: an empty library.
    CHECK(studiesWithoutTimes(viewer) == "[]");
    refused(runCli({"--db", viewer, "km", "--study", "LI2023"}), {"no study LI2023"});

    const CliResult granted =
        runCli({"--db", library.uri(), "grant", "--study", "LI2023", "--role", "ts_viewer", "--access", "read"});
    REQUIRE(granted.status == 0);
    CHECK(granted.out == "{\"study\":\"LI2023\",\"role\":\"ts_viewer\",\"access\":\"read\"}\n");
    const QJsonArray seen = runCli({"--db", viewer, "studies"}).json().array();
    REQUIRE(seen.size() == 1);
    CHECK(seen[0].toObject()["study"].toString() == "LI2023");
    CHECK(runCli({"--db", viewer, "km", "--study", "LI2023"}).out ==
          runCli({"--db", library.uri(), "km", "--study", "LI2023"}).out);
    refused(runCli({"--db", viewer, "km", "--study", "SHI2021"}), {"no study SHI2021"});

    // A reader cannot write: re-import, delete, grant are refused naming the study and the role.
    refused(runCli({"--db", viewer, "import", kSamples + "li2023"}), {"role ts_viewer", "study LI2023", "read"});
    refused(runCli({"--db", viewer, "delete", "LI2023"}), {"role ts_viewer", "study LI2023"});
    refused(runCli({"--db", viewer, "grant", "--study", "LI2023", "--role", "ts_viewer", "--access", "write"}),
            {"role ts_viewer", "study LI2023", "owner"});
    CHECK(studiesWithoutTimes(library.uri()) == everything);

    // A writer re-imports its study, and nothing else.
    REQUIRE(runCli({"--db", library.uri(), "grant", "--study", "SHI2021", "--role", "ts_writer", "--access", "write"})
                .status == 0);
    const CliResult written = runCli({"--db", writer, "import", kSamples + "shi2021"});
    INFO(written.err);
    CHECK(written.status == 0);
    refused(runCli({"--db", writer, "import", kSamples + "li2023"}), {"role ts_writer", "study LI2023"});
    const QJsonArray writerSees = runCli({"--db", writer, "studies"}).json().array();
    REQUIRE(writerSees.size() == 1);
    CHECK(writerSees[0].toObject()["study"].toString() == "SHI2021");

    // Given both, the writer re-imports both in one batch (its rows go through temporary tables,
    // made once per table and batch) and reads what the owner reads.
    REQUIRE(runCli({"--db", library.uri(), "grant", "--study", "LI2023", "--role", "ts_writer", "--access", "write"})
                .status == 0);
    const CliResult batch = runCli({"--db", writer, "import", kSamples + "shi2021", kSamples + "li2023"});
    INFO(batch.err);
    CHECK(batch.status == 0);
    CHECK(runCli({"--db", writer, "km", "--study", "LI2023"}).out ==
          runCli({"--db", library.uri(), "km", "--study", "LI2023"}).out);
    REQUIRE(runCli({"--db", library.uri(), "revoke", "--study", "LI2023", "--role", "ts_writer"}).status == 0);

    // Refusals of the owner's grant: no such study, no such role; revoke of a grant that is not there.
    refused(runCli({"--db", library.uri(), "grant", "--study", "NOPE", "--role", "ts_viewer", "--access", "read"}),
            {"study NOPE", "role ts_viewer"});
    refused(runCli({"--db", library.uri(), "grant", "--study", "LI2023", "--role", "nobody", "--access", "read"}),
            {"study LI2023", "role nobody"});
    refused(runCli({"--db", library.uri(), "revoke", "--study", "SHI2021", "--role", "ts_viewer"}),
            {"study SHI2021", "role ts_viewer"});

    // Revoked: gone from the role's library.
    REQUIRE(runCli({"--db", library.uri(), "revoke", "--study", "LI2023", "--role", "ts_viewer"}).status == 0);
    CHECK(studiesWithoutTimes(viewer) == "[]");
    // A role granted through a group it belongs to sees the study too.
    library.makeRole("ts_hepatology");
    library.superuser("GRANT ts_hepatology TO ts_viewer");
    REQUIRE(
        runCli({"--db", library.uri(), "grant", "--study", "SHI2021", "--role", "ts_hepatology", "--access", "read"})
            .status == 0);
    const QJsonArray viaGroup = runCli({"--db", viewer, "studies"}).json().array();
    REQUIRE(viaGroup.size() == 1);
    CHECK(viaGroup[0].toObject()["study"].toString() == "SHI2021");
}

TEST_CASE("a library that was never made, and a password, are named clearly", "[cli][server]") {
    const ServerLibrary library;
    library.superuser("DROP SCHEMA trialscope CASCADE");
    refused(runCli({"--db", library.uri(), "studies"}), {"no TrialScope library", "init"});
    const CliResult init = runCli({"--db", library.uri(), "init"});
    REQUIRE(init.status == 0);
    CHECK_THAT(init.out, Contains("\"schema\":3") && Contains("\"server\":true"));
    CHECK(runCli({"--db", library.uri(), "studies"}).out == "[]\n");
    const CliResult check = runCli({"--db", library.uri(), "check"});
    CHECK(check.status == 0);
    CHECK_THAT(check.out, Contains("\"ok\":true") && Contains("\"schema\":3"));
    // A role that does not own the library cannot run init on it.
    library.makeRole("ts_viewer");
    refused(runCli({"--db", library.uri("ts_viewer"), "init"}), {"owner", ServerLibrary::owner().c_str()});
    // A password in the URI never appears in a message.
    std::string withPassword = library.uri();
    withPassword.insert(withPassword.find('@'), ":s3cret");
    const CliResult r = runCli({"--db", withPassword, "km", "--study", "NOPE"});
    CHECK(r.status == 1);
    CHECK_THAT(r.err, !Contains("s3cret"));
    // Grants belong to a team library; a file store says so.
    ScratchDir dir;
    const std::string file = dir.file("t.db").string();
    REQUIRE(runCli({"--db", file, "import", kSamples + "qin2024"}).status == 0);
    refused(runCli({"--db", file, "grant", "--study", "QIN2024", "--role", "ben", "--access", "read"}),
            {"study QIN2024", "role ben", "team library on PostgreSQL"});
}
