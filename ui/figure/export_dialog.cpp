#include "ui/figure/export_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "ui/common/export_path.h"
#include "ui/common/file_dialogs.h"
#include "ui/figure/figure_exporter.h"

namespace ts {

namespace {

QDoubleSpinBox* spin(const char* name, double lo, double hi, double step, int decimals, const QString& suffix) {
    auto* s = new QDoubleSpinBox;
    s->setObjectName(QLatin1String(name));
    s->setRange(lo, hi);
    s->setSingleStep(step);
    s->setDecimals(decimals);
    s->setSuffix(suffix);
    return s;
}

// The suffix a file-dialog name filter such as "SVG drawing (*.svg)" names: ".svg" (".png" if none).
QString filterSuffix(const QString& filter) {
    const QString suffix = filter.section(QLatin1Char('*'), 1, 1).section(QLatin1Char(')'), 0, 0);
    return suffix.isEmpty() ? QStringLiteral(".png") : suffix;
}

}  // namespace

FigureOptions& ExportDialog::lastOptions() {
    static FigureOptions last = presetOptions(FigurePreset::DoubleColumn);
    return last;
}

FigureOptions ExportDialog::optionsFor(const QString& caption) {
    FigureOptions o = lastOptions();
    o.title.clear();
    o.caption = caption;
    return o;
}

ExportDialog::ExportDialog(std::vector<QCustomPlot*> panes, const QString& caption, QWidget* parent)
    : QDialog(parent),
      m_panes(std::move(panes)) {
    setWindowTitle(tr("Export figure"));
    m_preset = new QComboBox;
    m_preset->setObjectName(QStringLiteral("preset"));
    for (const Choice<FigurePreset>& p : figurePresets().all())
        m_preset->addItem(QString::fromUtf8(p.label.data(), static_cast<qsizetype>(p.label.size())));
    m_preset->addItem(tr("Custom"));
    m_width = spin("width", 20, 1000, 1, 1, tr(" mm"));
    m_height = spin("height", 20, 1000, 1, 1, tr(" mm"));
    m_dpi = new QSpinBox;
    m_dpi->setObjectName(QStringLiteral("dpi"));
    m_dpi->setRange(FigureOptions::kMinDpi, FigureOptions::kMaxDpi);
    m_dpi->setSingleStep(50);
    m_font = spin("fontSize", 4, 48, 0.5, 1, tr(" pt"));
    m_line = spin("lineWidth", 0.25, 10, 0.25, 2, tr(" pt"));
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("title"));
    m_caption = new QLineEdit;
    m_caption->setObjectName(QStringLiteral("caption"));
    m_background = new QComboBox;
    m_background->setObjectName(QStringLiteral("background"));
    for (const Choice<bool>& b : figureBackgrounds().all())
        m_background->addItem(QString::fromUtf8(b.label.data(), static_cast<qsizetype>(b.label.size())), b.value);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("summary"));
    m_notes = new QLabel;
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->addRow(tr("Size preset"), m_preset);
    form->addRow(tr("Width"), m_width);
    form->addRow(tr("Height"), m_height);
    form->addRow(tr("Resolution (PNG)"), m_dpi);
    form->addRow(tr("Font size"), m_font);
    form->addRow(tr("Line width"), m_line);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Caption"), m_caption);
    form->addRow(tr("Background"), m_background);
    form->addRow(QString(), m_summary);
    form->addRow(QString(), m_notes);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton* save = buttons->addButton(tr("Save as..."), QDialogButtonBox::AcceptRole);
    QPushButton* copy = buttons->addButton(tr("Copy to clipboard"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("save"));
    copy->setObjectName(QStringLiteral("copy"));
    connect(save, &QPushButton::clicked, this, &ExportDialog::chooseFileAndSave);
    connect(copy, &QPushButton::clicked, this, [this] {
        copyToClipboard();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    setOptions(optionsFor(caption));
    connect(m_preset, qOverload<int>(&QComboBox::activated), this, &ExportDialog::applyPreset);
    for (QDoubleSpinBox* s : {m_width, m_height})
        connect(s, qOverload<double>(&QDoubleSpinBox::valueChanged), this, [this] {
            m_preset->setCurrentIndex(m_preset->count() - 1);  // hand-edited size: custom
            updateSummary();
        });
    connect(m_dpi, qOverload<int>(&QSpinBox::valueChanged), this, &ExportDialog::updateSummary);
    connect(m_font, qOverload<double>(&QDoubleSpinBox::valueChanged), this, &ExportDialog::updateSummary);
    updateSummary();
}

FigureOptions ExportDialog::options() const {
    FigureOptions o;
    o.widthMm = m_width->value();
    o.heightMm = m_height->value();
    o.dpi = m_dpi->value();
    o.fontSize = m_font->value();
    o.lineWidth = m_line->value();
    o.title = m_title->text();
    o.caption = m_caption->text();
    o.transparent = m_background->currentData().toBool();
    return o;
}

void ExportDialog::setOptions(const FigureOptions& o) {
    const QSignalBlocker b1(m_width), b2(m_height);
    m_width->setValue(o.widthMm);
    m_height->setValue(o.heightMm);
    m_dpi->setValue(o.dpi);
    m_font->setValue(o.fontSize);
    m_line->setValue(o.lineWidth);
    m_title->setText(o.title);
    m_caption->setText(o.caption);
    m_background->setCurrentIndex(m_background->findData(o.transparent));
    m_preset->setCurrentIndex(m_preset->count() - 1);
    for (size_t i = 0; i < figurePresets().all().size(); ++i) {
        const FigureOptions p = presetOptions(figurePresets().all()[i].value);
        if (p.widthMm == o.widthMm && p.heightMm == o.heightMm) m_preset->setCurrentIndex(static_cast<int>(i));
    }
    updateSummary();
}

void ExportDialog::applyPreset(int index) {
    if (index < 0 || index >= static_cast<int>(figurePresets().all().size())) return;
    FigureOptions o = presetOptions(figurePresets().all()[static_cast<size_t>(index)].value);
    o.title = m_title->text();
    o.caption = m_caption->text();
    o.transparent = m_background->currentData().toBool();
    setOptions(o);
}

void ExportDialog::updateSummary() {
    const QSize px = options().pixelSize();
    m_summary->setText(
        tr("PNG: %1 x %2 px; PDF and SVG keep text and curves as vectors").arg(px.width()).arg(px.height()));
    const FigureFit fit = FigureExporter(m_panes).fit(options());
    QStringList said;
    if (!fit.fits) said << tr("Too small for all its text even at %1 pt: choose a larger size.").arg(fit.fontSize);
    if (!fit.notesNotDrawn.isEmpty())
        said << tr("Too small for the footnote's notes; the file's record keeps them for the caption: %1")
                    .arg(fit.notesNotDrawn.join(QStringLiteral("; ")));
    m_notes->setVisible(!said.isEmpty());
    m_notes->setText(said.join(QLatin1Char('\n')));
    // The dialog grows or shrinks to the lines said (a wrapped label does not resize its window).
    if (isVisible()) adjustSize();
}

QString ExportDialog::saveTo(const QString& path) const {
    lastOptions() = options();
    FigureExporter exporter(m_panes);
    if (m_record) exporter.setRecord(m_record(options()));
    return exporter.save(path, options());
}

void ExportDialog::copyToClipboard() const {
    lastOptions() = options();
    FigureExporter(m_panes).copyToClipboard(options());
}

void ExportDialog::chooseFileAndSave() {
    QString filter;
    const QString path =
        saveFileName(this, tr("Export figure"), suggestedExportPath(m_nameParts, QStringLiteral("png")),
                     tr("PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg)"), &filter);
    if (path.isEmpty()) return;
    // A name typed without suffix takes the format of the chosen file type.
    const QString target = FigureExporter::supportedSuffix(path) ? path : path + filterSuffix(filter);
    if (QString error = saveTo(target); !error.isEmpty()) {
        QMessageBox::warning(this, tr("Export figure"), error);
        return;
    }
    rememberExportFolder(target);
    accept();
}

}  // namespace ts
