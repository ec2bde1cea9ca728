#pragma once
// Puts a FigureRecord's JSON (core/io/figure_record.h) into an exported figure file and reads it
// back, in each format's own place for such data, so ordinary tools show it:
//   PNG  an iTXt chunk (PNG 1.2, 11.3.4.5) with keyword "trialscope", uncompressed UTF-8 text,
//        right after IHDR; libpng reads it (QImage::text("trialscope"), exiftool -PNG:all).
//   SVG  a <metadata id="trialscope"> element, the first child of <svg>, the JSON as its text.
//   PDF  the document's XMP packet (ISO 16684-1), written by QPdfWriter::setDocumentXmpMetadata: the
//        title (dc:title), the program (xmp:CreatorTool) and the JSON as <ts:record> in the namespace
//        urn:trialscope:figure:1. The XMP stream is uncompressed, so `pdfinfo -meta` prints it.
// Every function works on bytes already in memory; none throws. A file another program wrote, or a
// damaged one, reads as "no record".
#include <optional>
#include <string>

#include <QByteArray>
#include <QString>

namespace ts {

// `png` with the record's chunk added; `png` unchanged when it is not a PNG that starts with IHDR.
QByteArray withPngRecord(const QByteArray& png, const std::string& json);
// `svg` with the record's element added; unchanged when it has no <svg> start tag.
QByteArray withSvgRecord(const QByteArray& svg, const std::string& json);
// The XMP packet of a figure's PDF.
QByteArray xmpPacket(const QString& title, const QString& creator, const std::string& json);

// The record's JSON text in a PNG, SVG or PDF file's bytes (the format found from the bytes);
// nullopt when the file carries none.
std::optional<std::string> embeddedRecord(const QByteArray& file);

}  // namespace ts
