#pragma once
// Reading one whole study from the store's rows (internal to core/store): Store::loadStudy, and the
// schema v5 migration that packs the columns of studies written before it.
#include <filesystem>
#include <optional>
#include <string>

#include "core/model/study_data.h"

struct sqlite3;

namespace ts {

// Which records to read: all, or the subjects and time-to-event records only (what the column cache
// packs; their tables are unchanged since schema v4, so a migration may read them at any version).
enum class StudyParts { All, SubjectsAndTte };

// nullopt when there is no study `id`.
std::optional<StudyData> readStudy(sqlite3* db, const std::filesystem::path& file, const std::string& id,
                                   StudyParts parts = StudyParts::All);

}  // namespace ts
