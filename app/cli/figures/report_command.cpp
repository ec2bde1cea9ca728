// trialscope-cli report --study ID[,ID..] --out FILE.pdf|FILE.html: every view of the studies as
// one document (ui/report/report_content.h), drawn headless. Prints
// {"out":..,"format":"pdf"|"html","studies":[..],"pages":N (PDF; 0 for HTML),"figures":N,"tables":N,
//  "sections":[the headings in order]}.
#include <QFileInfo>

#include "app/cli/figures/export_command.h"
#include "core/report/json_writer.h"
#include "ui/report/report_content.h"
#include "ui/report/report_html.h"
#include "ui/report/report_pdf.h"

namespace ts::cli {

int reportStudies(Context& ctx, const Args& args) {
    args.allow({"--study", "--out"});
    const std::vector<std::string> ids = args.list("--study");
    if (ids.empty()) throw UsageError("--study: no study id");
    const QString out = QString::fromStdString(args.required("--out"));
    const QString format = QFileInfo(out).suffix().toLower();
    if (format != QLatin1String("pdf") && format != QLatin1String("html"))
        throw UsageError("--out: expected a .pdf or .html file");
    std::vector<std::shared_ptr<const StudyData>> studies;
    for (const std::string& id : ids) studies.push_back(std::make_shared<const StudyData>(ctx.study(id)));

    const std::unique_ptr<QApplication> app = ensureApplication();  // outlives the report's plots
    std::vector<std::string> sections;
    int pages = 0, figures = 0, tables = 0;
    {
        const ReportContent report = ReportContent::of(studies);
        figures = report.figures;
        tables = report.tables;
        for (const ReportBlock* b : report.contents())
            if (b->kind == ReportBlock::Kind::Heading) sections.push_back(b->text.toStdString());
        if (format == QLatin1String("pdf")) {
            const PdfReport written = writeReportPdf(report, out);
            if (!written.error.isEmpty()) throw std::runtime_error(written.error.toStdString());
            pages = written.pages;
        } else if (const QString error = writeReportHtml(report, out); !error.isEmpty()) {
            throw std::runtime_error(error.toStdString());
        }
    }
    JsonWriter w;
    w.beginObject()
        .field("out", QFileInfo(out).absoluteFilePath().toStdString())
        .field("format", format.toStdString())
        .key("studies")
        .stringArray(ids)
        .field("pages", pages)
        .field("figures", figures)
        .field("tables", tables)
        .key("sections")
        .stringArray(sections)
        .endObject();
    printJson(w.str());
    return 0;
}

}  // namespace ts::cli
