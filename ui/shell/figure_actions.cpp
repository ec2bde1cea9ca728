#include "ui/shell/figure_actions.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <qcustomplot.h>

#include "core/io/figure_record.h"
#include "ui/common/export_path.h"
#include "ui/common/file_dialogs.h"
#include "ui/common/provenance_banner.h"
#include "ui/common/table_export.h"
#include "ui/common/view_page.h"
#include "ui/compare/compare_view.h"
#include "ui/figure/export_dialog.h"
#include "ui/figure/figure_exporter.h"
#include "ui/figure/table_figure.h"
#include "ui/library/library_store.h"
#include "ui/report/report_content.h"
#include "ui/report/report_html.h"
#include "ui/report/report_pdf.h"
#include "ui/views/view_registry.h"

namespace ts {

namespace {

// Inserts `action` before the menu's last separator (File: before Quit), else appends it.
void insertBeforeLastSeparator(QMenu* menu, QAction* action) {
    const QList<QAction*> actions = menu->actions();
    for (auto it = actions.rbegin(); it != actions.rend(); ++it)
        if ((*it)->isSeparator()) {
            menu->insertAction(*it, action);
            return;
        }
    menu->addAction(action);
}

using RecordMaker = std::function<FigureRecord(const FigureOptions&)>;

void runExport(QWidget* parent, const std::vector<QCustomPlot*>& panes, const QString& caption,
               const QStringList& nameParts, RecordMaker record = {}) {
    if (panes.empty()) {
        QMessageBox::information(parent, QObject::tr("Export figure"), QObject::tr("This page has no figure."));
        return;
    }
    ExportDialog dialog(panes, caption, parent);
    dialog.setRecord(std::move(record));
    dialog.setNameParts(nameParts);
    dialog.exec();
}

// The suggested file name's parts for the figure `page` shows of `study`: the study, the view and
// what it draws (the endpoint, parameter or subject): SHI2021_km_OS.
QStringList nameParts(const ViewPage& page, const StudyInfo& study) {
    QStringList parts{QString::fromStdString(study.id), QString::fromStdString(page.viewName())};
    if (const auto words = page.exportArguments()) {
        const Args args(*words);
        for (const char* what : {"--endpoint", "--param", "--subject"})
            if (const auto v = args.value(what)) parts << QString::fromStdString(*v);
    }
    return parts;
}

// The record of a figure of `view` drawn from `studies` with the view's option words `arguments`:
// with the figure's size and fonts as saved and each study's data fingerprint.
RecordMaker recordOf(std::string view, std::vector<StudyInfo> studies, std::vector<std::string> arguments) {
    return [view = std::move(view), studies = std::move(studies),
            arguments = std::move(arguments)](const FigureOptions& o) {
        std::vector<std::string> words = arguments;
        const std::vector<std::string> figure = o.words();
        words.insert(words.end(), figure.begin(), figure.end());
        std::vector<const StudyInfo*> drawn;
        for (const StudyInfo& s : studies) drawn.push_back(&s);
        return FigureRecord::of(view, drawn, words);
    };
}

// The record of the figure `page` shows of `study`; empty when the page cannot say.
RecordMaker pageRecord(const ViewPage& page, const StudyInfo& study) {
    std::optional<std::vector<std::string>> arguments = page.exportArguments();
    if (!arguments || page.viewName().empty()) return {};
    return recordOf(page.viewName(), {study}, std::move(*arguments));
}

// The record of the comparison `view` shows, and its file name's parts: the studies, "compare" and
// the endpoint or lab parameter (SHI2021_LI2023_compare_OS).
RecordMaker compareRecord(const CompareView& view) {
    std::vector<StudyInfo> studies;
    for (const StudyInfo* s : view.chosenStudies()) studies.push_back(*s);
    return recordOf("compare", std::move(studies), view.figureOptions().words());
}

QStringList compareNameParts(const CompareView& view) {
    QStringList parts;
    for (const StudyInfo* s : view.chosenStudies()) parts << QString::fromStdString(s->id);
    parts << QStringLiteral("compare");
    const CompareFigureOptions o = view.figureOptions();
    if (o.layout == CompareLayout::Labs) parts << QString::fromStdString(o.param);
    else if (o.survival()) parts << QString::fromStdString(o.endpoint);
    return parts;
}

}  // namespace

FigureActions::FigureActions(QWidget* window, QTabWidget* pages, StudyGetter study, std::shared_ptr<LibraryStore> store,
                             QMenu* file, QMenu* view)
    : QObject(window),
      m_window(window),
      m_pages(pages),
      m_study(std::move(study)),
      m_store(std::move(store)) {
    connect(&m_compareLoad, &QFutureWatcherBase::finished, this, [this] {
        if (m_compareLoad.future().resultCount() > 0) openCompare(m_compareLoad.result());
    });
    auto* exportAction = new QAction(tr("&Export figure\u2026"), this);
    exportAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+E")));
    connect(exportAction, &QAction::triggered, this, &FigureActions::exportFigure);
    auto* copyAction = new QAction(tr("&Copy figure"), this);
    copyAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+C")));
    connect(copyAction, &QAction::triggered, this, &FigureActions::copyFigure);
    auto* tableAction = new QAction(tr("Export &table\u2026"), this);
    tableAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+E")));
    connect(tableAction, &QAction::triggered, this, &FigureActions::exportTable);
    insertBeforeLastSeparator(file, exportAction);
    insertBeforeLastSeparator(file, copyAction);
    insertBeforeLastSeparator(file, tableAction);
    auto* reportAction = new QAction(tr("Export &report\u2026"), this);
    connect(reportAction, &QAction::triggered, this, &FigureActions::exportReport);
    insertBeforeLastSeparator(file, reportAction);
    auto* compare = new QAction(tr("&Compare studies\u2026"), this);
    compare->setShortcut(QKeySequence(QStringLiteral("Ctrl+K")));
    connect(compare, &QAction::triggered, this, [this] { compareStudies(); });
    insertBeforeLastSeparator(view, compare);
}

FigureActions::~FigureActions() = default;

QString FigureActions::tableCaption(const ViewPage& page) const {
    const auto study = m_study();
    if (!study) return {};
    const QString data = page.dataStatement();
    return figureCaption(data.isEmpty() ? ProvenanceBanner::provenanceText(study->info.provenance, {}) : data,
                         QString::fromStdString(study->info.citation));
}

std::vector<QCustomPlot*> FigureActions::currentFigure() {
    auto* page = qobject_cast<ViewPage*>(m_pages->currentWidget());
    const auto study = m_study();
    if (!page || !study) return {};
    if (QCustomPlot* plot = page->plot()) return {plot};
    QAbstractItemModel* model = page->tableModel();
    if (!model) return {};
    if (!m_tableFigure) m_tableFigure = std::make_unique<QCustomPlot>();
    m_tableFigure->resize(page->size());
    // A table the page can state as export options is drawn by export's own code from them, so the
    // file and `trialscope-cli export --from` of it are the same figure.
    const ViewSpec* spec = findView(page->viewName());
    if (const auto words = page->exportArguments(); words && spec && study->loaded()) {
        try {
            spec->drawFigure(m_tableFigure.get(), *study->data(), Args(*words), PlotStyle::current());
            return {m_tableFigure.get()};
        } catch (const std::exception&) {
            // The options no longer fit the data (a study re-imported meanwhile): the table as shown.
        }
    }
    TableFigure::render(m_tableFigure.get(), *model,
                        QStringLiteral("%1: %2").arg(QString::fromStdString(study->info.id), page->title()),
                        tableCaption(*page));
    return {m_tableFigure.get()};
}

void FigureActions::exportFigure() {
    // No caption of the study's: every view's figure states the provenance of the data it draws in
    // its own footer (a table in its footnote); a second, study-wide one contradicted it ("Data:
    // reconstructed" above "Data: illustrative" for Shi 2021's survival).
    auto* page = qobject_cast<ViewPage*>(m_pages->currentWidget());
    const auto study = m_study();
    if (!page || !study) return runExport(m_window, {}, QString(), {});
    runExport(m_window, currentFigure(), QString(), nameParts(*page, study->info), pageRecord(*page, study->info));
}

void FigureActions::exportTable() {
    auto* page = qobject_cast<ViewPage*>(m_pages->currentWidget());
    const auto study = m_study();
    QAbstractItemModel* model = page && study ? page->tableModel() : nullptr;
    if (!model || model->rowCount() == 0) {
        QMessageBox::information(m_window, tr("Export table"), tr("This page shows no table."));
        return;
    }
    TableText text = page->tableText();
    if (text.titles.isEmpty()) text = TableText::of(study->info, page->title(), QString(), page->dataStatement());
    TableExport::saveDialog(m_window, tr("Export table"), *model, text,
                            {QString::fromStdString(study->info.id), QString::fromStdString(page->viewName())});
}

void FigureActions::exportReport() {
    const auto study = m_study();
    if (!study) {
        QMessageBox::information(m_window, tr("Export report"), tr("Open a study first."));
        return;
    }
    QString filter = tr("PDF (*.pdf)");
    const QString html = tr("HTML, one self-contained file (*.html)");
    const QString id = QString::fromStdString(study->info.id);
    QString path = saveFileName(m_window, tr("Export report"),
                                suggestedExportPath({id, QStringLiteral("report")}, QStringLiteral("pdf")),
                                filter + QStringLiteral(";;") + html, &filter);
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().isEmpty()) path += filter == html ? QStringLiteral(".html") : QStringLiteral(".pdf");
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    try {
        // A large study's source holds only what its views read: the report reads it all.
        const std::shared_ptr<const StudyData> data = study->loaded() ? study->data() : m_store->load(study->info.id);
        const ReportContent report = ReportContent::of({data});
        error = QFileInfo(path).suffix().compare(QLatin1String("html"), Qt::CaseInsensitive) == 0
                    ? writeReportHtml(report, path)
                    : writeReportPdf(report, path).error;
    } catch (const std::exception& e) {
        error = QString::fromUtf8(e.what());
    }
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Export report"), error);
        return;
    }
    rememberExportFolder(path);
}

