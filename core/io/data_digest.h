#pragma once
// The fingerprint of a study's imported data: one SHA-256 (FIPS 180-4, sha256.h) over
// every file an import reads, so a figure can say which data made it and a later redraw can tell
// when the study was re-imported from other files (export --from, docs/reproducible-figures.md).
//
// Input: an ImportPlan (study.json when the folder has one, then the ADaM datasets in domain order,
// then the aggregates in key order, then define.xml where present). For each file the digest takes its name relative to the plan's
// root (a single-file import: the file name), a NUL, its size in bytes as decimal digits, a NUL and
// its bytes, so renaming a dataset or moving bytes between files changes the digest.
// Output: 64 lower-case hex digits. The same files give the same digest on any machine and store.
// Throws InputError naming a file that cannot be read; stops early, returning "", once *cancel is
// set. importPath runs it on a thread of its own beside the reading (with Qt's SHA-256, 0.9 s of CPU
// for a 118 MB ADLB, a fifth of that import; see sha256.h for today's speed).
#include <atomic>
#include <string>

#include "core/io/import_plan.h"

namespace ts {

std::string dataDigest(const ImportPlan& plan, const std::atomic<bool>* cancel = nullptr);

}  // namespace ts
