#include "core/io/figure_record.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/io/input_error.h"
#include "core/io/json_fields.h"
#include "trialscope/version.h"

namespace ts {

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

}  // namespace

FigureRecord FigureRecord::of(const std::string& view, const std::vector<const StudyInfo*>& studies,
                              const std::vector<std::string>& options) {
    FigureRecord r{TRIALSCOPE_VERSION, view, {"--study", "", "--view", view}, {}, {}};
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
    for (const FigureStudy& s : studies) drawn.append(s.json());
    QJsonObject o{{"trialscope_version", q(version)}, {"view", q(view)}, {"arguments", args}, {"studies", drawn}};
    if (!notesNotDrawn.empty()) {
        QJsonArray notes;
        for (const std::string& n : notesNotDrawn) notes.append(q(n));
        o.insert(QStringLiteral("notes_not_drawn"), notes);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

FigureRecord FigureRecord::fromJson(const std::string& json, const std::string& file) {
    const std::string what = "the TrialScope record";
    const JsonFields o(JsonFields::parse(json, file, what), file, what);
    FigureRecord r;
    r.version = o.text("trialscope_version");
    r.view = o.text("view");
    r.arguments = o.words("arguments");
    for (const QJsonValue& s : o.array("studies")) r.studies.push_back(FigureStudy::of(s, file, what));
    if (o.has("notes_not_drawn")) r.notesNotDrawn = o.words("notes_not_drawn");
    return r;
}

QJsonObject FigureStudy::json() const { return QJsonObject{{"id", q(id)}, {"data_sha256", q(dataSha256)}}; }

FigureStudy FigureStudy::of(const QJsonValue& value, const std::string& file, const std::string& what) {
    if (!value.isObject()) throw InputError(file, 0, what + "'s \"studies\" are not all objects");
    const JsonFields s(value.toObject(), file, what + "'s study");
    return {s.text("id"), s.text("data_sha256")};
}

DataState dataState(const std::string& then, const std::string& now) {
    if (then.empty() || now.empty()) return DataState::Unknown;
    return then == now ? DataState::Same : DataState::Changed;
}

}  // namespace ts
