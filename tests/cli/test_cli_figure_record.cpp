// Self-describing figures (docs/reproducible-figures.md): every exported PNG, SVG and PDF carries
// its record; `inspect` prints it; `export --from` redraws the same figure, options overridable, and
// refuses (or with --force, reports) a study whose data changed since.
#include <catch2/catch.hpp>

#include <fstream>
#include <regex>
#include <sstream>

#include "cli_runner.h"

using namespace ts::test;

namespace {

const std::string kAdsl = "STUDYID,USUBJID,TRT01A\nFR,F1,A\nFR,F2,A\nFR,F3,A\nFR,F4,B\nFR,F5,B\nFR,F6,B\n";
const std::string kAdtte =
    "USUBJID,PARAMCD,PARAM,AVAL,CNSR\nF1,OS,Overall survival,10,0\nF2,OS,Overall survival,30,1\n"
    "F3,OS,Overall survival,22,0\nF4,OS,Overall survival,20,0\nF5,OS,Overall survival,40,0\n"
    "F6,OS,Overall survival,35,1\n";

std::string bytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

struct FigureStore {
    ScratchDir dir;
    std::string db = (dir.path() / "t.db").string();
    FigureStore() {
        dir.write("fr/adsl.csv", kAdsl);
        dir.write("fr/adtte.csv", kAdtte);
        importFolder();
    }
    void importFolder() const {
        const CliResult r = runCli({"--db", db, "import", (dir.path() / "fr").string()});
        INFO(r.err);
        REQUIRE(r.status == 0);
    }
    std::string out(const std::string& name) const { return (dir.path() / name).string(); }
    QJsonObject inspect(const std::string& file) const {
        const CliResult r = runCli({"inspect", file});
        INFO(r.err);
        REQUIRE(r.status == 0);
        return r.json().object();
    }
    QString fingerprint() const {
        return runCli({"--db", db, "studies"}).json().array().at(0).toObject()["data_sha256"].toString();
    }
};

QStringList arguments(const QJsonObject& record) {
    QStringList out;
    for (const QJsonValue& v : record["arguments"].toArray()) out << v.toString();
    return out;
}

// The value after `option` in a record's arguments ("" when absent).
QString option(const QJsonObject& record, const QString& name) {
    const QStringList a = arguments(record);
    const qsizetype at = a.indexOf(name);
    return at < 0 || at + 1 >= a.size() ? QString() : a[at + 1];
}

}  // namespace

TEST_CASE("cli export: every format carries its record, and export --from redraws the same figure", "[cli][record]") {
    FigureStore s;
    for (const std::string format : {"png", "svg", "pdf"}) {
        SECTION(format) {
            const std::string first = s.out("km." + format);
            const CliResult made =
                runCli({"--db",       s.db,           "export",      "--study", "FR",      "--view", "km",
                        "--endpoint", "OS",           "--conf-type", "log-log", "--times", "12,24",  "--preset",
                        "single",     "--rmst-shade", "--rmst",      "30",      "--out",   first});
            INFO(made.err);
            REQUIRE(made.status == 0);
            const QJsonObject record = s.inspect(first);
            CHECK(record["view"].toString() == "km");
            CHECK(record["trialscope_version"].toString().size() >= 5);
            CHECK(arguments(record).mid(0, 4) == QStringList{"--study", "FR", "--view", "km"});
            CHECK(option(record, "--conf-type") == "log-log");
            CHECK(option(record, "--times") == "12,24");
            CHECK(option(record, "--rmst") == "30");
            CHECK(arguments(record).contains("--rmst-shade"));
            // The preset resolved to the figure's own size and fonts (85 mm wide, 7 pt).
            CHECK(option(record, "--width-mm") == "85");
            CHECK(option(record, "--font-size") == "7");
            CHECK_FALSE(arguments(record).contains("--preset"));
            CHECK_FALSE(arguments(record).contains("--out"));
            const QJsonArray studies = record["studies"].toArray();
            REQUIRE(studies.size() == 1);
            CHECK(studies.at(0).toObject()["id"].toString() == "FR");
            CHECK(studies.at(0).toObject()["data_sha256"].toString() == s.fingerprint());
            CHECK(s.fingerprint().size() == 64);

            const std::string again = s.out("again." + format);
            const CliResult redrawn = runCli({"--db", s.db, "export", "--from", first, "--out", again});
            INFO(redrawn.err);
            REQUIRE(redrawn.status == 0);
            CHECK(redrawn.json().object()["data_changed"].toArray().isEmpty());
            CHECK(s.inspect(again) == record);
            // The same figure: the same bytes, but for the PDF's creation time.
            const std::regex created(R"(/CreationDate \(D:[0-9]+Z\))");
            CHECK(std::regex_replace(bytes(again), created, "") == std::regex_replace(bytes(first), created, ""));
        }
    }
}