void FigureActions::copyFigure() {
    const std::vector<QCustomPlot*> panes = currentFigure();
    if (!panes.empty()) FigureExporter(panes).copyToClipboard(ExportDialog::optionsFor(QString()));
}

void FigureActions::compareStudies(std::vector<std::string> arguments) {
    // The library's studies load on Qt's thread pool (a large study takes a while); the workspace
    // opens when they are in. A second request while loading is dropped.
    if (m_compareLoad.isRunning()) return;
    m_compareArguments = std::move(arguments);
    m_compareLoad.setFuture(QtConcurrent::run([store = m_store] {
        std::vector<std::shared_ptr<const StudyData>> library;
        try {
            for (const StudySummary& s : store->studies())
                if (auto data = store->load(s.info.id)) library.push_back(std::move(data));
        } catch (const std::exception&) {
            // Exceptions must not cross QtConcurrent: the workspace offers what loaded.
        }
        return library;
    }));
}

void FigureActions::openCompare(std::vector<std::shared_ptr<const StudyData>> library) {
    auto* dialog = new QDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Compare studies"));
    // 1400 x 800 where the screen has room; never larger than the screen it opens on (a 1366 x 768
    // laptop would hide the buttons).
    const QSize room = m_window->screen() ? m_window->screen()->availableGeometry().size() * 0.95 : QSize(1400, 800);
    dialog->resize(QSize(1400, 800).boundedTo(room));
    auto* view = new CompareView(dialog);
    view->setLibrary(std::move(library));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* save = buttons->addButton(tr("Export figure\u2026"), QDialogButtonBox::ActionRole);
    QPushButton* copy = buttons->addButton(tr("Copy figure"), QDialogButtonBox::ActionRole);
    QPushButton* csv = buttons->addButton(tr("Export table\u2026"), QDialogButtonBox::ActionRole);
    csv->setToolTip(tr("The comparison table as CSV, or as RTF for a document"));
    connect(save, &QPushButton::clicked, dialog, [dialog, view] {
        runExport(dialog, view->figurePanes(), view->figureCaption(), compareNameParts(*view), compareRecord(*view));
    });
    connect(copy, &QPushButton::clicked, dialog, [view] {
        if (auto panes = view->figurePanes(); !panes.empty())
            FigureExporter(panes).copyToClipboard(ExportDialog::optionsFor(view->figureCaption()));
    });
    connect(csv, &QPushButton::clicked, dialog, [dialog, view] {
        TableText text;
        QStringList ids;
        for (const StudyInfo* s : view->chosenStudies()) ids << QString::fromStdString(s->id);
        text.titles << tr("Comparison of studies: %1").arg(ids.join(QStringLiteral(", ")));
        if (const QString sources = view->figureCaption(); !sources.isEmpty()) text.footnotes << sources;
        TableExport::saveDialog(dialog, tr("Export table"), *view->tableModel(), text, compareNameParts(*view));
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    // Enter in a field (the survival times) must not press a button and close the window: no button
    // is the default.
    for (QAbstractButton* button : buttons->buttons())
        if (auto* push = qobject_cast<QPushButton*>(button)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    dialog->show();
    m_compare = view;
    if (!m_compareArguments.empty()) {
        // Told in a box that does not wait (a session opening at start, a test).
        QString problem;
        try {
            if (!view->apply(Args(m_compareArguments)))
                problem = tr("Some of the studies compared are no longer in the library.");
        } catch (const std::exception& e) {
            problem = tr("The comparison cannot be restored: %1").arg(QString::fromUtf8(e.what()));
        }
        if (!problem.isEmpty()) {
            auto* box = new QMessageBox(QMessageBox::Warning, tr("Compare studies"), problem, QMessageBox::Ok, dialog);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        m_compareArguments.clear();
    }
    emit compareOpened(view);
}

}  // namespace ts
