#pragma once
// Reading one whole study from the store's rows (internal to core/store): Store::loadStudy, and the
// schema v5 migration that packs the columns of studies written before it.
#include <filesystem>
#include <optional>
#include <string>

#include "core/model/study_data.h"

struct sqlite3;

namespace ts {

// nullopt when there is no study `id`.
std::optional<StudyData> readStudy(sqlite3* db, const std::filesystem::path& file, const std::string& id);

}  // namespace ts
