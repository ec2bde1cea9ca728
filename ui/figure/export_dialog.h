#pragma once
// ExportDialog: File > Export figure... Picks a size preset (journal single / 1.5 / double column,
// 16:9 slide) or a custom width x height in mm, DPI (PNG), font size, line width, an optional
// title and caption (prefilled with the figure's citation and provenance line) and a white or
// transparent background; then saves PNG / PDF / SVG (by the file name's suffix, else the chosen
// file type) or copies the figure to the clipboard, through FigureExporter. The panes are the
// figure the window shows. Widgets carry object names (preset, width, height, dpi, fontSize,
// lineWidth, title, caption, background, summary, notes; buttons save and copy). Where the size
// chosen is too small for the footnote's notes (figure_exporter.h), `notes` says so and lists them,
// selectable, for the caption.
#include <functional>
#include <vector>

#include <QDialog>
#include <QStringList>

#include "core/io/figure_record.h"
#include "ui/figure/figure_options.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QCustomPlot;

namespace ts {

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    // `caption` prefills the caption field (e.g. the study's provenance and citation).
    ExportDialog(std::vector<QCustomPlot*> panes, const QString& caption, QWidget* parent = nullptr);

    FigureOptions options() const;
    void setOptions(const FigureOptions& options);
    // Writes the figure to `path` with the current options: "" or a one-line error.
    QString saveTo(const QString& path) const;
    // The record the saved file carries (core/io/figure_record.h), made for the options it is saved
    // with (the notes the figure leaves out at that size are added to it).
    void setRecord(std::function<FigureRecord(const FigureOptions&)> record) { m_record = std::move(record); }
    // What the suggested file name says (study, view, endpoint or parameter; ui/common/export_path.h).
    void setNameParts(const QStringList& parts) { m_nameParts = parts; }
    void copyToClipboard() const;

    // The options of the last export in this session (the next dialog starts from them).
    static FigureOptions& lastOptions();
    // The last options for another figure: its own caption, no title (Copy figure, a new dialog).
    static FigureOptions optionsFor(const QString& caption);

private:
    void applyPreset(int index);
    void updateSummary();
    void chooseFileAndSave();

    std::vector<QCustomPlot*> m_panes;
    std::function<FigureRecord(const FigureOptions&)> m_record;
    QStringList m_nameParts{QStringLiteral("figure")};
    QComboBox* m_preset;
    QDoubleSpinBox* m_width;
    QDoubleSpinBox* m_height;
    QSpinBox* m_dpi;
    QDoubleSpinBox* m_font;
    QDoubleSpinBox* m_line;
    QLineEdit* m_title;
    QLineEdit* m_caption;
    QComboBox* m_background;
    QLabel* m_summary;
    QLabel* m_notes;
};

}  // namespace ts
