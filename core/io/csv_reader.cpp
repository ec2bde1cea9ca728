#include "core/io/csv_reader.h"

#include <cstdio>
#include <cstring>
#include <memory>

#include "core/io/column_names.h"
#include "core/io/input_error.h"
#include "core/io/utf8_check.h"

namespace ts {

namespace {

constexpr std::size_t blockBytes = 1 << 20;                  // 1 MiB reads
constexpr std::size_t maxRowBytes = std::size_t(256) << 20;  // refuse rows beyond 256 MiB

struct Field {
    std::size_t begin, end;  // byte range in the buffer (quotes excluded)
    bool quoted, escaped;    // escaped: holds "" pairs still to be collapsed
};

// Bytes that end an unquoted field: ',', '\n', '\r'. A table lookup is one load per byte instead of
// three compares in the hot loop.
struct FieldEnds {
    bool at[256] = {};
    constexpr FieldEnds() { at[0x2C] = at[0x0A] = at[0x0D] = true; }  // , LF CR
};
constexpr FieldEnds fieldEnds;

inline std::size_t skipField(const char* b, std::size_t i, std::size_t n) {
    while (i < n && !fieldEnds.at[static_cast<unsigned char>(b[i])]) ++i;
    return i;
}

struct FileCloser {
    void operator()(std::FILE* f) const { std::fclose(f); }
};

// Reader state: a growable buffer holding [0, m_end) of which [m_pos, m_end) is unparsed.
class CsvParser {
public:
    CsvParser(const std::filesystem::path& path, RowSink& sink) : m_name(path.filename().string()), m_sink(sink) {
        m_file.reset(std::fopen(path.c_str(), "rb"));
        if (!m_file) throw InputError(m_name, 0, "cannot open file");
        std::fseek(m_file.get(), 0, SEEK_END);
        m_size = std::ftell(m_file.get());
        std::fseek(m_file.get(), 0, SEEK_SET);
        m_buf.reset(new char[blockBytes]);
        m_cap = blockBytes;
    }

    void run() {
        fill();
        checkStart();
        std::vector<Field> fields;
        m_maxFields = kMaxColumns + 1;  // scanRow stops a header at the first column too many
        if (!nextRow(fields)) throw InputError(m_name, 0, "empty file");
        checkColumnCount(fields.size(), m_name, 1);
        checkDelimiter(fields);
        m_headerFields = fields.size();
        m_maxFields = 2 * m_headerFields + 16;  // and a data row long before it holds a million fields
        DatasetHeader h{m_name, "", {}, {}};
        h.columns.reserve(fields.size());
        for (const Field& f : fields) h.columns.emplace_back(m_buf.get() + f.begin, f.end - f.begin);
        normaliseColumns(h.columns, m_name, 1);
        m_sink.header(h);
        std::vector<Value> values(h.columns.size());
        long rows = 0;
        while (nextRow(fields)) {
            if (fields.size() != values.size())
                throw InputError(m_name, m_rowLine,
                                 "row has " + std::to_string(fields.size()) + " fields, header has " +
                                     std::to_string(values.size()));
            for (std::size_t i = 0; i < fields.size(); ++i) values[i] = toValue(fields[i]);
            m_sink.row(m_rowLine, values);
            if ((++rows & 0xFFFF) == 0 && m_size > 0) m_sink.progress(double(m_consumed + m_pos) / double(m_size));
        }
        if (rows == 0) throw InputError(m_name, 1, "header without data rows");
    }

private:
    // A header that is one column holding semicolons or tabs is a file with another delimiter:
    // say so, instead of "missing required variable 'STUDYID'".
    void checkDelimiter(const std::vector<Field>& header) const {
        if (header.size() != 1) return;
        const std::string_view name(m_buf.get() + header[0].begin, header[0].end - header[0].begin);
        for (const auto& [c, what] : {std::pair{';', "semicolons"}, std::pair{'\t', "tabs"}, std::pair{'|', "bars"}})
            if (name.find(c) != std::string_view::npos)
                throw InputError(m_name, 1,
                                 std::string("the header has no commas but has ") + what +
                                     ": the file looks delimited by another character; save it as comma-separated "
                                     "CSV");
    }

    // Appends up to one block (or `want` bytes) to the buffer; false at end of file.
    bool fill(std::size_t want = blockBytes) {
        if (m_end + want > m_cap) {
            std::size_t cap = std::max(m_cap * 2, m_end + want);
            std::unique_ptr<char[]> bigger(new char[cap]);
            std::memcpy(bigger.get(), m_buf.get(), m_end);
            m_buf = std::move(bigger);
            m_cap = cap;
        }
        std::size_t got = std::fread(m_buf.get() + m_end, 1, m_cap - m_end, m_file.get());
        m_end += got;
        m_eof = got == 0;
        return got > 0;
    }

    void checkStart() {
        auto b = reinterpret_cast<const unsigned char*>(m_buf.get());
        // A UTF-16 or UTF-32 byte-order mark, or (UTF-16 without BOM) ASCII text with a NUL in every
        // other byte.
        bool wide = (m_end >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF))) ||
                    (m_end >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF) ||
                    (m_end >= 2 && (b[0] == 0) != (b[1] == 0));
        if (wide) throw InputError(m_name, 1, "UTF-16/UTF-32 text is not supported; save the file as UTF-8");
        if (m_end >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) m_pos = 3;
    }

