#include "ui/report/report_pdf.h"

#include <map>

#include <QBuffer>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <qcustomplot.h>

#include "trialscope/version.h"
#include "ui/figure/figure_exporter.h"
#include "ui/figure/figure_options.h"
#include "ui/report/report_content.h"
#include "ui/report/report_style.h"

namespace ts {

namespace {

// A4 at the figures' 96 units per inch: the page, its 20 mm margins and the body between them.
constexpr double kDpi = FigureOptions::kLogicalDpi;
constexpr double kMm = kDpi / 25.4;
constexpr double kPageW = 210 * kMm, kPageH = 297 * kMm, kMargin = 20 * kMm;
constexpr double kGap = 4 * kMm;  // between blocks

// One pass over the report: pass 1 finds each block's page and the page count, laying everything
// out without painting it (a figure's size is fixed, a text's comes from its layout); pass 2 paints
// the file with them. A wide table (ReportBlock::wide) gets landscape pages of its own; the next
// block starts a portrait page again.
class Pages {
public:
    Pages(QPdfWriter& writer, const ReportContent& report, const std::map<QString, int>& pageOf, int total)
        : m_writer(writer),
          m_report(report),
          m_pageOf(pageOf),
          m_total(total) {}

    int write() {
        if (!m_painter.begin(&m_writer)) return 0;
        m_painter.translate(kMargin, kMargin);
        title();
        for (const ReportBlock& b : m_report.blocks) block(b);
        footer();
        m_painter.end();
        return m_page;
    }
    const std::map<QString, int>& found() const { return m_found; }

private:
    void block(const ReportBlock& b) {
        const bool landscape = b.kind == ReportBlock::Kind::Table && b.wide;
        if (landscape != m_landscape && b.kind != ReportBlock::Kind::Heading) {
            m_landscape = landscape;
            // Its headings waiting in m_heading come along; a study's title page turns itself.
            if (b.kind != ReportBlock::Kind::StudyTitle) nextPage();
        }
        switch (b.kind) {
        case ReportBlock::Kind::StudyTitle:
            nextPage();
            text(QStringLiteral("<h1>%1</h1>").arg(b.text.toHtmlEscaped()));
            break;
        case ReportBlock::Kind::Heading:
            // Set with what follows it, so that a heading never ends a page.
            m_heading += b.level == 1 ? QStringLiteral("<p class=\"study\">%1</p>").arg(b.text.toHtmlEscaped())
                                      : QStringLiteral("<h2>%1</h2>").arg(b.text.toHtmlEscaped());
            m_anchors << b.anchor;
            break;
        case ReportBlock::Kind::Text: text(b.text); break;
        case ReportBlock::Kind::Table:
            m_anchors << b.anchor;  // on the page the table starts on
            text(QStringLiteral("<p class=\"caption\">%1</p>%2").arg(b.caption.toHtmlEscaped(), b.text));
            break;
        case ReportBlock::Kind::Figure: figure(b); break;
        }
    }

    // The headings set with the block that follows them, and a table, are on the page that block
    // starts on.
    void placeHeadings() {
        for (const QString& anchor : m_anchors) m_found[anchor] = m_page;
        m_anchors.clear();
        m_heading.clear();
    }

    void text(const QString& body) {
        QTextDocument doc;
        setUpDocument(doc, m_heading + body, m_bodyW);
        const double h = doc.size().height();
        if (h <= m_bodyH - m_y) {
            placeHeadings();
            return draw(doc, h);
        }
        if (m_y > 0 && h <= m_bodyH) {
            nextPage();
            placeHeadings();
            return draw(doc, h);
        }
        // Longer than a page: QTextDocument breaks it into page-high slices between lines.
        if (m_y > 0) nextPage();
        placeHeadings();
        doc.setPageSize(QSizeF(m_bodyW, m_bodyH));
        for (int k = 0; k < doc.pageCount(); ++k) {
            if (k > 0) nextPage();
            m_painter.save();
            m_painter.translate(0, -k * m_bodyH);
            if (painting()) doc.drawContents(&m_painter, QRectF(0, k * m_bodyH, m_bodyW, m_bodyH));
            m_painter.restore();
        }
        m_y = doc.size().height() - (doc.pageCount() - 1) * m_bodyH + kGap;
    }

    void draw(QTextDocument& doc, double h) {
        m_painter.save();
        m_painter.translate(0, m_y);
        if (painting()) doc.drawContents(&m_painter, QRectF(0, 0, m_bodyW, h));
        m_painter.restore();
        m_y += h + kGap;
    }

