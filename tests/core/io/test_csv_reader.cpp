#include <chrono>

#include "core/io/csv_reader.h"

using namespace std::string_literals;

#include "tests/core/io/io_fixture.h"

using namespace ts;
using ts::test::inputError;
using ts::test::RecordingSink;
using ts::test::ScratchDir;

namespace {

RecordingSink readText(const ScratchDir& dir, const std::string& bytes) {
    RecordingSink s;
    readCsv(dir.write("t.csv", bytes), s);
    return s;
}

std::string csvError(const std::string& bytes) {
    ScratchDir dir;
    return inputError([&] { readText(dir, bytes); });
}

}  // namespace

TEST_CASE("CSV: RFC 4180 quoting, BOM, CRLF and missing values", "[csv]") {
    ScratchDir dir;
    auto s = readText(dir,
                      "\xEF\xBB\xBF"
                      "id, Name ,note\r\n"
                      "1,\"a,b\",\"say \"\"hi\"\"\"\r\n"
                      "2,\"two\nlines\",NA\r\n"
                      "3,.,\r\n"
                      "4,\"NA\",\"\"");  // no final line end
    REQUIRE(s.head.columns == std::vector<std::string>{"ID", "NAME", "NOTE"});
    REQUIRE(s.rows.size() == 4);
    CHECK(s.rows[0] == std::vector<std::string>{"1", "a,b", "say \"hi\""});
    CHECK(s.rows[1] == std::vector<std::string>{"2", "two\nlines", "<NA>"});
    CHECK(s.rows[2] == std::vector<std::string>{"3", "<NA>", "<NA>"});
    CHECK(s.rows[3] == std::vector<std::string>{"4", "<NA>", "<NA>"});
    // Lines count the header as line 1; the embedded newline of row 2 pushes rows 3 and 4 down one.
    CHECK(s.lines == std::vector<long>{2, 3, 5, 6});
    CHECK(s.kinds[0][0] == Value::Kind::Text);
}

TEST_CASE("CSV: blank lines are skipped but counted", "[csv]") {
    ScratchDir dir;
    auto s = readText(dir, "a,b\n1,2\n\n3,4\n\n");
    REQUIRE(s.rows.size() == 2);
    CHECK(s.lines == std::vector<long>{2, 4});
}

TEST_CASE("CSV: fields and rows across block boundaries", "[csv]") {
    // 3 MiB of rows whose quoted fields (with "" and newlines) straddle the 1 MiB read blocks.
    ScratchDir dir;
    std::string text = "k,v\n";
    std::vector<std::string> expect;
    for (int i = 0; text.size() < (3u << 20); ++i) {
        std::string v = "x";
        v.append(std::to_string(i)).append(std::size_t(i % 97), 'y').append("\"q\",\n").append(std::to_string(i * 7));
        expect.push_back(v);
        std::string quoted;
        for (char c : v) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
        text += std::to_string(i) + ",\"" + quoted + "\"" + (i % 2 ? "\r\n" : "\n");
    }
    auto s = readText(dir, text);
    REQUIRE(s.rows.size() == expect.size());
    for (std::size_t i = 0; i < expect.size(); ++i) {
        INFO("row " << i);
        REQUIRE(s.rows[i][0] == std::to_string(i));
        REQUIRE(s.rows[i][1] == expect[i]);
    }
    CHECK(s.lines.back() == 2 + 2 * long(expect.size() - 1));
}

