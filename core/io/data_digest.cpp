#include "core/io/data_digest.h"

#include <QCryptographicHash>
#include <QFile>

#include "core/io/input_error.h"

namespace ts {

namespace fs = std::filesystem;

namespace {

void addFile(QCryptographicHash& hash, const fs::path& root, const fs::path& file) {
    QFile in(QString::fromStdString(file.string()));
    if (!in.open(QIODevice::ReadOnly)) throw InputError(file.filename().string(), 0, "cannot read the file");
    const std::string name =
        (fs::is_directory(root) ? file.lexically_relative(root) : file.filename()).generic_string();
    const std::string size = std::to_string(in.size());
    hash.addData(QByteArrayView(name.data(), static_cast<qsizetype>(name.size() + 1)));  // with its NUL
    hash.addData(QByteArrayView(size.data(), static_cast<qsizetype>(size.size() + 1)));
    if (!hash.addData(&in)) throw InputError(file.filename().string(), 0, "cannot read the file");
}

}  // namespace

std::string dataDigest(const ImportPlan& plan) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    std::error_code ec;
    if (const fs::path manifest = plan.root / "study.json"; fs::is_directory(plan.root, ec) && fs::exists(manifest, ec))
        addFile(hash, plan.root, manifest);
    for (const auto& [domain, file] : plan.datasets) addFile(hash, plan.root, file);
    for (const auto& [key, file] : plan.aggregates) addFile(hash, plan.root, file);
    return hash.result().toHex().toStdString();
}

}  // namespace ts
