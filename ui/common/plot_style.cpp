#include "ui/common/plot_style.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <qcustomplot.h>

#include "core/analysis/grouping.h"
#include "ui/common/contrast.h"
#include "ui/common/indicator_style.h"

namespace ts {

namespace {

constexpr const char* kFontScale = "trialscopeFigureFontScale";  // QObject property of a plot

QFont makeFont(int pointSize, bool bold = false) {
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSize(pointSize);
    f.setBold(bold);
    return f;
}

PlotStyle makeStyle(PlotStyle::Theme theme) {
    PlotStyle s;
    s.theme = theme;
    s.font = makeFont(9);
    s.labelFont = makeFont(10);
    s.titleFont = makeFont(11, true);
    s.smallFont = makeFont(8);
    if (theme == PlotStyle::Theme::Light) {
        s.background = QColor(0xff, 0xff, 0xff);
        s.foreground = QColor(0x20, 0x20, 0x20);
        s.muted = QColor(0x60, 0x60, 0x60);
        s.grid = QColor(0xe4, 0xe4, 0xe4);
        s.panel = QColor(0xff, 0xff, 0xff, 0xe6);
        s.panelBorder = QColor(0xb0, 0xb0, 0xb0);
        s.cursor = QColor(0x50, 0x50, 0x50);
        s.link = QColor(0x00, 0x5a, 0xa0);
        s.warning = QColor(0x9a, 0x4a, 0x00);
    } else {
        s.background = QColor(0x1e, 0x1f, 0x22);
        s.foreground = QColor(0xe6, 0xe6, 0xe6);
        s.muted = QColor(0xa8, 0xa8, 0xa8);
        s.grid = QColor(0x3a, 0x3b, 0x40);
        s.panel = QColor(0x2a, 0x2b, 0x30, 0xe6);
        s.panelBorder = QColor(0x60, 0x62, 0x68);
        s.cursor = QColor(0xc8, 0xc8, 0xc8);
        s.link = QColor(0x6c, 0xb8, 0xf0);
        s.warning = QColor(0xf0, 0xa8, 0x30);
        s.ciAlpha = 64;  // bands need more opacity to show on a dark background
    }
    return s;
}

PlotStyle g_light = makeStyle(PlotStyle::Theme::Light);
PlotStyle g_dark = makeStyle(PlotStyle::Theme::Dark);
const PlotStyle* g_current = &g_light;

QPalette darkPalette() {
    const PlotStyle& s = g_dark;
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2c, 0x30));
    p.setColor(QPalette::WindowText, s.foreground);
    p.setColor(QPalette::Base, s.background);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x27, 0x2b));
    p.setColor(QPalette::Text, s.foreground);
    p.setColor(QPalette::Button, QColor(0x35, 0x36, 0x3b));
    p.setColor(QPalette::ButtonText, s.foreground);
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x36, 0x3b));
    p.setColor(QPalette::ToolTipText, s.foreground);
    p.setColor(QPalette::Highlight, QColor(0x00, 0x72, 0xb2));  // Okabe–Ito blue
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, s.muted);
    p.setColor(QPalette::Disabled, QPalette::Text, s.muted);
    p.setColor(QPalette::Disabled, QPalette::WindowText, s.muted);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, s.muted);
    return p;
}

}  // namespace

const PlotStyle& PlotStyle::current() { return *g_current; }
const PlotStyle& PlotStyle::light() { return g_light; }
const PlotStyle& PlotStyle::dark() { return g_dark; }

void PlotStyle::setTheme(Theme theme) {
    g_current = theme == Theme::Light ? &g_light : &g_dark;
    if (!qobject_cast<QApplication*>(QCoreApplication::instance())) return;
    // Before the palette: setStyle resets the application palette to the style's own.
    if (!qobject_cast<IndicatorStyle*>(QApplication::style())) QApplication::setStyle(new IndicatorStyle);
    QPalette p = theme == Theme::Light ? QApplication::style()->standardPalette() : darkPalette();
    p.setColor(QPalette::Link, g_current->link);
    p.setColor(QPalette::LinkVisited, g_current->link);
    QApplication::setPalette(p);
}

QColor PlotStyle::armColour(int index, const std::string& colour) const {
    QColor c(QString::fromStdString(colour.empty() ? okabeIto(index) : colour));
    if (!c.isValid()) c = QColor(QString::fromStdString(okabeIto(index)));
    // Okabe–Ito black has no contrast on the dark background: use a light grey instead.
    if (theme == Theme::Dark && c.lightnessF() < 0.25) c = QColor(0xd0, 0xd0, 0xd0);
    // Okabe–Ito orange, sky blue and yellow fall below 3:1 on white (2.2, 2.3 and 1.2): darkened.
    return readableOn(c, background, kLineContrast);
}

QColor PlotStyle::armTextColour(int index, const std::string& colour) const {
    return readableOn(armColour(index, colour), background, kTextContrast);
}

QColor PlotStyle::ciFill(const QColor& arm) const {
    QColor c = arm;
    c.setAlpha(ciAlpha);
    return c;
}

void PlotStyle::applyAxisRect(QCPAxisRect* rect) const {
    rect->setBackground(Qt::NoBrush);
    for (QCPAxis* axis : rect->axes()) {
        const QPen pen(foreground, axisWidth);
        axis->setBasePen(pen);
        axis->setTickPen(pen);
        axis->setSubTickPen(pen);
        axis->setTickLabelColor(foreground);
        axis->setLabelColor(foreground);
        axis->setTickLabelFont(font);
        axis->setLabelFont(labelFont);
        axis->grid()->setPen(QPen(grid, 1, Qt::SolidLine));
        axis->grid()->setSubGridVisible(false);
        axis->grid()->setZeroLinePen(Qt::NoPen);
    }
}

void PlotStyle::applyLegend(QCPLegend* legend) const {
    legend->setFont(font);
    legend->setTextColor(foreground);
    legend->setBrush(QBrush(panel));
    legend->setBorderPen(QPen(panelBorder));
    legend->setIconSize(22, 10);
}

void PlotStyle::apply(QCustomPlot* plot) const {
    plot->setBackground(QBrush(background));
    for (QCPAxisRect* rect : plot->axisRects()) applyAxisRect(rect);
    applyLegend(plot->legend);
}

double figureFontScale(const QCustomPlot* plot) {
    const QVariant scale = plot->property(kFontScale);
    return scale.isValid() ? scale.toDouble() : 1.0;
}

void setFigureFontScale(QCustomPlot* plot, double scale) { plot->setProperty(kFontScale, scale); }

void clearFigureFontScale(QCustomPlot* plot) { plot->setProperty(kFontScale, QVariant()); }

bool figureExporting(const QCustomPlot* plot) { return plot->property(kFontScale).isValid(); }

}  // namespace ts