    void figure(const ReportBlock& b) {
        FigureOptions o;
        o.widthMm = kReportFigureWidthMm;
        o.heightMm = kReportFigureHeightMm;
        const double h = m_bodyW * o.heightMm / o.widthMm;
        QTextDocument caption, heading;
        setUpDocument(caption, QStringLiteral("<p class=\"caption\">%1</p>").arg(figureCaptionHtml(b.caption, b.text)),
                      m_bodyW);
        setUpDocument(heading, m_heading, m_bodyW);
        const double ch = caption.size().height(), hh = m_heading.isEmpty() ? 0 : heading.size().height();
        if (m_y > 0 && m_y + hh + h + ch > m_bodyH) nextPage();
        placeHeadings();
        if (hh > 0) draw(heading, hh);
        m_found[b.anchor] = m_page;
        if (painting())
            FigureExporter({b.plot.get()}, PlotStyle::light()).paintInto(m_painter, QRectF(0, m_y, m_bodyW, h), o);
        m_y += h;
        draw(caption, ch);
    }

    // The first page: the report's title, what made it, and the contents with their pages.
    void title() {
        QString html = reportOpening(m_report.title) + QStringLiteral("<table class=\"contents\" width=\"100%\">");
        for (const ReportBlock* b : m_report.contents()) {
            const auto at = m_pageOf.find(b->anchor);
            const QString page = at == m_pageOf.end() ? QStringLiteral("000") : QString::number(at->second);
            const QString what = b->kind == ReportBlock::Kind::Heading ? b->text : b->caption;
            const int indent = b->kind == ReportBlock::Kind::Heading ? (b->level - 1) * 16 : 32;
            const bool strong = b->kind == ReportBlock::Kind::Heading && b->level == 1;
            html += QStringLiteral("<tr><td style=\"padding-left:%1px\">%2%3%4</td><td align=\"right\">%5</td></tr>")
                        .arg(indent)
                        .arg(strong ? QStringLiteral("<b>") : QString(), what.toHtmlEscaped(),
                             strong ? QStringLiteral("</b>") : QString(), page);
        }
        text(html + QStringLiteral("</table>"));
    }

    void nextPage() {
        footer();
        m_writer.setPageOrientation(m_landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
        m_bodyW = (m_landscape ? kPageH : kPageW) - 2 * kMargin;
        m_bodyH = (m_landscape ? kPageW : kPageH) - 2 * kMargin;
        m_writer.newPage();
        ++m_page;
        m_y = 0;
        m_painter.setFont(reportFont(7.5));
        m_painter.setPen(QColor(0x55, 0x55, 0x55));
        m_painter.drawText(QRectF(0, -kMargin / 2 - 6, m_bodyW, 12), Qt::AlignLeft | Qt::AlignVCenter, m_report.title);
    }

    void footer() {
        if (m_page == 1) return;
        m_painter.setFont(reportFont(7.5));
        m_painter.setPen(QColor(0x55, 0x55, 0x55));
        m_painter.drawText(QRectF(0, m_bodyH + kMargin / 2 - 6, m_bodyW, 12), Qt::AlignRight | Qt::AlignVCenter,
                           QObject::tr("Page %1 of %2").arg(m_page).arg(m_total));
    }

    // Pass 2 knows the page count; pass 1 (total 0) only lays out.
    bool painting() const { return m_total > 0; }

    QPdfWriter& m_writer;
    const ReportContent& m_report;
    const std::map<QString, int>& m_pageOf;
    int m_total;
    QCPPainter m_painter;
    int m_page = 1;
    double m_y = 0;
    bool m_landscape = false;  // the page being written
    double m_bodyW = kPageW - 2 * kMargin, m_bodyH = kPageH - 2 * kMargin;
    std::map<QString, int> m_found;
    QString m_heading;      // headings waiting for the block they head
    QStringList m_anchors;  // placed with the next block
};

void setUpWriter(QPdfWriter& writer, const QString& title) {
    writer.setResolution(static_cast<int>(kDpi));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setCreator(QStringLiteral("TrialScope " TRIALSCOPE_VERSION));
    writer.setTitle(title);
}

}  // namespace

PdfReport writeReportPdf(const ReportContent& report, const QString& path) {
    const QString name = QFileInfo(path).fileName();
    // Pass 1: where everything falls.
    QBuffer scratch;
    scratch.open(QIODevice::WriteOnly);
    std::map<QString, int> pageOf;
    int total = 0;
    {
        QPdfWriter writer(&scratch);
        setUpWriter(writer, report.title);
        Pages pages(writer, report, pageOf, 0);
        total = pages.write();
        pageOf = pages.found();
    }
    // Pass 2: the file, with the contents' pages and the page count.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return {0, QObject::tr("%1: cannot write the report").arg(name)};
    int written = 0;
    {
        QPdfWriter writer(&file);
        setUpWriter(writer, report.title);
        written = Pages(writer, report, pageOf, total).write();
    }
    if (written == 0 || !file.commit()) return {0, QObject::tr("%1: cannot write the report").arg(name)};
    return {written, {}};
}

}  // namespace ts
