#pragma once
// TablePage: the frame shared by the table tabs (adverse events, baseline): a tool bar with the
// analysis population, the page's own controls, Copy (Ctrl+C) and Export CSV…; the table; a
// message line saying why no table is shown (the analysis failed, e.g. a publication gives no
// counts at the asked split); the provenance banner. A page runs its analysis in recompute() and
// ends it with showReport() or showFailure(); reportShown() fires when a report is on screen.
#include <memory>
#include <string>

#include <QStringList>

#include "core/analysis/data_source.h"
#include "ui/common/view_page.h"

class QComboBox;
class QLabel;
class QTableView;

namespace ts {

class PopulationBox;
class FlowLayout;
class ProvenanceBanner;

class TablePage : public ViewPage {
    Q_OBJECT
public:
    void setStudy(std::shared_ptr<const StudyData> study) override;
    // Writes the shown table as CSV; returns "" or a one-line error.
    QString exportCsv(const QString& path) const;
    QTableView* table() const { return m_table; }
    // Why no table is shown; "" while a report is on screen.
    QString message() const;
    QString dataStatement() const override;
    TableText tableText() const override;

signals:
    void reportShown();

protected:
    // `preferred`: population flags to select first; `fileTag`: the suggested CSV file is
    // <study>_<fileTag>.csv.
    TablePage(QWidget* parent, const QStringList& preferred, QString fileTag);
    // Adds one of the page's controls to the tool bar (which folds in a narrow window), before Copy and Export.
    void addControl(QWidget* control);
    // Whether `study` holds subject-level records and a published table for this page. When it holds
    // both, a "Data" box offers both, the published table first (the paper's complete table beside
    // partial or illustrative records).
    virtual bool hasSubjectData(const StudyData& study) const = 0;
    virtual bool hasPublishedData(const StudyData& study) const = 0;
    // The data the user chose: Published or Subjects when the study has both, else Auto.
    DataSource source() const;
    // --population and --source of export options (a figure's record).
    void applyArguments(const Args& args) override;
    virtual void recompute() = 0;
    // Resets the banner to the study; false when there is no study (the page then clears its model).
    bool startRecompute();
    void showReport(Provenance provenance, const std::string& source);
    void showFailure(const QString& error);

    std::shared_ptr<const StudyData> m_study;
    PopulationBox* m_population;
    QTableView* m_table;

private:
    void exportDialog();

    QString m_fileTag;
    FlowLayout* m_bar;
    QLabel* m_message;
    ProvenanceBanner* m_banner;
    QComboBox* m_source;
    QWidget* m_sourcePair;  // the box and its label
};

}  // namespace ts
