#include "ui/common/rtf_table.h"

#include <vector>

#include <QAbstractItemModel>
#include <QFileInfo>
#include <QSaveFile>

#include "ui/common/table_export.h"
#include "ui/common/table_widths.h"

namespace ts {

namespace {

// Page geometry in twips (1/1440 inch): Letter landscape, 1 inch margins.
constexpr int kPageWidth = 15840;
constexpr int kPageHeight = 12240;
constexpr int kMargin = 1440;
constexpr int kBody = kPageWidth - 2 * kMargin;  // 12960: the table's full width
// A cell pads 54 twips (2.7 pt) a side.
constexpr int kGap = 54;

// The table's type: Courier New, every glyph 0.6 em wide (at 9 pt 5.4 pt = 108 twips). 9 pt where
// the columns fit the page at their natural widths, else 8 pt (the smallest common in submitted
// tables), so that a wide table (an AE table of three arms and the total) wraps its names less.
struct Type {
    int halfPoints;  // RTF \\fs
    int charWidth;   // twips
};
constexpr Type kNormal{18, 108}, kSmall{16, 96};

QString header(const QAbstractItemModel& model, int column) {
    return model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
}

Type typeFor(const QAbstractItemModel& model) {
    const std::vector<int> natural = tableColumnWidths(model, 1 << 30, kNormal.charWidth, 2 * kGap);
    int sum = 0;
    for (int w : natural) sum += w;
    return sum <= kBody ? kNormal : kSmall;
}

// The right edge of each column (\\cellx), from tableColumnWidths.
std::vector<int> columnEdges(const QAbstractItemModel& model, const Type& type) {
    std::vector<int> edges;
    int edge = 0;
    for (int w : tableColumnWidths(model, kBody, type.charWidth, 2 * kGap)) edges.push_back(edge += w);
    return edges;
}

// As the model aligns the cell on screen; left where it does not say.
QByteArray alignment(const QAbstractItemModel& model, const QModelIndex& index) {
    const int flags = model.data(index, Qt::TextAlignmentRole).toInt();
    if (flags & Qt::AlignRight) return "\\qr";
    if (flags & Qt::AlignHCenter) return "\\qc";
    return "\\ql";
}

// One table row. `head`: the column header (bold, ruled above and below); `last`: the closing
// rule below it. Body rows are kept whole on one page.
QByteArray row(const std::vector<int>& edges, const std::vector<QByteArray>& cells,
               const std::vector<QByteArray>& aligns, const Type& type, bool head, bool last) {
    QByteArray out = "\\trowd\\trgaph" + QByteArray::number(kGap) + "\\trleft0";
    if (!head) out += "\\trkeep";
    for (int edge : edges) {
        if (head) out += "\\clbrdrt\\brdrs\\brdrw10\\clbrdrb\\brdrs\\brdrw10";
        else if (last) out += "\\clbrdrb\\brdrs\\brdrw10";
        out += "\\clvertalb\\cellx" + QByteArray::number(edge);
    }
    out += "\n";
    for (size_t c = 0; c < cells.size(); ++c)
        out += "\\pard\\plain\\intbl\\f0\\fs" + QByteArray::number(type.halfPoints) + aligns[c] +
               (head ? "\\b " : " ") + cells[c] + "\\cell\n";
    out += "\\row\n";
    return out;
}

}  // namespace

QByteArray RtfTable::escape(const QString& text) {
    QByteArray out;
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        if (u == '\\' || u == '{' || u == '}') {
            out += '\\';
            out += static_cast<char>(u);
        } else if (u == '\n') {
            out += "\\line ";
        } else if (u == '\t') {
            out += "\\tab ";
        } else if (u >= 0x20 && u < 0x80) {
            out += static_cast<char>(u);
        } else if (u >= 0x80) {
            out += "\\u" + QByteArray::number(static_cast<int16_t>(u)) + '?';
        }
    }
    return out;
}

QByteArray RtfTable::render(const QAbstractItemModel& model, const QStringList& titles, const QStringList& footnotes) {
    QByteArray out =
        "{\\rtf1\\ansi\\ansicpg1252\\uc1\\deff0\n"
        "{\\fonttbl{\\f0\\fmodern\\fcharset0 Courier New;}}\n"
        "\\paperw" +
        QByteArray::number(kPageWidth) + "\\paperh" + QByteArray::number(kPageHeight) + "\\landscape\\margl" +
        QByteArray::number(kMargin) + "\\margr" + QByteArray::number(kMargin) + "\\margt" +
        QByteArray::number(kMargin) + "\\margb" + QByteArray::number(kMargin) + "\\headery720\\footery720\n";
    // The column headers go in the page header with the title lines: every reader repeats a page
    // header on every page (LibreOffice 7.4 ignores \trhdr on import), as in pharmaRTF's tables.
    const Type type = typeFor(model);
    const std::vector<int> edges = columnEdges(model, type);
    const int columns = model.columnCount();
    std::vector<QByteArray> cells(static_cast<size_t>(columns)), aligns(static_cast<size_t>(columns));
    for (int c = 0; c < columns; ++c) {  // each header over its column as the column is aligned
        cells[static_cast<size_t>(c)] = escape(header(model, c));
        aligns[static_cast<size_t>(c)] = model.rowCount() > 0 ? alignment(model, model.index(0, c)) : "\\ql";
    }
    out += "{\\header\n";
    for (const QString& t : titles) out += "\\pard\\plain\\qc\\f0\\fs18\\b " + escape(t) + "\\par\n";
    out += "\\pard\\plain\\f0\\fs18\\par\n";
    out += row(edges, cells, aligns, type, true, false);
    out += "\\pard\\plain\\f0\\fs4\\par\n}\n";
    out += "{\\footer\n";
    for (const QString& f : footnotes) out += "\\pard\\plain\\ql\\f0\\fs16 " + escape(f) + "\\par\n";
    out +=
        "\\pard\\plain\\qr\\f0\\fs16 Page {\\field{\\*\\fldinst PAGE}{\\fldrslt 1}} of "
        "{\\field{\\*\\fldinst NUMPAGES}{\\fldrslt 1}}\\par\n}\n";
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < columns; ++c) {
            const QModelIndex index = model.index(r, c);
            cells[static_cast<size_t>(c)] = escape(TableExport::printedCell(model, r, c));
            aligns[static_cast<size_t>(c)] = alignment(model, index);
        }
        out += row(edges, cells, aligns, type, false, r == model.rowCount() - 1);
    }
    out += "\\pard\\plain\\f0\\fs18\\par\n}\n";
    return out;
}

QString RtfTable::save(const QAbstractItemModel& model, const QStringList& titles, const QStringList& footnotes,
                       const QString& path) {
    QSaveFile file(path);
    const QByteArray bytes = render(model, titles, footnotes);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return QObject::tr("%1: cannot write the table (%2)").arg(QFileInfo(path).fileName(), file.errorString());
    return {};
}

}  // namespace ts
