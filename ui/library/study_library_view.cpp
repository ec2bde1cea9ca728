#include "ui/library/study_library_view.h"

#include <QEvent>
#include <QHeaderView>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "ui/common/flow_layout.h"
#include "ui/library/study_library_model.h"

namespace ts {

namespace {

QString html(const std::string& text) { return QString::fromStdString(text).toHtmlEscaped(); }

QString joined(const std::vector<std::string>& items) {
    QStringList out;
    for (const std::string& s : items) out << html(s);
    return out.join(QStringLiteral(", "));
}

}  // namespace

StudyLibraryView::StudyLibraryView(QWidget* parent) : QWidget(parent) {
    m_model = new StudyLibraryModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("studyTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(StudyLibraryModel::Title, QHeaderView::Stretch);
    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("studyDetails"));
    m_details->setOpenExternalLinks(true);

    m_open = new QPushButton(tr("Open"), this);
    auto* importFolder = new QPushButton(tr("Import folder\u2026"), this);
    auto* importFiles = new QPushButton(tr("Import files\u2026"), this);
    m_reimport = new QPushButton(tr("Re-import"), this);
    m_delete = new QPushButton(tr("Delete"), this);
    m_open->setObjectName(QStringLiteral("open"));
    m_reimport->setObjectName(QStringLiteral("reimport"));
    m_delete->setObjectName(QStringLiteral("delete"));
    auto* buttons = new FlowLayout;  // folds when the dock is narrow
    for (QPushButton* b : {m_open, importFolder, importFiles, m_reimport, m_delete}) buttons->addWidget(b);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("librarySplit"));  // its key in Settings::saveSplitters
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(split, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &StudyLibraryView::onSelection);
    connect(m_table, &QTableView::activated, this, [this] { emit openRequested(currentId()); });
    connect(m_open, &QPushButton::clicked, this, [this] { emit openRequested(currentId()); });
    connect(importFolder, &QPushButton::clicked, this, &StudyLibraryView::importFolderRequested);
    connect(importFiles, &QPushButton::clicked, this, &StudyLibraryView::importFilesRequested);
    connect(m_reimport, &QPushButton::clicked, this, [this] { emit reimportRequested(currentId()); });
    connect(m_delete, &QPushButton::clicked, this, [this] { emit deleteRequested(currentId()); });
    onSelection();
}

void StudyLibraryView::setStudies(std::vector<StudySummary> studies) {
    const QString keep = currentId();
    m_model->setStudies(std::move(studies));
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(StudyLibraryModel::Title, QHeaderView::Stretch);
    selectStudy(keep);
    onSelection();
}

QString StudyLibraryView::currentId() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const StudySummary* s = rows.isEmpty() ? nullptr : m_model->study(rows.front().row());
    return s ? QString::fromStdString(s->info.id) : QString();
}

void StudyLibraryView::selectStudy(const QString& id) {
    const int row = m_model->rowOf(id);
    if (row >= 0) m_table->selectRow(row);
}

QString StudyLibraryView::detailsHtml() const { return m_details->toHtml(); }

void StudyLibraryView::onSelection() {
    const int row = m_model->rowOf(currentId());
    const StudySummary* s = m_model->study(row);
    for (QPushButton* b : {m_open, m_reimport, m_delete}) b->setEnabled(s != nullptr);
    m_details->setHtml(
        s ? describe(*s)
          : tr("<p>Select a study, or import a study folder or ADaM files (.csv, .xpt, .sas7bdat, Dataset-JSON): "
               "use <b>Import</b>, or drop them on the window.</p>"));
}

void StudyLibraryView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    // Rich text keeps the colours it was parsed with (links take the palette's Link then).
    if (event->type() == QEvent::PaletteChange) onSelection();
}

QString StudyLibraryView::describe(const StudySummary& s) {
    const StudyInfo& i = s.info;
    const std::string_view prov = provenances().name(i.provenance);
    QString out = QStringLiteral("<h3>%1</h3>").arg(html(i.title.empty() ? i.id : i.title));
    out += QStringLiteral("<p><span style=\"background:%1;color:white;padding:2px\">&nbsp;%2&nbsp;</span> &nbsp;%3</p>")
               .arg(StudyLibraryModel::badgeColour(i.provenance).name(),
                    QString::fromUtf8(prov.data(), static_cast<qsizetype>(prov.size())), html(i.id));
    if (!i.citation.empty()) out += QStringLiteral("<p><i>%1</i></p>").arg(html(i.citation));
    QStringList rows;
    auto row = [&rows](const QString& name, const QString& value) {
        if (!value.isEmpty()) rows << QStringLiteral("<tr><td><b>%1</b>&nbsp;</td><td>%2</td></tr>").arg(name, value);
    };
    if (!i.doi.empty()) row(tr("DOI"), QStringLiteral("<a href=\"https://doi.org/%1\">%1</a>").arg(html(i.doi)));
    row(tr("Registry"), html(i.registry));
    row(tr("Design"), html(i.design));
    row(tr("Population"), html(i.population));
    QStringList arms;
    for (const Arm& a : i.arms) {
        QString text = html(a.label.empty() ? a.code : a.label);
        if (a.dose) text += QStringLiteral(" (%1 %2)").arg(*a.dose).arg(html(a.doseUnit));
        arms << text;
    }
    row(tr("Arms"), arms.join(QStringLiteral("; ")));
    row(tr("Subjects"), s.subjects > 0 ? QString::number(s.subjects) : QString());
    row(tr("Endpoints"), joined(s.endpoints));
    row(tr("Lab parameters"), joined(s.labParams));
    row(tr("AE records"), s.aeRecords > 0 ? QString::number(s.aeRecords) : QString());
    row(tr("Populations"), joined(i.populationFlags));
    row(tr("Datasets"), joined(s.provenances));
    row(tr("Imported"), html(s.importedAt));
    out += QStringLiteral("<table>") + rows.join(QString()) + QStringLiteral("</table>");
    if (!i.notes.empty()) out += QStringLiteral("<p>%1</p>").arg(html(i.notes));
    return out;
}

}  // namespace ts
