#include "core/io/data_digest.h"

#include <vector>

#include <QFile>

#include "core/io/input_error.h"
#include "core/io/sha256.h"

namespace ts {

namespace fs = std::filesystem;

namespace {

// False when cancelled part-way.
bool addFile(Sha256& hash, const fs::path& root, const fs::path& file, const std::atomic<bool>* cancel) {
    QFile in(QString::fromStdString(file.string()));
    if (!in.open(QIODevice::ReadOnly)) throw InputError(file.filename().string(), 0, "cannot read the file");
    const std::string name =
        (fs::is_directory(root) ? file.lexically_relative(root) : file.filename()).generic_string();
    const std::string size = std::to_string(in.size());
    hash.add(name.c_str(), name.size() + 1);  // with its NUL
    hash.add(size.c_str(), size.size() + 1);
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (qint64 n; (n = in.read(chunk.data(), chunk.size())) > 0;) {
        if (cancel && cancel->load()) return false;
        hash.add(chunk.constData(), static_cast<std::size_t>(n));
    }
    if (in.error() != QFileDevice::NoError) throw InputError(file.filename().string(), 0, "cannot read the file");
    return true;
}

}  // namespace

std::string dataDigest(const ImportPlan& plan, const std::atomic<bool>* cancel) {
    Sha256 hash;
    std::vector<fs::path> files;
    std::error_code ec;
    if (const fs::path manifest = plan.root / "study.json"; fs::is_directory(plan.root, ec) && fs::exists(manifest, ec))
        files.push_back(manifest);
    for (const auto& [domain, file] : plan.datasets) files.push_back(file);
    for (const auto& [key, file] : plan.aggregates) files.push_back(file);
    if (!plan.define.empty()) files.push_back(plan.define);
    for (const fs::path& file : files)
        if (!addFile(hash, plan.root, file, cancel)) return {};
    return hash.hex();
}

}  // namespace ts
