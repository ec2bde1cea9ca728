#pragma once
// A StudySource over a study in the viewer's store (LibraryStore): the overview is read when it is
// made, survival() reads the packed columns of one question, data() loads the whole study once and
// keeps it. A study of at most kEagerSubjects subjects is loaded whole when the source is made (all
// its views can draw at once, as they always did); a larger one only when a view asks.
#include <cstddef>
#include <memory>
#include <mutex>
#include <string>

#include "ui/common/study_source.h"

namespace ts {

class LibraryStore;

inline constexpr std::size_t kEagerSubjects = 100000;

// nullptr when the study is not (or no longer) in the store. Blocks: call from a worker.
std::shared_ptr<const StudySource> storeSource(std::shared_ptr<LibraryStore> store, const std::string& id);

}  // namespace ts
