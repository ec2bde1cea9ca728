#include "core/io/json_fields.h"

#include <QJsonDocument>

#include "core/io/input_error.h"

namespace ts {

JsonFields::JsonFields(QJsonObject object, std::string file, std::string what)
    : m_object(std::move(object)),
      m_file(std::move(file)),
      m_what(std::move(what)) {}

QJsonObject JsonFields::parse(const std::string& json, const std::string& file, const std::string& what) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(json), &error);
    if (error.error != QJsonParseError::NoError)
        throw InputError(file, 0,
                         what + " is not valid JSON (" + error.errorString().toStdString() + " at byte " +
                             std::to_string(error.offset) + ")");
    if (!doc.isObject()) throw InputError(file, 0, what + " is not a JSON object");
    return doc.object();
}

void JsonFields::fail(const std::string& message) const { throw InputError(m_file, 0, m_what + " " + message); }

std::string JsonFields::text(const char* key) const {
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (!v.isString()) fail(std::string("has no text \"") + key + "\"");
    return v.toString().toStdString();
}

QJsonArray JsonFields::array(const char* key) const {
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (!v.isArray()) fail(std::string("has no list \"") + key + "\"");
    return v.toArray();
}

JsonFields JsonFields::object(const char* key) const {
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (!v.isObject()) fail(std::string("has no object \"") + key + "\"");
    return JsonFields(v.toObject(), m_file, m_what + "'s \"" + key + "\"");
}

std::vector<std::string> JsonFields::words(const char* key) const {
    std::vector<std::string> out;
    for (const QJsonValue& w : array(key)) {
        if (!w.isString()) fail(std::string("\"") + key + "\" are not all text");
        out.push_back(w.toString().toStdString());
    }
    return out;
}

}  // namespace ts
