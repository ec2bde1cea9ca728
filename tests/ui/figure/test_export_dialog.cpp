// The export dialog driven through its widgets: preset, DPI, font, title, caption, background and
// the file type chosen in the file dialog; the file written is checked (PNG pixel size = mm / 25.4
// x dpi and transparency, PDF text through pdftotext when installed, SVG holds the title), and
// "Copy to clipboard" puts an image of the requested pixel size on the clipboard.
#include <catch2/catch.hpp>

#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <qcustomplot.h>

#include "tests/ui/figure/test_export_fixture.h"
#include "tests/ui/view_fixture.h"
#include "ui/figure/export_dialog.h"
#include "ui/views/figure_views.h"

using namespace ts;

namespace {

struct Dialog {
    QCustomPlot plot;
    ExportDialog dialog;
    Dialog() : dialog({&plot}, QStringLiteral("Data: reconstructed \u00b7 Shi M, et al. Hepatol Int 2021")) {
        plot.resize(900, 600);
        SurvivalOptions os;
        os.endpoint = "OS";
        drawSurvivalFigure(&plot, *test::sampleStudy("shi2021"), os, std::nullopt, PlotStyle::current());
        dialog.show();
    }
    template <typename T>
    T* find(const char* name) {
        T* w = dialog.findChild<T*>(QLatin1String(name));
        REQUIRE(w);
        return w;
    }
    void preset(FigurePreset p) {
        auto* box = find<QComboBox>("preset");
        const auto all = figurePresets().all();
        const int index = static_cast<int>(
            std::find_if(all.begin(), all.end(), [p](const auto& c) { return c.value == p; }) - all.begin());
        box->setCurrentIndex(index);
        emit box->activated(index);  // what a user's pick emits
    }
    // Clicks Save as..., answers the file dialog; true when the dialog accepted.
    bool save(const QString& path, const QString& filter) {
        test::answerFileDialog(path, filter);
        find<QPushButton>("save")->click();
        return dialog.result() == QDialog::Accepted;
    }
};

QString fileText(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

}  // namespace

TEST_CASE("export dialog: preset, DPI, title and background through its widgets write that file", "[ui][export]") {
    test::application();
    QTemporaryDir dir;
    const QString base = dir.path() + QStringLiteral("/figure");

    SECTION("PNG, single column at 600 dpi, transparent") {
        Dialog d;
        d.preset(FigurePreset::SingleColumn);
        CHECK(d.find<QDoubleSpinBox>("width")->value() == 85);
        CHECK(d.find<QDoubleSpinBox>("height")->value() == 59);  // round(0.7 x 85), 59.4999.. in binary
        d.find<QSpinBox>("dpi")->setValue(600);
        d.find<QComboBox>("background")->setCurrentIndex(1);
        // The caption starts as the figure's own provenance and citation.
        CHECK(d.find<QLineEdit>("caption")->text().startsWith(QStringLiteral("Data: reconstructed")));
        // 85 mm / 25.4 x 600 = 2007.9 -> 2008; 59 mm -> 1393.7 -> 1394.
        CHECK(d.find<QLabel>("summary")->text().contains(QStringLiteral("2008 x 1394")));
        REQUIRE(d.save(base + QStringLiteral(".png"), {}));
        const QImage png(base + QStringLiteral(".png"));
        CHECK(png.size() == QSize(2008, 1394));
        CHECK(std::lround(png.dotsPerMeterX() * 0.0254) == 600);
        CHECK(png.pixelColor(1, 1).alpha() == 0);
        CHECK(ExportDialog::lastOptions().dpi == 600);
    }
    SECTION("SVG chosen as file type, 16:9, with a title") {
        Dialog d;
        d.preset(FigurePreset::Slide);
        d.find<QLineEdit>("title")->setText(QStringLiteral("Overall survival after UC-MSC"));
        REQUIRE(d.save(base, QStringLiteral("SVG drawing (*.svg)")));  // no suffix typed
        const QString svg = fileText(base + QStringLiteral(".svg"));
        CHECK(svg.contains(QStringLiteral("width=\"254mm\"")));
        CHECK(svg.contains(QStringLiteral(">Overall survival after UC-MSC<")));
        CHECK(svg.contains(QStringLiteral("Shi M, et al. Hepatol Int 2021")));
    }
    SECTION("PDF, double column, title and caption as text") {
        Dialog d;
        d.preset(FigurePreset::DoubleColumn);
        d.find<QLineEdit>("title")->setText(QStringLiteral("Shi 2021 overall survival"));
        d.find<QLineEdit>("caption")->setText(QStringLiteral("Reconstructed from the published curves"));
        REQUIRE(d.save(base + QStringLiteral(".pdf"), {}));
        QFile pdf(base + QStringLiteral(".pdf"));
        REQUIRE(pdf.open(QIODevice::ReadOnly));
        CHECK(pdf.read(5) == QByteArray("%PDF-"));
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            WARN("pdftotext not installed: PDF text not checked");
        } else {
            QProcess p;
            p.start(QStringLiteral("pdftotext"), {base + QStringLiteral(".pdf"), QStringLiteral("-")});
            REQUIRE(p.waitForFinished(20000));
            const QString text = QString::fromUtf8(p.readAllStandardOutput());
            CHECK(text.contains(QStringLiteral("Shi 2021 overall survival")));
            CHECK(text.contains(QStringLiteral("Reconstructed from the published curves")));
            CHECK(text.contains(QStringLiteral("At risk")));
        }
    }
    SECTION("Copy to clipboard: an image of the chosen pixel size") {
        Dialog d;
        d.preset(FigurePreset::OneAndHalfColumn);
        d.find<QSpinBox>("dpi")->setValue(150);
        d.find<QPushButton>("copy")->click();
        CHECK(d.dialog.result() == QDialog::Accepted);
        // 120 mm / 25.4 x 150 = 708.7 -> 709; 84 mm -> 496.1 -> 496.
        const QImage image = QGuiApplication::clipboard()->image();
        CHECK(image.size() == QSize(709, 496));
        CHECK(test::darkest(image, image.rect()) < 0x50);  // the figure, not a blank page
        CHECK(QGuiApplication::clipboard()->mimeData()->hasFormat(QStringLiteral("image/svg+xml")));
    }
}