    // Moves the unparsed tail to the front and reads more. Reads grow geometrically with the row
    // being parsed so a very long row costs O(length), not O(length^2).
    bool refill(std::size_t rowStart) {
        if (m_eof) return false;
        std::size_t keep = m_end - rowStart;
        if (keep > maxRowBytes) throw InputError(m_name, m_line, "row longer than 256 MiB");
        std::memmove(m_buf.get(), m_buf.get() + rowStart, keep);
        m_consumed += rowStart;
        m_end = keep;
        m_pos = 0;
        fill(std::max(blockBytes, keep));
        return true;  // the row now starts at 0; a rescan will see m_eof if nothing came
    }

    // Finds the fields of the next row; false at end of input. Skips blank lines.
    bool nextRow(std::vector<Field>& fields) {
        for (;;) {
            if (m_pos >= m_end && !refill(m_pos)) return false;
            std::size_t rowStart = m_pos;
            long newlines = 0;
            int status = scanRow(rowStart, fields, newlines);
            if (status == needMore) {
                if (refill(rowStart)) continue;  // rescan the row from its new start
                status = scanRow(rowStart, fields, newlines, /*atEof=*/true);
            }
            m_rowLine = m_line;
            if (status == unterminated) throw InputError(m_name, m_rowLine, "unterminated quoted field");
            std::string bad = checkUtf8({m_buf.get() + rowStart, m_pos - rowStart});
            if (!bad.empty()) throw InputError(m_name, m_rowLine, bad);
            m_line += newlines;
            if (fields.size() == 1 && fields[0].begin == fields[0].end && !fields[0].quoted) continue;  // blank line
            for (Field& f : fields)
                if (f.escaped) collapseQuotes(f);
            return true;
        }
    }

    enum { complete = 0, needMore = 1, unterminated = 2 };

    // Scans one row from `start`. On complete, m_pos is past the line end and `newlines` counts the
    // line breaks consumed (inside quotes and the terminator). needMore: the buffer ends mid-row.
    int scanRow(std::size_t start, std::vector<Field>& fields, long& newlines, bool atEof = false) {
        fields.clear();
        newlines = 0;
        const char* b = m_buf.get();
        std::size_t i = start, n = m_end;
        for (;;) {
            Field f{i, i, false, false};
            if (i < n && b[i] == '"') {
                f.quoted = true;
                f.begin = ++i;
                for (;;) {
                    const void* q = i < n ? std::memchr(b + i, '"', n - i) : nullptr;
                    if (!q) {
                        for (std::size_t k = i; k < n; ++k) newlines += b[k] == '\n';
                        return atEof ? unterminated : needMore;
                    }
                    std::size_t j = static_cast<const char*>(q) - b;
                    for (std::size_t k = i; k < j; ++k) newlines += b[k] == '\n';
                    if (j + 1 >= n && !atEof) return needMore;  // cannot yet tell "" from a closing quote
                    if (j + 1 < n && b[j + 1] == '"') {
                        f.escaped = true;
                        i = j + 2;
                        continue;
                    }
                    f.end = j;
                    i = j + 1;
                    break;
                }
                // Text after the closing quote up to the delimiter is kept (lenient, like R).
                i = skipField(b, i, n);
                if (i > f.end + 1) f.end = i;
            } else {
                i = skipField(b, i, n);
                f.end = i;
            }
            if (i >= n) {
                if (!atEof) return needMore;
                fields.push_back(f);
                m_pos = n;
                return complete;
            }
            fields.push_back(f);
            if (fields.size() >= m_maxFields) tooManyFields();
            char c = b[i];
            if (c == ',') {
                ++i;
                continue;
            }
            if (c == '\r') {
                if (i + 1 >= n && !atEof) return needMore;
                if (i + 1 < n && b[i + 1] == '\n') ++i;
            }
            ++newlines;
            m_pos = i + 1;
            return complete;
        }
    }

    [[noreturn]] void tooManyFields() const {
        if (m_maxFields == kMaxColumns + 1) checkColumnCount(m_maxFields, m_name, 1);
        throw InputError(m_name, m_line,
                         "row has more than " + std::to_string(m_maxFields - 1) + " fields, header has " +
                             std::to_string(m_headerFields));
    }

    // Collapses "" to " inside a quoted field, in place.
    void collapseQuotes(Field& f) {
        char* b = m_buf.get();
        std::size_t w = f.begin;
        for (std::size_t r = f.begin; r < f.end; ++r) {
            b[w++] = b[r];
            if (b[r] == '"' && r + 1 < f.end && b[r + 1] == '"') ++r;
        }
        f.end = w;
    }

    // Trailing blanks are not part of a value, as in SAS (whose XPORT files pad text with blanks):
    // "Placebo " and "Placebo" are one arm whichever format the dataset came in.
    Value toValue(const Field& f) const {
        std::string_view s(m_buf.get() + f.begin, f.end - f.begin);
        while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
        Value v;
        if (isMissingText(s)) return v;
        v.kind = Value::Kind::Text;
        v.text = s;
        return v;
    }

    std::string m_name;
    RowSink& m_sink;
    std::unique_ptr<std::FILE, FileCloser> m_file;
    std::unique_ptr<char[]> m_buf;
    std::size_t m_cap = 0, m_end = 0, m_pos = 0, m_consumed = 0;
    long m_size = 0;
    std::size_t m_headerFields = 0, m_maxFields = 0;  // a row reaching m_maxFields fields is refused
    bool m_eof = false;
    long m_line = 1, m_rowLine = 1;
};

}  // namespace

void readCsv(const std::filesystem::path& file, RowSink& sink) { CsvParser(file, sink).run(); }

}  // namespace ts
