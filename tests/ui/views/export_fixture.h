#pragma once
// Shared by the figure export tests: the offscreen QApplication, the four sample trials imported
// once (ts::importPath into a temporary store), a scratch folder for exported files, and readers
// for what the files hold: PNG pixel size, PDF page size and text (poppler's pdfinfo / pdftotext),
// SVG <text> elements with their positions.
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <QApplication>
#include <QString>

#include "core/model/study_data.h"

namespace ts::test {

QApplication& application();
// The sample trial with this id (SHI2021, LI2023, QIN2024, JIA2020).
std::shared_ptr<const StudyData> sample(const std::string& id);
// A fresh empty folder under the system temp directory, removed at exit.
std::filesystem::path scratch(const std::string& name);

// stdout of a shell command (empty when it fails).
std::string run(const std::string& command);
// pdfinfo's "Page size: W x H pts".
QSizeF pdfPageSizePt(const std::filesystem::path& pdf);
std::string pdfText(const std::filesystem::path& pdf);

struct SvgText {
    QString text;
    double x = 0;  // text anchor (start of the baseline), in viewBox units
    double y = 0;
    double centre = 0;  // x + half the advance width of the text in its font
    double fontSize = 0;
};
// Every <text> element of the SVG with its position after the enclosing groups' transforms.
std::vector<SvgText> svgTexts(const std::filesystem::path& svg);
// The SVG's width and height attributes in mm (QSvgGenerator writes "...mm").
QSizeF svgSizeMm(const std::filesystem::path& svg);

}  // namespace ts::test
