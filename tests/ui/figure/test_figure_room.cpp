// A figure too small for its footnote's notes (figure_room.h, figure_exporter.h): the exporter draws
// the lead alone, says which notes it left out, writes them into the file's record and shows them
// on the plot again afterwards; the export dialog lists them for the caption at that size only.
#include <catch2/catch.hpp>

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <qcustomplot.h>

#include "core/io/figure_embed.h"
#include "core/io/figure_record.h"
#include "tests/ui/view_fixture.h"
#include "ui/common/figure_room.h"
#include "ui/common/plot_style.h"
#include "ui/common/text_wrap.h"
#include "ui/figure/export_dialog.h"
#include "ui/figure/figure_exporter.h"

using namespace ts;

namespace {

// A plot with an axis rect and a footnote: "Data: original" then fourteen one-line notes.
struct NotedPlot {
    QCustomPlot plot;
    QCPTextElement* footnote = nullptr;
    QStringList notes;
    NotedPlot() {
        plot.resize(900, 600);
        footnote = new QCPTextElement(&plot, QString(), PlotStyle::current().smallFont);
        plot.plotLayout()->addElement(1, 0, footnote);
        plot.plotLayout()->setRowStretchFactor(1, 0.001);
        keepWrapped(footnote, QString(), 40, 200);
        for (int i = 1; i <= 14; ++i) notes << QStringLiteral("note %1: records left out of the analysis").arg(i);
        setFootnote(footnote, {QStringLiteral("Data: original")}, notes, QStringLiteral("\n"));
        plot.replot();
    }
};

QByteArray slurp(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace

TEST_CASE("a figure too small for its notes draws their lead and gives the notes to its record", "[ui][export]") {
    test::application();
    NotedPlot p;
    FigureExporter exporter({&p.plot});
    const FigureOptions single = presetOptions(FigurePreset::SingleColumn);  // 85 x 59 mm
    const FigureOptions large = presetOptions(FigurePreset::DoubleColumn);   // 180 x 126 mm
    CHECK(exporter.fit(single).notesNotDrawn == p.notes);
    CHECK(exporter.fit(single).fits);  // with its notes left out
    CHECK(exporter.fit(large).notesNotDrawn.isEmpty());

    QTemporaryDir dir;
    exporter.setRecord(FigureRecord{"0", "labs", {"--study", "X", "--view", "labs"}, {{"X", ""}}, {}});
    for (const char* suffix : {"svg", "png", "pdf"}) {
        INFO(suffix);
        const QString path = dir.path() + QStringLiteral("/small.") + QLatin1String(suffix);
        FigureFit fit;
        REQUIRE(exporter.save(path, single, &fit).isEmpty());
        CHECK(fit.notesNotDrawn == p.notes);
        const std::optional<std::string> json = embeddedRecord(slurp(path));
        REQUIRE(json);
        std::vector<std::string> expected;
        for (const QString& n : p.notes) expected.push_back(n.toStdString());
        CHECK(FigureRecord::fromJson(*json, "small").notesNotDrawn == expected);
    }
    const QString svg = QString::fromUtf8(slurp(dir.path() + QStringLiteral("/small.svg")));
    CHECK(svg.contains(QStringLiteral(">Data: original<")));
    CHECK_FALSE(svg.contains(QStringLiteral(">note 1:")));  // as text; the record in <metadata> has it

    // The large figure draws every note and its record has no "notes_not_drawn".
    const QString path = dir.path() + QStringLiteral("/large.svg");
    REQUIRE(exporter.save(path, large).isEmpty());
    CHECK(QString::fromUtf8(slurp(path)).contains(QStringLiteral(">note 14:")));
    const std::optional<std::string> json = embeddedRecord(slurp(path));
    REQUIRE(json);
    CHECK(json->find("notes_not_drawn") == std::string::npos);
    // The plot on screen shows its notes again.
    CHECK(p.footnote->text().contains(QStringLiteral("note 14:")));
}

TEST_CASE("the export dialog lists the notes a figure has no room for at the size chosen", "[ui][export]") {
    test::application();
    NotedPlot p;
    ExportDialog dialog({&p.plot}, QString());
    dialog.show();
    auto* preset = dialog.findChild<QComboBox*>(QStringLiteral("preset"));
    auto* notes = dialog.findChild<QLabel*>(QStringLiteral("notes"));
    REQUIRE(preset);
    REQUIRE(notes);
    const auto pick = [&](FigurePreset wanted) {
        const auto all = figurePresets().all();
        for (int i = 0; i < static_cast<int>(all.size()); ++i)
            if (all[static_cast<size_t>(i)].value == wanted) {
                preset->setCurrentIndex(i);
                emit preset->activated(i);
            }
    };
    pick(FigurePreset::SingleColumn);
    CHECK(notes->isVisible());
    CHECK(notes->text().contains(QStringLiteral("note 14: records left out of the analysis")));
    // Every line seen: the dialog grew to the label (it showed the first line of them).
    QApplication::processEvents();
    CHECK(notes->height() >= notes->heightForWidth(notes->width()));
    pick(FigurePreset::DoubleColumn);
    CHECK_FALSE(notes->isVisible());
}

TEST_CASE("a figure too small for its text even at 6 pt says so, in the export dialog too", "[ui][export]") {
    test::application();
    QCustomPlot plot;
    plot.resize(900, 600);
    QStringList lines;
    for (int i = 1; i <= 30; ++i) lines << QStringLiteral("line %1 of a heading that no small figure holds").arg(i);
    plot.plotLayout()->insertRow(0);
    plot.plotLayout()->addElement(0, 0, new QCPTextElement(&plot, lines.join(QLatin1Char('\n'))));
    plot.replot();
    FigureExporter exporter({&plot});
    const FigureFit small = exporter.fit(presetOptions(FigurePreset::SingleColumn));
    CHECK_FALSE(small.fits);
    CHECK(small.fontSize == FigureOptions::kSmallestPt);
    FigureOptions large = presetOptions(FigurePreset::DoubleColumn);
    large.widthMm = large.heightMm = 300;
    CHECK(exporter.fit(large).fits);
    CHECK(exporter.fit(large).fontSize == large.fontSize);

    ExportDialog dialog({&plot}, QString());
    dialog.setOptions(presetOptions(FigurePreset::SingleColumn));
    auto* notes = dialog.findChild<QLabel*>(QStringLiteral("notes"));
    REQUIRE(notes);
    CHECK(notes->text().startsWith(QStringLiteral("Too small for all its text even at 6 pt")));
    dialog.setOptions(large);
    CHECK(notes->text().isEmpty());
}
