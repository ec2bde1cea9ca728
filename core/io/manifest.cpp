#include "core/io/manifest.h"

#include <algorithm>
#include <iconv.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/io/input_error.h"
#include "core/io/study_id.h"

namespace ts {

namespace {

// Reads typed values out of JSON objects, naming the offending key in every error.
class JsonReader {
public:
    explicit JsonReader(std::string file) : m_file(std::move(file)) {}

    [[noreturn]] void fail(const std::string& key, const std::string& what) const {
        throw InputError(m_file, 0, "\"" + key + "\" " + what);
    }

    // Warns about keys outside `known`.
    void checkKeys(const QJsonObject& o, const std::vector<std::string>& known, const std::string& prefix,
                   std::vector<std::string>& warnings) const {
        for (auto it = o.begin(); it != o.end(); ++it) {
            std::string k = it.key().toStdString();
            if (std::find(known.begin(), known.end(), k) == known.end())
                warnings.push_back(m_file + ":0: unknown key \"" + printableLine(prefix + k, 100) + "\" ignored");
        }
    }

    std::string text(const QJsonObject& o, const char* key, const std::string& name) const {
        QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) return {};
        if (!v.isString()) fail(name, "must be a string");
        return v.toString().toStdString();
    }

    std::optional<double> number(const QJsonObject& o, const char* key, const std::string& name) const {
        QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull()) return std::nullopt;
        if (!v.isDouble()) fail(name, "must be a number");
        return v.toDouble();
    }

    Provenance provenance(const QJsonValue& v, const std::string& name) const {
        if (!v.isString()) fail(name, "must be a string");
        auto p = provenances().parse(v.toString().toStdString());
        if (!p) fail(name, "must be one of original, reconstructed, published-aggregate, illustrative");
        return *p;
    }

    QJsonObject object(const QJsonValue& v, const std::string& name) const {
        if (!v.isObject()) fail(name, "must be an object");
        return v.toObject();
    }

    QJsonArray array(const QJsonValue& v, const std::string& name) const {
        if (!v.isArray()) fail(name, "must be an array");
        return v.toArray();
    }

    const std::string& file() const { return m_file; }

private:
    std::string m_file;
};

Arm readArm(const JsonReader& r, const QJsonValue& v, const std::string& name, std::vector<std::string>& warnings) {
    QJsonObject o = r.object(v, name);
    r.checkKeys(o, {"code", "label", "dose", "dose_unit", "colour"}, name + ".", warnings);
    Arm a;
    a.code = r.text(o, "code", name + ".code");
    if (a.code.empty()) r.fail(name + ".code", "is required");
    a.label = r.text(o, "label", name + ".label");
    if (a.label.empty()) a.label = a.code;
    a.dose = r.number(o, "dose", name + ".dose");
    a.doseUnit = r.text(o, "dose_unit", name + ".dose_unit");
    a.colour = r.text(o, "colour", name + ".colour");
    return a;
}

// A file reference must name a file inside the study folder: no directories, no "..", not absolute.
std::string plainFileName(const JsonReader& r, const QJsonValue& v, const std::string& name) {
    if (!v.isString()) r.fail(name, "must be a string");
    std::string f = v.toString().toStdString();
    std::filesystem::path p(f);
    if (f.empty() || p.is_absolute() || p.has_parent_path() || f.find('\\') != std::string::npos || f == "." ||
        f == "..")
        r.fail(name, "must be a file name in the study folder, not a path ('" + f + "')");
    return f;
}

}  // namespace

const std::vector<std::string>& manifestDatasetKeys() {
    static const std::vector<std::string> keys{"adsl",      "adtte",           "adlb",    "adae", "lab_summary",
                                               "ae_counts", "survival_points", "baseline"};
    return keys;
}

