#include "tests/ui/views/export_fixture.h"

#include <array>
#include <cstdio>
#include <regex>

#include <QFile>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QRegularExpression>
#include <QTransform>
#include <QXmlStreamReader>

#include "core/io/study_importer.h"
#include "core/store/store.h"
#include "tests/scratch_dir.h"

namespace ts::test {

QApplication& application() {
    if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance())) return *app;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "test_export";
    static char* argv[] = {name, nullptr};
    static QApplication app(argc, argv);
    return app;
}

std::shared_ptr<const StudyData> sample(const std::string& id) {
    static const std::map<std::string, std::shared_ptr<const StudyData>> all = [] {
        std::map<std::string, std::shared_ptr<const StudyData>> out;
        const test::ScratchDir dir;
        {
            Store store = Store::open(dir.file("samples.db"));
            for (const char* folder : {"shi2021", "li2023", "qin2024", "jia2020"}) {
                const ImportSummary s =
                    importPath(store, std::filesystem::path(TRIALSCOPE_SOURCE_DIR) / "sample_trials" / folder);
                if (auto data = store.loadStudy(s.study))
                    out[s.study] = std::make_shared<const StudyData>(std::move(*data));
            }
        }
        return out;
    }();
    auto it = all.find(id);
    return it == all.end() ? nullptr : it->second;
}

std::filesystem::path scratch(const std::string& name) {
    // Under this process's own scratch folder: test cases run as concurrent processes.
    static const test::ScratchDir process;
    const auto dir = process.file(name);
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

std::string run(const std::string& command) {
    std::string out;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return out;
    std::array<char, 4096> buffer{};
    for (size_t n; (n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0;) out.append(buffer.data(), n);
    return pclose(pipe) == 0 ? out : std::string();
}

QSizeF pdfPageSizePt(const std::filesystem::path& pdf) {
    const std::string info = run("pdfinfo '" + pdf.string() + "'");
    std::smatch m;
    if (!std::regex_search(info, m, std::regex(R"(Page size:\s+([0-9.]+) x ([0-9.]+) pts)"))) return {};
    return {std::stod(m[1]), std::stod(m[2])};
}

std::string pdfText(const std::filesystem::path& pdf) { return run("pdftotext -layout '" + pdf.string() + "' -"); }

namespace {

// QSvgGenerator writes transform="matrix(a,b,c,d,e,f)" on groups.
QTransform parseTransform(const QString& text) {
    static const QRegularExpression re(QStringLiteral(R"(matrix\(([^)]*)\))"));
    const auto m = re.match(text);
    if (!m.hasMatch()) return {};
    const QStringList v = m.captured(1).split(QLatin1Char(','));
    if (v.size() != 6) return {};
    return QTransform(v[0].toDouble(), v[1].toDouble(), v[2].toDouble(), v[3].toDouble(), v[4].toDouble(),
                      v[5].toDouble());
}

}  // namespace

std::vector<SvgText> svgTexts(const std::filesystem::path& svg) {
    QFile file(QString::fromStdString(svg.string()));
    std::vector<SvgText> out;
    if (!file.open(QIODevice::ReadOnly)) return out;
    QXmlStreamReader xml(&file);
    std::vector<QTransform> stack{QTransform()};
    std::vector<QString> families{QString()};
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto attrs = xml.attributes();
            QTransform t = stack.back();
            if (attrs.hasAttribute(QStringLiteral("transform")))
                t = parseTransform(attrs.value(QStringLiteral("transform")).toString()) * t;
            QString family = attrs.hasAttribute(QStringLiteral("font-family"))
                                 ? attrs.value(QStringLiteral("font-family")).toString()
                                 : families.back();
            if (xml.name() == QLatin1String("text")) {
                SvgText s;
                const QPointF p = t.map(
                    QPointF(attrs.value(QStringLiteral("x")).toDouble(), attrs.value(QStringLiteral("y")).toDouble()));
                s.x = p.x();
                s.y = p.y();
                s.fontSize = attrs.value(QStringLiteral("font-size")).toDouble();
                s.text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                // QSvgGenerator writes font-size in user units (96 per inch): measure the advance
                // on a 96-dpi image, where that many units are pointSize * 96 / 72.
                static const QImage device(1, 1, QImage::Format_ARGB32);
                QFont font(family.remove(QLatin1Char('\'')));
                font.setPointSizeF(s.fontSize * 72 / 96);
                if (attrs.value(QStringLiteral("font-weight")).toInt() >= 600) font.setBold(true);
                // Advance width in the text's own coordinates, mapped through the transform's x scale.
                s.centre = s.x + QFontMetricsF(font, &device).horizontalAdvance(s.text) / 2 * t.m11();
                out.push_back(s);
                continue;  // readElementText consumed the end element
            }
            stack.push_back(t);
            families.push_back(family);
        } else if (xml.isEndElement()) {
            stack.pop_back();
            families.pop_back();
        }
    }
    return out;
}

QSizeF svgSizeMm(const std::filesystem::path& svg) {
    QFile file(QString::fromStdString(svg.string()));
    if (!file.open(QIODevice::ReadOnly)) return {};
    QXmlStreamReader xml(&file);
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("svg")) {
            auto mm = [&](const char* name) {
                QString v = xml.attributes().value(QLatin1String(name)).toString();
                return v.endsWith(QLatin1String("mm")) ? v.chopped(2).toDouble() : 0.0;
            };
            return {mm("width"), mm("height")};
        }
    return {};
}

}  // namespace ts::test
