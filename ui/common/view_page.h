#pragma once
// ViewPage: the base of every tab in the main window (survival, labs, adverse events, baseline).
// The window gives a page the open study as a StudySource (setSource); a page that needs the whole
// study gets it through setStudy once it is loaded: at once when the source has it, else in the
// background the first time the page is shown (so a large study costs only what its visible views
// read). A page that reads columns (the survival view) overrides setSource. The window asks a page
// for its figure (export) and its table (CSV / copy export). Its title is the one its view declares
// in the view registry (ui/views/view_registry.h), which makes the page.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <QFutureWatcher>
#include <QString>
#include <QWidget>

#include "core/model/study_data.h"
#include "core/options/args.h"
#include "ui/common/study_source.h"
#include "ui/common/table_export.h"

class QCustomPlot;
class QLabel;
class QAbstractItemModel;

namespace ts {

class ViewPage : public QWidget {
    Q_OBJECT
public:
    explicit ViewPage(QWidget* parent = nullptr);

    // The open study (nullptr = none).
    virtual void setSource(std::shared_ptr<const StudySource> source);
    // Shows `study` (nullptr = no study: the page clears itself).
    virtual void setStudy(std::shared_ptr<const StudyData> study) = 0;
    // Tab title, e.g. "Survival".
    QString title() const { return m_title; }
    void setTitle(const QString& title) { m_title = title; }
    // The view's `export --view` name ("km"), as the view registry made the page.
    const std::string& viewName() const { return m_viewName; }
    void setViewName(std::string name) { m_viewName = std::move(name); }
    // The `trialscope-cli export` option words that draw the figure the page shows now (without
    // --study, --view and the figure's size and fonts), for the record every exported figure
    // carries (core/io/figure_record.h); nullopt when the page shows no figure it can describe.
    virtual std::optional<std::vector<std::string>> exportArguments() const { return std::nullopt; }
    // Sets the page's controls to the export option words of a figure's record (File > Open
    // figure...) or a session once the page has its next study: the window then gives it the study.
    void restore(std::vector<std::string> words) { m_restore = std::move(words); }
    // The page's options for a saved session: the words of a restore not applied yet, else what
    // the page shows (viewArguments()); nullopt when it shows nothing it can describe.
    std::optional<std::vector<std::string>> sessionArguments() const { return m_restore ? m_restore : viewArguments(); }
    // The figure the page shows (for export); nullptr when the page has none.
    virtual QCustomPlot* plot() { return nullptr; }
    // The table the page shows (for CSV / copy export); nullptr when the page has none.
    virtual QAbstractItemModel* tableModel() { return nullptr; }
    // "Data: reconstructed": the provenance of what the page's table shows, for its exported
    // footnote; empty when the page does not say.
    virtual QString dataStatement() const { return {}; }
    // The title lines and footnotes of the page's table exported as RTF; empty titles when the
    // page does not say (File > Export table... then names the study and the page).
    virtual TableText tableText() const { return {}; }

    // Covers the page (controls included) with `message` and links to the views that do show the
    // study's data (`views`: tab titles, `details`: what each shows); an empty message uncovers it.
    void showOffer(const QString& message, const QStringList& views = {}, const QStringList& details = {});
    // The covering message; "" when the page is not covered.
    QString offerText() const;

signals:
    // A one-line status message (e.g. an analysis error) for the window's status bar.
    void status(const QString& message);
    // The user asked for one subject's profile (a click on a subject's point, line or row).
    void subjectActivated(const QString& usubjid);
    // The user followed an offer to another view (its tab title).
    void viewRequested(const QString& title);

protected:
    // Applies a pending restore(); a page that fills its choices itself (setSource) calls it after.
    void applyRestore();
    // Sets the controls from export options (and a session's words of the page's own); options the
    // page does not have are ignored.
    virtual void applyArguments(const Args& /*args*/) {}
    // The page's whole state as option words: its export options, and words of its own where it
    // shows more than its figure (the Liver tab's other panels).
    virtual std::optional<std::vector<std::string>> viewArguments() const { return exportArguments(); }
    void showEvent(QShowEvent* event) override;
    bool event(QEvent* event) override;  // keeps the offer over the whole page

private:
    void loadPending();

    QString m_title;
    std::string m_viewName;
    std::optional<std::vector<std::string>> m_restore;
    QLabel* m_offer = nullptr;                     // made on first use
    std::shared_ptr<const StudySource> m_pending;  // a source whose study is not loaded yet
    QFutureWatcher<std::shared_ptr<const StudyData>> m_loader;
};

}  // namespace ts
