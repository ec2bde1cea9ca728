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
    const QString name = QFileInfo(path).fileName();
    const bool compare = record.view == "compare";
    const ViewSpec* view = findView(record.view);
    if ((!view && !compare) || record.studies.empty() || (view && record.studies.size() != 1))
        return refuse(parent, QObject::tr("%1 is a figure of a view this version does not have (%2); redraw it with "
                                          "trialscope-cli export --from.")
                                  .arg(name, QString::fromStdString(record.view)));
    const std::vector<StudySummary> listed = library.studies();
    QStringList changed, unknown;
    FigureTarget target{view, {}, record.arguments};
    for (const FigureStudy& made : record.studies) {
        const QString id = QString::fromStdString(made.id);
        const auto it =
            std::find_if(listed.begin(), listed.end(), [&](const StudySummary& s) { return s.info.id == made.id; });
        if (it == listed.end())
            return refuse(
                parent,
                QObject::tr("%1: the figure's study %2 is not in this library; import it first.").arg(name, id));
        const DataState state = dataState(made.dataSha256, it->info.dataSha256);
        if (state == DataState::Unknown) unknown << id;
        else if (state == DataState::Changed) changed << id;
        target.studies.push_back(made.id);
    }
    QStringList notes;
    if (!changed.isEmpty())
        notes << QObject::tr("%1: data changed since this figure was made (re-imported from other files).")
                     .arg(changed.join(QStringLiteral(", ")));
    if (!unknown.isEmpty())
        notes << QObject::tr(
                     "%1: whether the data changed since this figure was made cannot be told (no data "
                     "fingerprint).")
                     .arg(unknown.join(QStringLiteral(", ")));
    if (!notes.isEmpty() &&
        QMessageBox::question(parent, QObject::tr("Open figure"),
                              notes.join(QLatin1Char('\n')) + QObject::tr("\nShow it on the data in the library?")) !=
            QMessageBox::Yes)
        return std::nullopt;
    return target;
}
}  // namespace ts
