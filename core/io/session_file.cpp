#include "core/io/session_file.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/io/json_fields.h"

namespace ts {

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

QJsonArray wordArray(const std::vector<std::string>& words) {
    QJsonArray out;
    for (const std::string& w : words) out.append(q(w));
    return out;
}

}  // namespace

std::string Session::toJson() const {
    QJsonObject o{
        {"trialscope_session", kFormat}, {"trialscope_version", q(version)}, {"library", q(library)}, {"tab", q(tab)}};
    if (study) o.insert(QStringLiteral("study"), study->json());
    QJsonObject shown;
    for (const auto& [view, words] : views) shown.insert(q(view), wordArray(words));
    o.insert(QStringLiteral("views"), shown);
    if (compare) {
        QJsonArray studies;
        for (const FigureStudy& s : compare->studies) studies.append(s.json());
        o.insert(
            QStringLiteral("compare"),
            QJsonObject{{"tab", q(compare->tab)}, {"arguments", wordArray(compare->arguments)}, {"studies", studies}});
    }
    o.insert(QStringLiteral("window"), QJsonObject{{"geometry", q(geometry)}, {"state", q(state)}});
    return QJsonDocument(o).toJson(QJsonDocument::Indented).toStdString();
}

Session Session::fromJson(const std::string& json, const std::string& file) {
    const std::string what = "the session";
    const JsonFields o(JsonFields::parse(json, file, what), file, what);
    const QJsonValue format = o.json().value(QLatin1String("trialscope_session"));
    if (!format.isDouble()) o.fail("has no \"trialscope_session\" format number: not a TrialScope session");
    if (format.toDouble() != kFormat)
        o.fail("is in format " + QString::number(format.toDouble()).toStdString() + "; this TrialScope reads format " +
               std::to_string(kFormat) + " (a newer TrialScope saved it?)");
    Session s;
    s.version = o.text("trialscope_version");
    s.library = o.text("library");
    s.tab = o.text("tab");
    if (o.has("study")) s.study = FigureStudy::of(o.json().value(QLatin1String("study")), file, what);
    const JsonFields views = o.object("views");
    for (auto it = views.json().begin(); it != views.json().end(); ++it) {
        const std::string key = it.key().toStdString();
        s.views.emplace_back(key, views.words(key.c_str()));
    }
    if (o.has("compare")) {
        const JsonFields c = o.object("compare");
        SessionCompare compare{c.text("tab"), c.words("arguments"), {}};
        for (const QJsonValue& v : c.array("studies")) compare.studies.push_back(FigureStudy::of(v, file, what));
        s.compare = std::move(compare);
    }
    const JsonFields window = o.object("window");
    s.geometry = window.text("geometry");
    s.state = window.text("state");
    return s;
}

}  // namespace ts