TEST_CASE("cli export --from: options on the command line override the record's", "[cli][record]") {
    FigureStore s;
    const std::string png = s.out("km.png");
    REQUIRE(runCli({"--db", s.db, "export", "--study", "FR", "--view", "km", "--conf-type", "plain", "--out", png})
                .status == 0);
    const std::string svg = s.out("wide.svg");
    const CliResult r =
        runCli({"--db", s.db, "export", "--from", png, "--out", svg, "--width-mm", "120", "--dpi", "150"});
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(r.json().object()["width_mm"].toDouble() == 120);
    const QJsonObject record = s.inspect(svg);
    CHECK(option(record, "--width-mm") == "120");
    CHECK(option(record, "--dpi") == "150");
    CHECK(option(record, "--conf-type") == "plain");  // kept from the first figure
}

TEST_CASE("cli export --from: a study whose data changed is refused unless --force", "[cli][record][bad]") {
    FigureStore s;
    const std::string png = s.out("km.png");
    REQUIRE(runCli({"--db", s.db, "export", "--study", "FR", "--view", "km", "--out", png}).status == 0);
    const QString before = s.fingerprint();
    s.dir.write("fr/adtte.csv", kAdtte.substr(0, kAdtte.size() - 2) + "0\n");  // F6 now died at 35
    s.importFolder();
    CHECK(s.fingerprint() != before);

    const std::string stale = s.out("stale.png");
    const CliResult refused = runCli({"--db", s.db, "export", "--from", png, "--out", stale});
    CHECK(refused.status == 1);
    CHECK(refused.err.rfind("trialscope-cli: FR: data changed since this figure was made", 0) == 0);
    CHECK(std::count(refused.err.begin(), refused.err.end(), '\n') == 1);
    CHECK_FALSE(std::filesystem::exists(stale));

    const CliResult forced = runCli({"--db", s.db, "export", "--from", png, "--out", stale, "--force"});
    INFO(forced.err);
    REQUIRE(forced.status == 0);
    CHECK(forced.json().object()["data_changed"].toArray() == QJsonArray{"FR"});
    CHECK(s.inspect(stale)["studies"].toArray().at(0).toObject()["data_sha256"].toString() == s.fingerprint());
}

TEST_CASE("cli inspect: a file without a record, or no file, is one line naming it", "[cli][record][bad]") {
    FigureStore s;
    s.dir.write("plain.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>x</title></svg>");
    const CliResult none = runCli({"inspect", s.out("plain.svg")});
    CHECK(none.status == 1);
    CHECK(none.err == s.out("plain.svg") +
                          ":0: no TrialScope record (a figure exported by trialscope-cli export or "
                          "File > Export figure... carries one)\n");
    const CliResult missing = runCli({"inspect", s.out("absent.png")});
    CHECK(missing.status == 1);
    CHECK(missing.err == s.out("absent.png") + ":0: cannot read the file\n");
    const CliResult from = runCli({"--db", s.db, "export", "--from", s.out("plain.svg"), "--out", s.out("x.png")});
    CHECK(from.status == 1);
    CHECK_FALSE(std::filesystem::exists(s.out("x.png")));
}
