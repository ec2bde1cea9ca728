#include "core/io/readstat_rows.h"

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <memory>
#include <vector>

#include "core/io/column_names.h"
#include "core/io/input_error.h"
#include "core/io/label_text.h"
#include "core/io/sas_time.h"
#include "core/io/utf8_check.h"

namespace ts {

namespace {

struct ParserFree {
    void operator()(readstat_parser_t* p) const { readstat_parser_free(p); }
};
using Parser = std::unique_ptr<readstat_parser_t, ParserFree>;

std::string upper(const char* s) {
    std::string r = s ? s : "";
    for (char& c : r)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return r;
}

double round15(double x) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.15g", x);
    return std::strtod(buf, nullptr);
}

// Collects one record's values and hands complete rows to the sink. ReadStat calls back from C,
// so exceptions are parked in `error` and the parse is aborted instead of unwinding through C.
struct ReadstatContext {
    RowSink& sink;
    DatasetHeader header;
    std::vector<SasTimeKind> kinds;
    std::vector<Value> values;
    std::vector<std::string> texts;  // storage behind text values, reused from row to row
    size_t obsLength = 0;            // bytes per observation: the variables' storage widths
    bool headerSent = false;
    long rowsSeen = 0;
    std::exception_ptr error;

    void sendHeader() {
        if (headerSent) return;
        headerSent = true;
        normaliseColumns(header.columns, header.file, 0);
        values.resize(header.columns.size());
        texts.resize(header.columns.size());
        sink.header(header);
    }

    void value(int obs, int col, readstat_value_t v) {
        sendHeader();
        Value& out = values[col];
        out = Value{};
        if (readstat_value_type_class(v) == READSTAT_TYPE_CLASS_STRING) {
            const char* s = readstat_string_value(v);
            std::string_view t = s ? s : "";
            while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
            if (!isMissingText(t)) {
                if (std::string bad = checkUtf8(t); !bad.empty())
                    throw InputError(header.file, obs + 1,
                                     header.columns[col] + ": text is not UTF-8 (" + bad +
                                         "); if the file was written in another encoding, name it in study.json, "
                                         "e.g. \"xpt_encoding\": \"WINDOWS-1252\"");
                texts[col].assign(t);
                out.kind = Value::Kind::Text;
                out.text = texts[col];
            }
        } else if (!readstat_value_is_system_missing(v) && !readstat_value_is_tagged_missing(v)) {
            double x = readstat_double_value(v);
            if (kinds[col] != SasTimeKind::None) {
                if (!sasTimeInRange(kinds[col], x))
                    throw InputError(
                        header.file, obs + 1,
                        header.columns[col] + ": " + formatNumber(x) +
                            (kinds[col] == SasTimeKind::Time ? " is not a SAS time of day (0 to 86399 seconds)"
                                                             : " is not a SAS date or time in years 1582-20000"));
                texts[col] = formatSasTime(kinds[col], x);
                out.kind = Value::Kind::Text;
                out.text = texts[col];
            } else {
                out.kind = Value::Kind::Number;
                out.number = round15(x);
            }
        }
        if (col + 1 == static_cast<int>(values.size())) {
            ++rowsSeen;
            sink.row(obs + 1, values);
        }
    }
};

template <class F>
int guarded(ReadstatContext* c, F f) {
    try {
        f();
        return READSTAT_HANDLER_OK;
    } catch (...) {
        c->error = std::current_exception();
        return READSTAT_HANDLER_ABORT;
    }
}

int onMetadata(readstat_metadata_t* m, void* ctx) {
    auto* c = static_cast<ReadstatContext*>(ctx);
    c->header.name = upper(readstat_get_table_name(m));
    return READSTAT_HANDLER_OK;
}

int onVariable(int, readstat_variable_t* var, const char*, void* ctx) {
    auto* c = static_cast<ReadstatContext*>(ctx);
    const char* name = readstat_variable_get_name(var);  // NULL in a damaged file
    c->header.columns.push_back(name ? name : "");       // normaliseColumns refuses the empty name
    const char* label = readstat_variable_get_label(var);
    c->header.labels.push_back(label ? labelText(label) : std::string());
    c->obsLength += readstat_variable_get_storage_width(var);
    const char* fmt = readstat_variable_get_format(var);
    c->kinds.push_back(readstat_variable_get_type_class(var) == READSTAT_TYPE_CLASS_NUMERIC && fmt
                           ? sasTimeKind(upper(fmt))
                           : SasTimeKind::None);
    return READSTAT_HANDLER_OK;
}

int onValue(int obs, readstat_variable_t* var, readstat_value_t v, void* ctx) {
    auto* c = static_cast<ReadstatContext*>(ctx);
    return guarded(c, [&] { c->value(obs, readstat_variable_get_index(var), v); });
}

int onProgress(double fraction, void* ctx) {
    auto* c = static_cast<ReadstatContext*>(ctx);
    return guarded(c, [&] { c->sink.progress(fraction); });
}

Parser makeParser() {
    Parser p(readstat_parser_init());
    readstat_set_metadata_handler(p.get(), onMetadata);
    readstat_set_variable_handler(p.get(), onVariable);
    return p;
}

}  // namespace

ReadstatLayout readstatLayout(ReadstatParse parse, const std::filesystem::path& file) {
    struct Null : RowSink {
        void header(const DatasetHeader&) override {}
        void row(long, std::span<const Value>) override {}
    } null;
    ReadstatContext c{null, {}, {}, {}, {}, 0, false, 0, nullptr};
    Parser p = makeParser();
    readstat_set_row_limit(p.get(), 1);
    if (parse(p.get(), file.c_str(), &c) != READSTAT_OK) return {};
    return {c.header.name, c.obsLength};
}

void readWithReadstat(ReadstatParse parse, const std::filesystem::path& file, RowSink& sink, const std::string& format,
                      const std::string& encoding) {
    ReadstatContext c{sink, {file.filename().string(), "", {}, {}}, {}, {}, {}, 0, false, 0, nullptr};
    Parser p = makeParser();
    // Text is taken as the file's own encoding (UTF-8 for XPORT) unless study.json names another.
    if (!encoding.empty() && readstat_set_file_character_encoding(p.get(), encoding.c_str()) != READSTAT_OK)
        throw InputError(c.header.file, 0, "cannot set the text encoding " + encoding);
    readstat_set_value_handler(p.get(), onValue);
    readstat_set_progress_handler(p.get(), onProgress);
    readstat_error_t err = parse(p.get(), file.c_str(), &c);
    if (c.error) std::rethrow_exception(c.error);
    if (err != READSTAT_OK)
        throw InputError(c.header.file, c.headerSent ? c.rowsSeen + 1 : 0,
                         "not a readable " + format + ": " + readstat_error_message(err) +
                             (err == READSTAT_ERROR_READ ? " (the file may be cut short)" : ""));
    if (c.header.columns.empty()) throw InputError(c.header.file, 0, "no variables");
    c.sendHeader();
    if (c.rowsSeen == 0) throw InputError(c.header.file, 0, "no records");
}

}  // namespace ts
