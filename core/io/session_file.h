#pragma once
// Session: the viewer's working state in a small JSON file (File > Save session, `.trialscope`),
// opened again months later or offered back after a crash (docs/reproducible-figures.md):
//   {"trialscope_session": 1,
//    "trialscope_version": "0.9.0",
//    "library": "/home/me/trialscope/store.db",
//    "study": {"id": "SHI2021", "data_sha256": "<64 hex digits>"},
//    "tab": "km",
//    "views": {"km": ["--endpoint", "OS", "--conf-type", "log"], "labs": ["--param", "ALT"], ...},
//    "compare": {"tab": "forest", "arguments": ["--study", "SHI2021,LI2023", "--layout", "forest", ...],
//                "studies": [{"id": "SHI2021", "data_sha256": "..."}, ...]},
//    "window": {"geometry": "<base64>", "state": "<base64>"}}
// Each view's options are its `trialscope-cli export --view NAME` option words (a page with more
// state than its figure, the Liver tab's panels, adds words of its own); the comparison's are
// `export --view compare` words with --study. "study" and "compare" are left out when none is
// open; the window's layout is Qt's saveGeometry / saveState, base64.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/io/figure_record.h"

namespace ts {

struct SessionCompare {
    std::string tab;  // survival, table, forest, labs or liver
    std::vector<std::string> arguments;
    std::vector<FigureStudy> studies;
};

struct Session {
    static constexpr int kFormat = 1;  // "trialscope_session": a reader refuses a newer one

    std::string version;  // the TrialScope that saved it
    std::string library;  // the store it was saved from (a path or a URI)
    std::optional<FigureStudy> study;
    std::string tab;  // the view name of the tab shown ("km")
    std::vector<std::pair<std::string, std::vector<std::string>>> views;
    std::optional<SessionCompare> compare;
    std::string geometry;  // base64
    std::string state;     // base64

    // Indented JSON, UTF-8.
    std::string toJson() const;
    // Throws InputError(`file`, 0, ...) naming what is wrong when `json` is not such a session.
    static Session fromJson(const std::string& json, const std::string& file);
};

}  // namespace ts
