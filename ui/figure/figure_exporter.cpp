#include "ui/figure/figure_exporter.h"

#include <algorithm>
#include <memory>
#include <tuple>

#include <QBuffer>
#include <QClipboard>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMimeData>
#include <QPageSize>
#include <QPdfWriter>
#include <QPicture>
#include <QSaveFile>
#include <QSvgGenerator>
#include <qcustomplot.h>

#include "core/io/figure_embed.h"
#include "trialscope/version.h"
#include "ui/common/figure_room.h"
#include "ui/figure/figure_parts.h"
#include "ui/figure/figure_restore.h"
#include "ui/figure/figure_styler.h"
#include "ui/figure/table_figure.h"

namespace ts {

namespace {

constexpr double kSmallestPt = FigureOptions::kSmallestPt;

// Whether a pane, as just laid out `height` pixels high, shows all its text and gives its plot room:
// the layout's minimum height (titles, legends, footnotes, fixed-height tables) fits, and its
// tallest plot takes at least a quarter of the pane. A table figure (table_figure.h) has no plot:
// its table is as high as its rows (a two-row table took the quarter rule for want of room, and
// every table figure was drawn at 6 pt).
bool hasRoom(const QCustomPlot* pane, int height) {
    if (pane->plotLayout()->minimumOuterSizeHint().height() > height) return false;
    int tallest = 0;
    bool plots = false;
    for (const QCPAxisRect* rect : pane->axisRects()) {
        if (TableFigure::measure(rect)) continue;
        plots = true;
        tallest = std::max(tallest, rect->rect().height());
    }
    return !plots || tallest >= height / 4;
}

QString suffixOf(const QString& path) { return QFileInfo(path).suffix().toLower(); }

QString failure(const QString& path, const QString& what) { return QStringLiteral("%1: %2").arg(path, what); }

QFont scaledFont(QFont font, double factor) {
    font.setPointSizeF(font.pointSizeF() * factor);
    return font;
}

// Height a word-wrapped text block takes at `width` in the painter's current font.
double blockHeight(QPainter& painter, double width, const QString& text) {
    if (text.isEmpty()) return 0;
    const QRectF r = painter.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap | Qt::AlignLeft, text);
    return r.height();
}

// Both vector formats: a painter that keeps text and curves as vector elements.
void beginVector(QCPPainter& painter) {
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
}

}  // namespace

FigureExporter::FigureExporter(std::vector<QCustomPlot*> panes, const PlotStyle& base)
    : m_panes(std::move(panes)),
      m_base(base) {}

bool FigureExporter::supportedSuffix(const QString& path) {
    const QString s = suffixOf(path);
    return s == QLatin1String("png") || s == QLatin1String("pdf") || s == QLatin1String("svg");
}

QString FigureExporter::save(const QString& path, const FigureOptions& o, FigureFit* fit) const {
    const QString s = suffixOf(path);
    if (s == QLatin1String("png")) return savePng(path, o, fit);
    if (s == QLatin1String("pdf")) return savePdf(path, o, fit);
    if (s == QLatin1String("svg")) return saveSvg(path, o, fit);
    return failure(path, QStringLiteral("unknown figure format (expected .png, .pdf or .svg)"));
}