Manifest readManifest(const std::filesystem::path& file) {
    JsonReader r(file.filename().string());
    QFile f(QString::fromStdString(file.string()));
    if (!f.open(QIODevice::ReadOnly)) throw InputError(r.file(), 0, "cannot open file");
    // A study description is a few kilobytes; a file of gigabytes is not one, and is refused
    // before it is read into memory.
    constexpr qint64 maxBytes = qint64(16) << 20;
    if (f.size() > maxBytes)
        throw InputError(r.file(), 0,
                         std::to_string(f.size()) + " bytes: a study.json is at most 16 MiB (it describes the study)");
    QByteArray bytes = f.readAll();
    QJsonParseError err;
    QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError) {
        long line = 1 + static_cast<long>(std::count(bytes.begin(), bytes.begin() + err.offset, '\n'));
        throw InputError(r.file(), line, "invalid JSON: " + err.errorString().toStdString());
    }
    if (!doc.isObject()) throw InputError(r.file(), 0, "must hold a JSON object");
    QJsonObject o = doc.object();
    Manifest m;
    r.checkKeys(o,
                {"id", "title", "citation", "doi", "registry", "design", "population", "time_unit", "provenance",
                 "arms", "population_flags", "notes", "datasets", "files", "xpt_encoding"},
                "", m.warnings);
    StudyInfo& i = m.info;
    i.id = r.text(o, "id", "id");
    if (std::string bad = studyIdProblem(i.id); !bad.empty()) r.fail("id", bad);
    i.title = r.text(o, "title", "title");
    i.citation = r.text(o, "citation", "citation");
    i.doi = r.text(o, "doi", "doi");
    i.registry = r.text(o, "registry", "registry");
    i.design = r.text(o, "design", "design");
    i.population = r.text(o, "population", "population");
    i.notes = r.text(o, "notes", "notes");
    if (std::string unit = r.text(o, "time_unit", "time_unit"); !unit.empty()) {
        if (unit != "days" && unit != "weeks" && unit != "months" && unit != "years")
            r.fail("time_unit", "must be one of days, weeks, months, years");
        i.timeUnit = unit;
        m.timeUnitGiven = true;
    }
    if (std::string encoding = r.text(o, "xpt_encoding", "xpt_encoding"); !encoding.empty()) {
        iconv_t cd = iconv_open("UTF-8", encoding.c_str());
        if (cd == reinterpret_cast<iconv_t>(-1))
            r.fail("xpt_encoding", "is not a known text encoding (e.g. WINDOWS-1252, LATIN1, UTF-8)");
        iconv_close(cd);
        m.xptEncoding = encoding;
    }
    if (o.contains("provenance")) m.provenance = r.provenance(o.value("provenance"), "provenance");
    if (o.contains("arms")) {
        QJsonArray arms = r.array(o.value("arms"), "arms");
        for (qsizetype k = 0; k < arms.size(); ++k)
            i.arms.push_back(readArm(r, arms[k], "arms[" + std::to_string(k) + "]", m.warnings));
    }
    if (o.contains("population_flags")) {
        QJsonArray flags = r.array(o.value("population_flags"), "population_flags");
        for (qsizetype k = 0; k < flags.size(); ++k) {
            if (!flags[k].isString()) r.fail("population_flags[" + std::to_string(k) + "]", "must be a string");
            i.populationFlags.push_back(flags[k].toString().toStdString());
        }
    }
    for (const char* section : {"datasets", "files"}) {
        if (!o.contains(section)) continue;
        QJsonObject s = r.object(o.value(section), section);
        r.checkKeys(s, manifestDatasetKeys(), std::string(section) + ".", m.warnings);
        for (const std::string& key : manifestDatasetKeys()) {
            if (!s.contains(QString::fromStdString(key))) continue;
            QJsonValue v = s.value(QString::fromStdString(key));
            std::string name = std::string(section) + "." + key;
            if (std::string_view(section) == "datasets") m.datasets[key] = r.provenance(v, name);
            else m.files[key] = plainFileName(r, v, name);
        }
    }
    return m;
}

}  // namespace ts