TEST_CASE("CSV: bad input gives FILE:LINE messages", "[csv][bad]") {
    CHECK(csvError("") == "t.csv:0: empty file");
    CHECK(csvError("\n\n") == "t.csv:0: empty file");
    CHECK(csvError("a,b\n") == "t.csv:1: header without data rows");
    CHECK(csvError("a,b\n1,2\n3\n") == "t.csv:3: row has 1 fields, header has 2");
    CHECK(csvError("a,b\n1,2\n3,4,5\n") == "t.csv:3: row has 3 fields, header has 2");
    CHECK(csvError("a,b\n1,2\n3,\"open\n4,5\n") == "t.csv:3: unterminated quoted field");
    CHECK(csvError("a,b\n1,2\n3,x\0y\n"s) == "t.csv:3: embedded NUL byte");
    CHECK(csvError("a,b\n1,\xC3\x28\n") == "t.csv:2: invalid UTF-8");
    CHECK(csvError("a,b\n1,\xE0\x80\xAF\n") == "t.csv:2: invalid UTF-8");  // overlong
    CHECK(csvError("\xFF\xFE"
                   "a\0,\0b\0\n\0"s) == "t.csv:1: UTF-16/UTF-32 text is not supported; save the file as UTF-8");
    CHECK(csvError("\xFE\xFF\0a\0,\0b\0\n"s) == "t.csv:1: UTF-16/UTF-32 text is not supported; save the file as UTF-8");
    CHECK(csvError("a,B,b\n1,2,3\n") == "t.csv:1: duplicate column 'B'");
    CHECK(csvError("a,,b\n1,2,3\n") == "t.csv:1: empty column name (column 2)");
}

TEST_CASE("CSV: valid multi-byte UTF-8 passes", "[csv]") {
    ScratchDir dir;
    auto s = readText(dir, "a\n\xC3\xA9t\xC3\xA9 \xE2\x89\xA5 \xF0\x9F\x98\x80\n");
    CHECK(s.rows.at(0).at(0) == "\xC3\xA9t\xC3\xA9 \xE2\x89\xA5 \xF0\x9F\x98\x80");
}

TEST_CASE("CSV: a 10 MB line is read whole", "[csv]") {
    ScratchDir dir;
    std::string big(10'000'000, 'z');
    auto s = readText(dir, "a,b\n1," + big + "\n2,x\n");
    REQUIRE(s.rows.size() == 2);
    CHECK(s.rows[0][1].size() == big.size());
    CHECK(s.rows[1][1] == "x");
}

TEST_CASE("CSV: 10^4 columns read in linear time", "[csv]") {
    ScratchDir dir;
    std::string header, row;
    for (int i = 0; i < 10'000; ++i) {
        header.append(i ? ",C" : "C").append(std::to_string(i));
        row.append(i ? "," : "").append(std::to_string(i));
    }
    auto start = std::chrono::steady_clock::now();
    auto s = readText(dir, header + "\n" + row + "\n" + row + "\n");
    auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    REQUIRE(s.head.columns.size() == 10'000);
    CHECK(s.rows[1][9'999] == "9999");
    CHECK(seconds < 2.0);  // generous bound; a quadratic duplicate check would take far longer
    CHECK(csvError(header + ",C5\n" + row + ",1\n") == "t.csv:1: duplicate column 'C5'");
}

TEST_CASE("CSV: mutated input never crashes, it reads or throws InputError", "[csv][bad]") {
    ScratchDir dir;
    const std::string base =
        "\xEF\xBB\xBFid,name,\"note\"\r\n1,\"a,\"\"b\"\"\",x\n2,\xC3\xA9,\"multi\nline\"\n3,NA,.\n";
    const std::string alphabet = std::string("\",\r\n\0a\xC3\xA9\xFF", 10);
    std::mt19937 rng(12345);
    int threw = 0, read = 0;
    for (int trial = 0; trial < 2000; ++trial) {
        std::string text = base;
        for (int k = 0, edits = 1 + int(rng() % 4); k < edits; ++k) {
            std::size_t at = rng() % (text.size() + 1);
            char c = alphabet[rng() % alphabet.size()];
            switch (rng() % 3) {
            case 0: text.insert(at, 1, c); break;
            case 1:
                if (at < text.size()) text[at] = c;
                break;
            default:
                if (at < text.size()) text.erase(at, 1);
                break;
            }
        }
        RecordingSink s;
        try {
            readCsv(dir.write("m.csv", text), s);
            ++read;
            for (const auto& row : s.rows) REQUIRE(row.size() == s.head.columns.size());
        } catch (const InputError& e) {
            ++threw;
            REQUIRE(std::string(e.what()).rfind("m.csv:", 0) == 0);
        }
    }
    CHECK(read > 0);
    CHECK(threw > 0);
}
