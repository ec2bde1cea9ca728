#include "core/io/define_xml.h"

#include <fstream>
#include <map>
#include <sstream>
#include <utility>
#include <vector>

#include <QXmlStreamReader>

#include "core/io/input_error.h"
#include "core/io/label_text.h"

namespace ts {

namespace {

std::string upper(QStringView s) { return s.toString().toUpper().toStdString(); }

// The attribute of that local name whatever its namespace prefix ("def:Label" in 1.0).
QStringView attribute(const QXmlStreamReader& xml, QStringView name) {
    for (const QXmlStreamAttribute& a : xml.attributes())
        if (a.name() == name) return a.value();
    return {};
}

struct Item {
    std::string name, label;
    bool english = false;  // the label is an English (or language-less) TranslatedText
};

class DefineReader {
public:
    DefineReader(std::string_view bytes, std::string file)
        : m_xml(QByteArray::fromRawData(bytes.data(), static_cast<qsizetype>(bytes.size()))),
          m_file(std::move(file)) {}

    VariableLabels read() {
        while (!m_xml.atEnd()) {
            const QXmlStreamReader::TokenType t = m_xml.readNext();
            if (t == QXmlStreamReader::StartElement) {
                ++m_depth;
                start();
            } else if (t == QXmlStreamReader::EndElement) {
                end();
                --m_depth;
            } else if (t == QXmlStreamReader::Characters && m_inText) m_text += m_xml.text().toString();
        }
        if (m_xml.hasError())
            throw InputError(m_file, static_cast<long>(m_xml.lineNumber()),
                             "not well-formed XML: " + m_xml.errorString().toStdString());
        if (m_groups.empty()) throw InputError(m_file, 0, "no ItemGroupDef: not a Define-XML document");
        VariableLabels out;
        for (const auto& [dataset, oids] : m_groups)
            for (const std::string& oid : oids)
                if (auto it = m_items.find(oid);
                    !dataset.empty() && it != m_items.end() && !it->second.name.empty() && !it->second.label.empty())
                    out[{dataset, it->second.name}] = it->second.label;
        return out;
    }

private:
    void start() {
        const QStringView name = m_xml.name();
        if (name == u"ItemGroupDef") {
            m_groups.emplace_back(upper(attribute(m_xml, u"Name")), std::vector<std::string>{});
            m_inGroup = true;
        } else if (name == u"ItemRef" && m_inGroup) {
            m_groups.back().second.push_back(attribute(m_xml, u"ItemOID").toString().toStdString());
        } else if (name == u"ItemDef") {
            m_item = attribute(m_xml, u"OID").toString().toStdString();
            m_itemDepth = m_depth;
            // Define-XML 1.0 gives the label as an attribute.
            m_items[m_item] = {upper(attribute(m_xml, u"Name")),
                               labelText(attribute(m_xml, u"Label").toString().toStdString()), false};
        } else if (name == u"Description" && !m_item.empty() && m_depth == m_itemDepth + 1) {
            // The ItemDef's own Description, not its def:Origin's (Define-XML 2.1).
            m_inDescription = true;
        } else if (name == u"TranslatedText" && m_inDescription) {
            const QStringView lang =
                m_xml.attributes().value(QLatin1String("http://www.w3.org/XML/1998/namespace"), QLatin1String("lang"));
            m_english = lang.isEmpty() || lang.startsWith(u"en", Qt::CaseInsensitive);
            m_inText = true;
            m_text.clear();
        }
    }

    void end() {
        const QStringView name = m_xml.name();
        if (name == u"ItemGroupDef") {
            m_inGroup = false;
        } else if (name == u"ItemDef") {
            m_item.clear();
        } else if (name == u"Description" && m_depth == m_itemDepth + 1) {
            m_inDescription = false;
        } else if (name == u"TranslatedText" && m_inText) {
            m_inText = false;
            Item& item = m_items[m_item];
            const std::string label = labelText(m_text.toStdString());
            // The first text, replaced by a later English one when the first was not English.
            if (!label.empty() && (item.label.empty() || (m_english && !item.english))) {
                item.label = label;
                item.english = m_english;
            }
        }
    }

    QXmlStreamReader m_xml;
    std::string m_file;
    std::vector<std::pair<std::string, std::vector<std::string>>> m_groups;  // dataset -> its ItemOIDs
    std::map<std::string, Item> m_items;                                     // OID -> variable
    std::string m_item;                                                      // OID of the ItemDef being read
    int m_depth = 0, m_itemDepth = 0;                                        // element depth now, and of that ItemDef
    bool m_inGroup = false, m_inDescription = false, m_inText = false, m_english = false;
    QString m_text;
};

}  // namespace

VariableLabels parseDefineXml(std::string_view bytes, const std::string& file) {
    return DefineReader(bytes, file).read();
}

VariableLabels readDefineXml(const std::filesystem::path& file) {
    const std::string name = file.filename().string();
    std::ifstream in(file, std::ios::binary);
    if (!in) throw InputError(name, 0, "cannot be read");
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in && !in.eof()) throw InputError(name, 0, "cannot be read");
    return parseDefineXml(bytes.view(), name);
}

}  // namespace ts
