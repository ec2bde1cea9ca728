#include "core/io/figure_embed.h"

#include <array>
#include <cstdint>

#include <QXmlStreamReader>

namespace ts {

namespace {

constexpr char kKeyword[] = "trialscope";
constexpr char kXmpNamespace[] = "urn:trialscope:figure:1";
const QByteArray kPngSignature("\x89PNG\r\n\x1a\n", 8);

// CRC-32 of PNG chunks (ISO 3309, reflected polynomial 0xEDB88320, PNG 1.2 annex D); the table is
// made once.
std::uint32_t crc32(const QByteArray& bytes) {
    static const std::array<std::uint32_t, 256> table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t n = 0; n < 256; ++n) {
            std::uint32_t c = n;
            for (int k = 0; k < 8; ++k) c = (c & 1U) ? 0xEDB88320U ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    std::uint32_t c = 0xFFFFFFFFU;
    for (char b : bytes) c = table[(c ^ static_cast<std::uint8_t>(b)) & 0xFFU] ^ (c >> 8);
    return c ^ 0xFFFFFFFFU;
}

QByteArray bigEndian(std::uint32_t v) {
    QByteArray out(4, '\0');
    for (int i = 0; i < 4; ++i) out[i] = static_cast<char>((v >> (24 - 8 * i)) & 0xFFU);
    return out;
}

std::uint32_t readBigEndian(const QByteArray& bytes, qsizetype at) {
    std::uint32_t v = 0;
    for (qsizetype i = 0; i < 4; ++i) v = (v << 8) | static_cast<std::uint8_t>(bytes[at + i]);
    return v;
}

// A PNG's chunks in order: calls f(type, data offset, data length) until f returns true or the
// chunks end (or stop making sense); returns the offset of the chunk f stopped at, or -1.
template <class F>
qsizetype findChunk(const QByteArray& png, F&& f) {
    if (!png.startsWith(kPngSignature)) return -1;
    for (qsizetype at = kPngSignature.size(); at + 12 <= png.size();) {
        const std::uint32_t length = readBigEndian(png, at);
        if (length > static_cast<std::uint64_t>(png.size() - at - 12)) return -1;
        if (f(png.mid(at + 4, 4), at + 8, static_cast<qsizetype>(length))) return at;
        at += 12 + static_cast<qsizetype>(length);
    }
    return -1;
}

QByteArray escaped(const std::string& json) { return QString::fromStdString(json).toHtmlEscaped().toUtf8(); }

// The text of the first element `match` accepts in an XML document; nullopt when none.
template <class Match>
std::optional<std::string> elementText(const QByteArray& xml, Match&& match) {
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && match(reader)) {
            const QString text = reader.readElementText();
            if (reader.hasError()) return std::nullopt;
            return text.toStdString();
        }
    }
    return std::nullopt;
}

std::optional<std::string> pngRecord(const QByteArray& png) {
    std::optional<std::string> out;
    findChunk(png, [&](const QByteArray& type, qsizetype at, qsizetype length) {
        if (type != "iTXt") return false;
        // keyword NUL, compression flag, compression method, language NUL, translated keyword NUL, text
        const QByteArray data = png.mid(at, length);
        const QByteArray head = QByteArray(kKeyword) + '\0';
        if (!data.startsWith(head) || data.size() < head.size() + 2 || data[head.size()] != '\0') return false;
        const qsizetype language = data.indexOf('\0', head.size() + 2);
        const qsizetype translated = language < 0 ? -1 : data.indexOf('\0', language + 1);
        if (translated < 0) return false;
        out = data.mid(translated + 1).toStdString();
        return true;
    });
    return out;
}

std::optional<std::string> svgRecord(const QByteArray& svg) {
    return elementText(svg, [](const QXmlStreamReader& r) {
        return r.name() == QLatin1String("metadata") &&
               r.attributes().value(QLatin1String("id")) == QLatin1String(kKeyword);
    });
}

std::optional<std::string> pdfRecord(const QByteArray& pdf) {
    const qsizetype begin = pdf.indexOf("<x:xmpmeta");
    const QByteArray close("</x:xmpmeta>");
    const qsizetype end = begin < 0 ? -1 : pdf.indexOf(close, begin);
    if (end < 0) return std::nullopt;
    return elementText(pdf.mid(begin, end + close.size() - begin), [](const QXmlStreamReader& r) {
        return r.name() == QLatin1String("record") && r.namespaceUri() == QLatin1String(kXmpNamespace);
    });
}

}  // namespace

QByteArray withPngRecord(const QByteArray& png, const std::string& json) {
    // After IHDR, before the image data: readers that stop at IDAT still see it. IHDR must be the
    // first chunk (PNG 1.2, 5.6); a file where it is not is no PNG to write into (a chunk before it
    // could be read as the record).
    const qsizetype header = findChunk(png, [](const QByteArray&, qsizetype, qsizetype) { return true; });
    if (header < 0 || png.mid(header + 4, 4) != "IHDR") return png;
    const qsizetype end = header + 12 + static_cast<qsizetype>(readBigEndian(png, header));
    // Keyword and its NUL, compression flag 0 (uncompressed), method 0, an empty language tag and an
    // empty translated keyword (each ended by its NUL): five NULs, then the text.
    const QByteArray chunk = QByteArray("iTXt") + kKeyword + QByteArray(5, '\0') + QByteArray::fromStdString(json);
    QByteArray out = png.left(end);
    out += bigEndian(static_cast<std::uint32_t>(chunk.size() - 4)) + chunk + bigEndian(crc32(chunk));
    return out + png.mid(end);
}

QByteArray withSvgRecord(const QByteArray& svg, const std::string& json) {
    const qsizetype tag = svg.indexOf("<svg");
    const qsizetype close = tag < 0 ? -1 : svg.indexOf('>', tag);
    if (close < 0) return svg;
    const QByteArray element = "\n<metadata id=\"" + QByteArray(kKeyword) + "\">" + escaped(json) + "</metadata>";
    return svg.left(close + 1) + element + svg.mid(close + 1);
}

QByteArray xmpPacket(const QString& title, const QString& creator, const std::string& json) {
    QByteArray x;
    x += "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n";
    x += "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n";
    x += " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n";
    x += "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"";
    x += " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:ts=\"" + QByteArray(kXmpNamespace) + "\">\n";
    x += "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + title.toHtmlEscaped().toUtf8() +
         "</rdf:li></rdf:Alt></dc:title>\n";
    x += "   <xmp:CreatorTool>" + creator.toHtmlEscaped().toUtf8() + "</xmp:CreatorTool>\n";
    x += "   <ts:record>" + escaped(json) + "</ts:record>\n";
    x += "  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
    return x;
}

std::optional<std::string> embeddedRecord(const QByteArray& file) {
    if (file.startsWith(kPngSignature)) return pngRecord(file);
    if (file.startsWith("%PDF")) return pdfRecord(file);
    return svgRecord(file);
}

}  // namespace ts