FigureFit FigureExporter::paint(QCPPainter& painter, const FigureOptions& o, bool draw) const {
    const QSize canvas = o.logicalSize();
    const double factor = o.fontSize / m_base.font.pointSizeF();
    const double pad = 4;  // 1/24 in around the title and caption
    const double width = canvas.width() - 2 * pad;

    const PlotStyle& paper = PlotStyle::light();  // FigureStyler puts the panes in paper colours too
    painter.setPen(paper.foreground);
    painter.setFont(scaledFont(m_base.titleFont, factor));
    const double titleH = o.title.isEmpty() ? 0 : blockHeight(painter, width, o.title) + 2 * pad;
    if (titleH > 0)
        painter.drawText(QRectF(pad, pad, width, titleH - 2 * pad), Qt::TextWordWrap | Qt::AlignHCenter, o.title);
    painter.setFont(scaledFont(m_base.smallFont, factor));
    const double captionH = o.caption.isEmpty() ? 0 : blockHeight(painter, width, o.caption) + 2 * pad;
    if (captionH > 0) {
        painter.setPen(paper.muted);
        painter.drawText(QRectF(pad, canvas.height() - captionH + pad, width, captionH - 2 * pad),
                         Qt::TextWordWrap | Qt::AlignLeft, o.caption);
    }

    if (m_panes.empty()) return {o.fontSize, {}, true};
    const int n = static_cast<int>(m_panes.size());
    const int top = static_cast<int>(titleH);
    const QSize pane(canvas.width(), canvas.height() - top - static_cast<int>(captionH));  // all panes
    // A pane narrower than a single column (85 mm) gets proportionally smaller text, down to 6 pt
    // (the smallest print size journals accept), so that two panes at 85 or 120 mm keep their tick
    // labels and risk-table numbers apart. Every pane gets the same size: they stay aligned.
    FigureOptions paneOptions = o;
    const double paneMm = o.widthMm / n;
    if (paneMm < 85) paneOptions.fontSize = std::max(std::min(o.fontSize, 6.0), o.fontSize * paneMm / 85);
    // Text too large for the canvas is made smaller (Li 2023's survival figure at 12 pt in a single
    // column drew its curves in a strip). A figure still without room at 6 pt leaves out, one after
    // the other, a legend another part keys and its footnotes' notes (figure_room.h), each time
    // with its text again as large as it may be; the notes go to its record and caption.
    const double asked = paneOptions.fontSize;
    FigureRestore leftOut;  // put back after this drawing
    bool roomy = fitText(paneOptions, pane);
    if (!roomy && leaveOutKeyedLegends(leftOut)) {
        paneOptions.fontSize = asked;
        roomy = fitText(paneOptions, pane);
    }
    QStringList notesLeftOut;
    if (!roomy) notesLeftOut = leaveOutNotes(leftOut);
    if (!notesLeftOut.isEmpty()) {
        paneOptions.fontSize = asked;
        roomy = fitText(paneOptions, pane);
    }
    // The last layout pass was at this size: the panes draw what it decided.
    for (int i = 0; i < n && draw; ++i) {
        QCustomPlot* p = m_panes[static_cast<size_t>(i)];
        const int left = canvas.width() * i / n;
        const int paneW = canvas.width() * (i + 1) / n - left;
        const FigureStyler styler(p, paneOptions, m_base, QSize(paneW, pane.height()));
        painter.save();
        painter.translate(left, top);
        p->toPainter(&painter, paneW, pane.height());
        painter.restore();
    }
    // toPainter laid the panes out for the page; lay them out for the screen again (after the notes
    // are shown again, as this function returns).
    for (QCustomPlot* p : m_panes) p->replot(QCustomPlot::rpQueuedReplot);
    return {paneOptions.fontSize, notesLeftOut, roomy};
}

// Every pane is laid out at its size in the figure (drawn into a scratch picture): panes side by
// side share what their layout decides (the stride of the time columns), and the text size is
// lowered 0.5 pt at a time, down to 6 pt, every pane alike, until each pane has room. The last
// pass is at the size chosen.
bool FigureExporter::fitText(FigureOptions& paneOptions, QSize pane) const {
    const int n = static_cast<int>(m_panes.size());
    for (;;) {
        QPicture probe;
        QCPPainter layoutPass(&probe);
        bool roomy = true;
        for (int i = 0; i < n; ++i) {
            QCustomPlot* p = m_panes[static_cast<size_t>(i)];
            const int paneW = pane.width() * (i + 1) / n - pane.width() * i / n;
            const FigureStyler styler(p, paneOptions, m_base, QSize(paneW, pane.height()));
            p->toPainter(&layoutPass, paneW, pane.height());
            roomy = roomy && hasRoom(p, pane.height()) && styler.tablesReadable();
        }
        layoutPass.end();
        if (roomy || paneOptions.fontSize <= kSmallestPt) return roomy;
        paneOptions.fontSize = std::max(kSmallestPt, paneOptions.fontSize - 0.5);
    }
}

bool FigureExporter::leaveOutKeyedLegends(FigureRestore& restore) const {
    bool any = false;
    for (QCustomPlot* p : m_panes) {
        QCPLayoutGrid* grid = p->plotLayout();
        for (QCPLegend* legend : figureParts(p).legends) {
            if (!keyedElsewhere(legend)) continue;
            int row = -1, column = -1;
            for (int r = 0; r < grid->rowCount(); ++r)
                for (int c = 0; c < grid->columnCount(); ++c)
                    if (grid->element(r, c) == legend) std::tie(row, column) = std::pair(r, c);
            if (row < 0) continue;  // not in a row of its own (an inset)
            // Out of the layout (its row takes no height) and not drawn.
            grid->take(legend);
            legend->setVisible(false);
            restore.onRestore([grid, legend, row, column] {
                grid->addElement(row, column, legend);
                legend->setVisible(true);
            });
            any = true;
        }
    }
    return any;
}

QStringList FigureExporter::leaveOutNotes(FigureRestore& restore) const {
    QStringList notes;
    for (QCustomPlot* p : m_panes)
        for (QCPTextElement* text : figureParts(p).texts)
            if (const QStringList left = footnoteNotes(text); !left.isEmpty()) {
                notes += left;
                showFootnoteNotes(text, false);
                restore.onRestore([text] { showFootnoteNotes(text, true); });
            }
    return notes;
}

FigureFit FigureExporter::fit(const FigureOptions& o) const {
    QPicture picture;  // the title's and caption's heights are measured with a painter
    QCPPainter painter(&picture);
    return paint(painter, o, false);
}

std::string FigureExporter::recordJson(const FigureFit& fit) const {
    if (!m_record) return {};
    FigureRecord record = *m_record;
    for (const QString& note : fit.notesNotDrawn) record.notesNotDrawn.push_back(note.toStdString());
    return record.toJson();
}

