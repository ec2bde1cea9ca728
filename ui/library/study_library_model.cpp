#include "ui/library/study_library_model.h"

#include <QColor>
#include <QStringList>

namespace ts {

namespace {

QString armsText(const StudyInfo& info) {
    QStringList arms;
    for (const Arm& a : info.arms) arms << QString::fromStdString(a.label.empty() ? a.code : a.label);
    return arms.join(QStringLiteral(", "));
}

QString provenanceText(Provenance p) {
    const std::string_view name = provenances().name(p);
    return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
}

}  // namespace

void StudyLibraryModel::setStudies(std::vector<StudySummary> studies) {
    beginResetModel();
    m_studies = std::move(studies);
    endResetModel();
}

const StudySummary* StudyLibraryModel::study(int row) const {
    return row >= 0 && static_cast<size_t>(row) < m_studies.size() ? &m_studies[static_cast<size_t>(row)] : nullptr;
}

int StudyLibraryModel::rowOf(const QString& id) const {
    for (size_t i = 0; i < m_studies.size(); ++i)
        if (QString::fromStdString(m_studies[i].info.id) == id) return static_cast<int>(i);
    return -1;
}

int StudyLibraryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_studies.size());
}

int StudyLibraryModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant StudyLibraryModel::data(const QModelIndex& index, int role) const {
    const StudySummary* s = study(index.row());
    if (!s) return {};
    const StudyInfo& info = s->info;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Id: return QString::fromStdString(info.id);
        case Title: return QString::fromStdString(info.title);
        case Design: return QString::fromStdString(info.design);
        case Arms: return armsText(info);
        case Subjects: return s->subjects;
        case Data: return provenanceText(info.provenance);
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Title) return QString::fromStdString(info.citation);
        if (index.column() == Data) {
            QStringList all;
            for (const std::string& p : s->provenances) all << QString::fromStdString(p);
            return tr("Datasets: %1").arg(all.join(QStringLiteral(", ")));
        }
    }
    if (index.column() == Data && role == Qt::BackgroundRole) return badgeColour(info.provenance);
    if (index.column() == Data && role == Qt::ForegroundRole) return QColor(Qt::white);
    if (index.column() == Subjects && role == Qt::TextAlignmentRole) return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant StudyLibraryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    static const char* const kNames[] = {"Study", "Title", "Design", "Arms", "Subjects", "Data"};
    return section >= 0 && section < ColumnCount ? tr(kNames[section]) : QVariant();
}

QColor StudyLibraryModel::badgeColour(Provenance provenance) {
    // Okabe–Ito hues, darkened where white text needs contrast.
    switch (provenance) {
    case Provenance::Original: return QColor(0x00, 0x7a, 0x5a);
    case Provenance::Reconstructed: return QColor(0xb3, 0x5c, 0x00);
    case Provenance::PublishedAggregate: return QColor(0x00, 0x5f, 0x99);
    case Provenance::Illustrative: return QColor(0x9c, 0x4f, 0x86);
    }
    return QColor(Qt::gray);
}

}  // namespace ts
