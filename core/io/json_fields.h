#pragma once
// JsonFields: the typed fields of one JSON object of a file TrialScope wrote (a figure's record, a
// session), each read or refused with an InputError naming the file and the field ("the session
// has no text \"tab\""). `what` names the object in those messages ("the session").
#include <string>
#include <vector>

#include <QJsonArray>
#include <QJsonObject>

namespace ts {

class JsonFields {
public:
    JsonFields(QJsonObject object, std::string file, std::string what);
    // The whole text of a JSON document that must be an object, else InputError.
    static QJsonObject parse(const std::string& json, const std::string& file, const std::string& what);

    bool has(const char* key) const { return m_object.contains(QLatin1String(key)); }
    std::string text(const char* key) const;
    QJsonArray array(const char* key) const;
    JsonFields object(const char* key) const;
    std::vector<std::string> words(const char* key) const;  // an array of texts
    const QJsonObject& json() const { return m_object; }
    // InputError(file, 0, what + " " + message).
    [[noreturn]] void fail(const std::string& message) const;

private:
    QJsonObject m_object;
    std::string m_file;
    std::string m_what;
};

}  // namespace ts
