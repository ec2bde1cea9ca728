#include "core/io/figure_record.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/io/input_error.h"
#include "trialscope/version.h"

namespace ts {

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

}  // namespace

FigureRecord FigureRecord::of(const std::string& view, const std::vector<const StudyInfo*>& studies,
                              const std::vector<std::string>& options) {
    FigureRecord r{TRIALSCOPE_VERSION, view, {"--study", "", "--view", view}, {}};
    for (const StudyInfo* s : studies) {
        r.arguments[1] += (r.arguments[1].empty() ? "" : ",") + s->id;
        r.studies.push_back({s->id, s->dataSha256});
    }
    r.arguments.insert(r.arguments.end(), options.begin(), options.end());
    return r;
}

std::string FigureRecord::toJson() const {
    QJsonArray args;
    for (const std::string& a : arguments) args.append(q(a));
    QJsonArray drawn;
    for (const FigureStudy& s : studies) drawn.append(QJsonObject{{"id", q(s.id)}, {"data_sha256", q(s.dataSha256)}});
    const QJsonObject o{{"trialscope_version", q(version)}, {"view", q(view)}, {"arguments", args}, {"studies", drawn}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

FigureRecord FigureRecord::fromJson(const std::string& json, const std::string& file) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(json), &error);
    if (!doc.isObject()) throw InputError(file, 0, "the TrialScope record is not a JSON object");
    const QJsonObject o = doc.object();
    auto text = [&](const QJsonObject& from, const char* key) {
        const QJsonValue v = from.value(QLatin1String(key));
        if (!v.isString()) throw InputError(file, 0, std::string("the TrialScope record has no text \"") + key + "\"");
        return v.toString().toStdString();
    };
    auto array = [&](const char* key) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isArray()) throw InputError(file, 0, std::string("the TrialScope record has no list \"") + key + "\"");
        return v.toArray();
    };
    FigureRecord r;
    r.version = text(o, "trialscope_version");
    r.view = text(o, "view");
    for (const QJsonValue& a : array("arguments")) {
        if (!a.isString()) throw InputError(file, 0, "the TrialScope record's \"arguments\" are not all text");
        r.arguments.push_back(a.toString().toStdString());
    }
    for (const QJsonValue& s : array("studies")) {
        if (!s.isObject()) throw InputError(file, 0, "the TrialScope record's \"studies\" are not all objects");
        r.studies.push_back({text(s.toObject(), "id"), text(s.toObject(), "data_sha256")});
    }
    return r;
}

}  // namespace ts
