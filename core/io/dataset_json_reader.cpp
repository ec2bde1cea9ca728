#include "core/io/dataset_json_reader.h"

#include <fstream>
#include <sstream>
#include <vector>

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include "core/io/column_names.h"
#include "core/io/input_error.h"
#include "core/io/label_text.h"
#include "core/io/utf8_check.h"

namespace ts {

namespace {

enum class Type { Text, Number, Decimal, Boolean };

Type typeOf(const std::string& dataType, const std::string& file, const std::string& column) {
    if (dataType == "string" || dataType == "URI" || dataType == "date" || dataType == "datetime" || dataType == "time")
        return Type::Text;
    if (dataType == "integer" || dataType == "float" || dataType == "double") return Type::Number;
    if (dataType == "decimal") return Type::Decimal;
    if (dataType == "boolean") return Type::Boolean;
    throw InputError(file, 0, column + ": unknown dataType \"" + dataType + "\"");
}

std::string text(const QJsonValue& v) { return v.toString().toStdString(); }

bool ndjson(const std::filesystem::path& file) {
    std::string ext = file.extension().string();
    for (char& c : ext)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return ext == ".ndjson";
}

QJsonDocument parse(const QByteArray& bytes, const std::string& file, long line) {
    QJsonParseError error{};
    QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        // The line of the offset in a whole document.
        const long at = line > 0 ? line : 1 + bytes.left(error.offset).count('\n');
        throw InputError(
            file, at,
            "not JSON (" + error.errorString().toStdString() + " at byte " + std::to_string(error.offset) + ")");
    }
    return doc;
}

// The columns of the metadata, checked; the header is sent from them.
class Reader {
public:
    Reader(const std::filesystem::path& file, RowSink& sink) : m_file(file.filename().string()), m_sink(sink) {}

    void metadata(const QJsonObject& meta) {
        const std::string version = text(meta.value("datasetJSONVersion"));
        if (version.rfind("1.1", 0) != 0)
            throw InputError(m_file, 0,
                             version.empty() ? std::string("no \"datasetJSONVersion\": not a Dataset-JSON file")
                                             : "Dataset-JSON version " + version + " (TrialScope reads 1.1)");
        const QJsonValue columns = meta.value("columns");
        if (!columns.isArray() || columns.toArray().isEmpty())
            throw InputError(m_file, 0, "no \"columns\": a Dataset-JSON file describes its variables");
        DatasetHeader header{m_file, upper(text(meta.value("name"))), {}, {}};
        for (const QJsonValue& c : columns.toArray()) {
            const std::string name = text(c.toObject().value("name"));
            header.columns.push_back(name);  // normaliseColumns refuses an empty one
            header.labels.push_back(labelText(text(c.toObject().value("label"))));
            m_types.push_back(typeOf(text(c.toObject().value("dataType")), m_file, name.empty() ? "column" : name));
        }
        normaliseColumns(header.columns, m_file, 0);
        m_columns = header.columns;
        if (meta.contains("records")) m_records = meta.value("records").toInteger(-1);
        m_values.resize(m_columns.size());
        m_texts.resize(m_columns.size());
        m_sink.header(header);
    }

    // Row `row` (1-based), reported at `line`.
    void row(const QJsonValue& value, long row, long line) {
        if (!value.isArray())
            throw InputError(m_file, line, "row " + std::to_string(row) + " is not an array of values");
        const QJsonArray a = value.toArray();
        if (static_cast<std::size_t>(a.size()) != m_columns.size())
            throw InputError(m_file, line,
                             "row " + std::to_string(row) + " has " + std::to_string(a.size()) +
                                 " values; \"columns\" names " + std::to_string(m_columns.size()));
        for (std::size_t k = 0; k < m_columns.size(); ++k) cell(a.at(static_cast<qsizetype>(k)), k, line);
        m_sink.row(line, m_values);
        ++m_rows;
    }

    void finish() {
        if (m_rows == 0) throw InputError(m_file, 0, "no records");
        if (m_records >= 0 && m_records != m_rows)
            throw InputError(m_file, 0,
                             "\"records\" says " + std::to_string(m_records) + " but the file holds " +
                                 std::to_string(m_rows) + " rows (cut short?)");
    }

