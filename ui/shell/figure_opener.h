#pragma once
// File > Open figure... (and a figure dropped on the window): what a figure exported by TrialScope
// asks the window to show. Reads the file's record (core/io/figure_embed.h), finds its view and its
// studies in the library and compares each study's data fingerprint with the record's; studies
// whose data changed since are shown only when the user agrees ("SHI2021: data changed since this
// figure was made"). A comparison's record opens the comparison workspace. Every refusal is one message naming the file and what is missing.
#include <optional>
#include <string>
#include <vector>

#include <QString>

#include "ui/views/view_registry.h"

class QWidget;

namespace ts {

class LibraryStore;

struct FigureTarget {
    const ViewSpec* view = nullptr;      // nullptr: a comparison of studies (View > Compare studies)
    std::vector<std::string> studies;    // one for a view of a study
    std::vector<std::string> arguments;  // the record's export arguments
};

// nullopt when the figure cannot be shown (the reason was shown to the user in `parent`) or the
// user declined a study whose data changed.
std::optional<FigureTarget> figureTarget(QWidget* parent, const QString& path, LibraryStore& library);

// True for the files File > Open figure... reads (.png, .pdf, .svg).
bool isFigureFile(const QString& path);

}  // namespace ts
