#pragma once
// RtfTable: a table view's model as an RTF document for regulatory documents, in the layout of
// the RTF tables of SAS ODS and R's r2rtf: landscape US Letter, 1 inch margins, Courier New 9 pt;
// the title lines and the column header row in the page header, the footnotes in the page footer
// with "Page N of M", so that all of them repeat on every page in every reader (Word and
// LibreOffice repeat page headers; LibreOffice ignores a table's repeated-row mark, \trhdr); every
// body row kept whole on one page (\trkeep); a rule above and below the header and below the last
// row, the columns of header and body on the same edges. Cells hold the text the screen, the CSV and the clipboard show
// (Qt::DisplayRole), aligned as the model says (Qt::TextAlignmentRole: left, else centred), but
// the first column's text only where it changes (it names a group: a system organ class, an arm);
// column widths follow their longest line, the widest cut to fit the page (their cells wrap). Text
// beyond ASCII is written as RTF \uN escapes (RTF 1.9.1, "Unicode RTF").
#include <QByteArray>
#include <QString>
#include <QStringList>

class QAbstractItemModel;

namespace ts {

class RtfTable {
public:
    static QByteArray render(const QAbstractItemModel& model, const QStringList& titles, const QStringList& footnotes);
    // Writes render() to `path`; "" on success, else a one-line error naming the file.
    static QString save(const QAbstractItemModel& model, const QStringList& titles, const QStringList& footnotes,
                        const QString& path);
    // `text` as RTF: \ { } escaped, line breaks as \line, code points beyond ASCII as \uN? (N the
    // signed 16-bit UTF-16 unit, '?' the fallback of readers without Unicode).
    static QByteArray escape(const QString& text);
};

}  // namespace ts
