#pragma once
// A document rendered by LibreOffice as a reader would see it: `soffice --headless --convert-to
// pdf` (with a profile of its own beside the file, so that a running LibreOffice or the user's
// profile does not interfere), then poppler's pdfinfo and pdftotext.
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <string>

namespace ts::test {

// The standard output of `command`; the test fails when it does not exit with 0.
inline std::string commandOutput(const std::string& command) {
    std::string out;
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe);
    char buffer[4096];
    for (size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, n);
    REQUIRE(pclose(pipe) == 0);
    return out;
}

inline size_t occurrences(const std::string& text, const std::string& what) {
    size_t n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

struct RenderedPdf {
    std::filesystem::path pdf;
    int pages = 0;
    std::string text;  // pdftotext: cells on lines of their own (with -layout: as laid out)
};

inline RenderedPdf renderWithLibreOffice(const std::filesystem::path& document, bool layout = false) {
    const std::filesystem::path dir = document.parent_path();
    commandOutput("soffice -env:UserInstallation=file://" + (dir / "soffice-profile").string() +
                  " --headless --convert-to pdf --outdir '" + dir.string() + "' '" + document.string() +
                  "' > /dev/null 2>&1");
    RenderedPdf out;
    out.pdf = std::filesystem::path(document).replace_extension(".pdf");
    const std::string info = commandOutput("pdfinfo '" + out.pdf.string() + "'");
    const auto at = info.find("Pages:");
    REQUIRE(at != std::string::npos);
    out.pages = std::stoi(info.substr(at + 6));
    out.text = commandOutput(std::string("pdftotext ") + (layout ? "-layout " : "") + "'" + out.pdf.string() + "' -");
    return out;
}

}  // namespace ts::test