    static std::string upper(std::string s) {
        for (char& c : s)
            if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        return s;
    }

private:
    void cell(const QJsonValue& v, std::size_t k, long line) {
        Value& out = m_values[k];
        out = Value{};
        if (v.isNull() || v.isUndefined()) return;
        const std::string& column = m_columns[k];
        auto wrong = [&](const char* expected) {
            throw InputError(m_file, line,
                             column + ": expected " + expected + ", got " +
                                 QJsonDocument(QJsonArray{v})
                                     .toJson(QJsonDocument::Compact)
                                     .mid(1)
                                     .chopped(1)
                                     .left(60)
                                     .toStdString());
        };
        switch (m_types[k]) {
        case Type::Text: {
            if (!v.isString()) wrong("text");
            m_texts[k] = v.toString().toStdString();
            if (isMissingText(m_texts[k])) return;
            if (std::string bad = checkUtf8(m_texts[k]); !bad.empty()) wrong("UTF-8 text");
            out.kind = Value::Kind::Text;
            out.text = m_texts[k];
            return;
        }
        case Type::Decimal:
            if (v.isString()) {
                const auto x = parseNumber(v.toString().toStdString());
                if (!x) wrong("a decimal number");
                out.kind = Value::Kind::Number;
                out.number = *x;
                return;
            }
            [[fallthrough]];
        case Type::Number:
            if (!v.isDouble()) wrong("a number");
            out.kind = Value::Kind::Number;
            out.number = v.toDouble();
            return;
        case Type::Boolean:
            if (!v.isBool()) wrong("true or false");
            out.kind = Value::Kind::Number;
            out.number = v.toBool() ? 1 : 0;
            return;
        }
    }

    std::string m_file;
    RowSink& m_sink;
    std::vector<std::string> m_columns;
    std::vector<Type> m_types;
    std::vector<Value> m_values;
    std::vector<std::string> m_texts;  // storage behind text values, reused from row to row
    long long m_records = -1;
    long long m_rows = 0;
};

QByteArray slurp(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw InputError(file.filename().string(), 0, "cannot read the file");
    std::ostringstream s;
    s << in.rdbuf();
    const std::string bytes = s.str();
    return QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

}  // namespace

void readDatasetJson(const std::filesystem::path& file, RowSink& sink) {
    const std::string name = file.filename().string();
    Reader reader(file, sink);
    if (!ndjson(file)) {
        const QJsonDocument doc = parse(slurp(file), name, 0);
        if (!doc.isObject()) throw InputError(name, 0, "not a Dataset-JSON object");
        const QJsonObject top = doc.object();
        reader.metadata(top);
        const QJsonValue rows = top.value("rows");
        if (!rows.isArray()) throw InputError(name, 0, "no \"rows\" array");
        long k = 0;
        for (const QJsonValue& row : rows.toArray()) {
            ++k;
            reader.row(row, k, k);
            if (k % 4096 == 0) sink.progress(static_cast<double>(k) / static_cast<double>(rows.toArray().size()));
        }
        reader.finish();
        return;
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) throw InputError(name, 0, "cannot read the file");
    std::error_code ec;
    const double size = static_cast<double>(std::filesystem::file_size(file, ec));
    std::string line;
    long number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (number % 4096 == 0 && !ec && size > 0) sink.progress(static_cast<double>(in.tellg()) / size);
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;  // a blank line (the last one)
        const QJsonDocument doc = parse(QByteArray(line.data(), static_cast<qsizetype>(line.size())), name, number);
        if (number == 1) {
            if (!doc.isObject()) throw InputError(name, 1, "the first line is not the metadata object");
            reader.metadata(doc.object());
            continue;
        }
        // A row: NDJSON wraps each array in a document of its own.
        reader.row(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(), number - 1, number);
    }
    if (number == 0) throw InputError(name, 0, "empty file");
    reader.finish();
}

std::string datasetJsonName(const std::filesystem::path& file) {
    try {
        QByteArray bytes;
        if (ndjson(file)) {
            std::ifstream in(file, std::ios::binary);
            std::string first;
            std::getline(in, first);
            bytes = QByteArray(first.data(), static_cast<qsizetype>(first.size()));
        } else {
            bytes = slurp(file);
        }
        const QJsonDocument doc = QJsonDocument::fromJson(bytes);
        return Reader::upper(text(doc.object().value("name")));
    } catch (const InputError&) {
        return {};
    }
}

}  // namespace ts
