#include "ui/shell/figure_opener.h"

#include <algorithm>

#include <QFile>
#include <QFileInfo>
#include <QMessageBox>

#include "core/io/figure_embed.h"
#include "core/io/figure_record.h"
#include "core/io/input_error.h"
#include "ui/library/library_store.h"

namespace ts {

namespace {

std::optional<FigureTarget> refuse(QWidget* parent, const QString& message) {
    QMessageBox::warning(parent, QObject::tr("Open figure"), message);
    return std::nullopt;
}

}  // namespace

bool isFigureFile(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("png") || suffix == QLatin1String("pdf") || suffix == QLatin1String("svg");
}

std::optional<FigureTarget> figureTarget(QWidget* parent, const QString& path, LibraryStore& library) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return refuse(parent, QObject::tr("%1: cannot read the file.").arg(path));
    const std::optional<std::string> json = embeddedRecord(file.readAll());
    if (!json)
        return refuse(parent, QObject::tr("%1 carries no TrialScope record: it was not exported by TrialScope.")
                                  .arg(QFileInfo(path).fileName()));
    FigureRecord record;
    try {
        record = FigureRecord::fromJson(*json, path.toStdString());
    } catch (const InputError& e) {
        return refuse(parent, QString::fromUtf8(e.what()));
    }
    const ViewSpec* view = findView(record.view);
    if (!view || record.studies.size() != 1)
        return refuse(parent, QObject::tr("%1 is a comparison of studies (or a view this version does not have); "
                                          "redraw it with trialscope-cli export --from.")
                                  .arg(QFileInfo(path).fileName()));
    const FigureStudy& made = record.studies.front();
    const std::vector<StudySummary> studies = library.studies();
    const auto it =
        std::find_if(studies.begin(), studies.end(), [&](const StudySummary& s) { return s.info.id == made.id; });
    if (it == studies.end())
        return refuse(parent, QObject::tr("%1: the figure's study %2 is not in this library; import it first.")
                                  .arg(QFileInfo(path).fileName(), QString::fromStdString(made.id)));
    if (made.dataSha256.empty() || made.dataSha256 != it->info.dataSha256) {
        const QString id = QString::fromStdString(made.id);
        const QString question =
            made.dataSha256.empty() || it->info.dataSha256.empty()
                ? QObject::tr(
                      "%1: whether its data changed since this figure was made cannot be told (no data "
                      "fingerprint). Show the view on the data in the library?")
                      .arg(id)
                : QObject::tr(
                      "%1: data changed since this figure was made (re-imported from other files). Show "
                      "the view on the data in the library?")
                      .arg(id);
        if (QMessageBox::question(parent, QObject::tr("Open figure"), question) != QMessageBox::Yes)
            return std::nullopt;
    }
    return FigureTarget{view, made.id, record.arguments};
}

}  // namespace ts