QImage FigureExporter::toImage(const FigureOptions& o, FigureFit* fit) const {
    const QSize canvas = o.logicalSize();
    QImage image(o.pixelSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(o.transparent ? Qt::transparent : Qt::white);
    {
        // The image keeps Qt's default 96 dpi while painting, so point sizes resolve on the logical
        // canvas; the painter's scale then maps the canvas onto the requested pixel count.
        QCPPainter painter(&image);
        painter.setMode(QCPPainter::pmNonCosmetic);
        painter.setMode(QCPPainter::pmNoCaching);  // full-quality line joins and text, as on paper
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.scale(static_cast<double>(image.width()) / canvas.width(),
                      static_cast<double>(image.height()) / canvas.height());
        const FigureFit drawn = paint(painter, o);
        if (fit) *fit = drawn;
    }
    const int dotsPerMeter = qRound(o.dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

// Every file is written beside its destination and renamed over it when complete (QSaveFile): a
// full disk, an error or a kill mid-way leaves the previous file, or none, never half a figure.
QString FigureExporter::savePng(const QString& path, const FigureOptions& o, FigureFit* fit) const {
    if (QString p = o.problem(QStringLiteral("png")); !p.isEmpty()) return failure(path, p);
    QBuffer png;
    png.open(QIODevice::WriteOnly);
    FigureFit drawn;
    if (!toImage(o, &drawn).save(&png, "PNG")) return failure(path, QStringLiteral("cannot write the PNG file"));
    if (fit) *fit = drawn;
    const std::string record = recordJson(drawn);
    const QByteArray data = record.empty() ? png.data() : withPngRecord(png.data(), record);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return failure(path, QStringLiteral("cannot write the PNG file"));
    return {};
}

QString FigureExporter::savePdf(const QString& path, const FigureOptions& o, FigureFit* fit) const {
    if (QString p = o.problem(); !p.isEmpty()) return failure(path, p);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return failure(path, QStringLiteral("cannot write the PDF file"));
    {
        QPdfWriter writer(&file);
        writer.setResolution(static_cast<int>(FigureOptions::kLogicalDpi));
        writer.setPageSize(
            QPageSize(QSizeF(o.widthMm, o.heightMm), QPageSize::Millimeter, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setCreator(QStringLiteral("TrialScope"));
        writer.setTitle(o.title);
        // The record goes in before the page is drawn: the fit is worked out first.
        const FigureFit fitted = this->fit(o);
        if (fit) *fit = fitted;
        if (const std::string record = recordJson(fitted); !record.empty())
            writer.setDocumentXmpMetadata(xmpPacket(o.title, QStringLiteral("TrialScope " TRIALSCOPE_VERSION), record));
        QCPPainter painter;
        if (!painter.begin(&writer)) return failure(path, QStringLiteral("cannot write the PDF file"));
        beginVector(painter);
        const QSize canvas = o.logicalSize();
        painter.scale(static_cast<double>(writer.width()) / canvas.width(),
                      static_cast<double>(writer.height()) / canvas.height());
        paint(painter, o);
    }
    if (file.size() == 0 || !file.commit()) return failure(path, QStringLiteral("cannot write the PDF file"));
    return {};
}

void FigureExporter::paintInto(QCPPainter& painter, const QRectF& target, const FigureOptions& o) const {
    painter.save();
    beginVector(painter);
    const QSize canvas = o.logicalSize();
    painter.translate(target.topLeft());
    painter.scale(target.width() / canvas.width(), target.height() / canvas.height());
    paint(painter, o);
    painter.restore();
}

QByteArray FigureExporter::toSvg(const FigureOptions& o, FigureFit* fit) const {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QSize canvas = o.logicalSize();
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(canvas);
    svg.setViewBox(QRect(QPoint(0, 0), canvas));
    svg.setResolution(static_cast<int>(FigureOptions::kLogicalDpi));
    svg.setTitle(o.title);
    svg.setDescription(o.caption);
    {
        QCPPainter painter;
        if (!painter.begin(&svg)) return {};
        beginVector(painter);
        const FigureFit drawn = paint(painter, o);
        if (fit) *fit = drawn;
    }
    return buffer.data();
}

QString FigureExporter::saveSvg(const QString& path, const FigureOptions& o, FigureFit* fit) const {
    if (QString p = o.problem(); !p.isEmpty()) return failure(path, p);
    FigureFit drawn;
    const QByteArray svg = toSvg(o, &drawn);
    if (fit) *fit = drawn;
    const std::string record = recordJson(drawn);
    const QByteArray data = record.empty() ? svg : withSvgRecord(svg, record);
    QSaveFile file(path);
    if (data.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return failure(path, QStringLiteral("cannot write the SVG file"));
    return {};
}

void FigureExporter::copyToClipboard(const FigureOptions& o) const {
    auto mime = std::make_unique<QMimeData>();
    mime->setImageData(toImage(o));
    mime->setData(QStringLiteral("image/svg+xml"), toSvg(o));
    QGuiApplication::clipboard()->setMimeData(mime.release());
}

}  // namespace ts
