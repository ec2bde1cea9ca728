#pragma once
// FigureRecord: what a figure exported by TrialScope says about itself, so that it can be traced to
// its data and redrawn months later (docs/reproducible-figures.md). One JSON object, embedded in
// every exported PNG, SVG and PDF (core/io/figure_embed.h):
//   {"trialscope_version": "0.9.0",
//    "view": "km",
//    "arguments": ["--study", "SHI2021", "--view", "km", "--endpoint", "OS", ...],
//    "studies": [{"id": "SHI2021", "data_sha256": "<64 hex digits>"}]}
// `arguments` are the `trialscope-cli export` arguments that draw the same figure (every option of
// the view and of the figure; never --db or --out); `studies` gives each drawn study's data
// fingerprint as the store held it (core/io/data_digest.h; "" for a study imported before
// fingerprints were kept). A figure too small to draw its footnote's notes (what the analysis left
// out and how it was made) carries them as "notes_not_drawn", a list of texts, for its caption;
// the key is absent when every note is drawn.
#include <string>
#include <vector>

#include <QJsonObject>
#include <QJsonValue>

#include "core/model/study.h"

namespace ts {

struct FigureStudy {
    std::string id;
    std::string dataSha256;

    QJsonObject json() const;  // {"id", "data_sha256"}
    // InputError(`file`, 0, ...) naming `what` when `value` is not such an object.
    static FigureStudy of(const QJsonValue& value, const std::string& file, const std::string& what);
};

// Whether a study's data are still those a figure or session was made from, by their fingerprints
// then and now: Unknown when either is "" (a study imported before fingerprints were kept).
enum class DataState { Same, Changed, Unknown };
DataState dataState(const std::string& then, const std::string& now);

struct FigureRecord {
    std::string version;
    std::string view;
    std::vector<std::string> arguments;
    std::vector<FigureStudy> studies;
    std::vector<std::string> notesNotDrawn;

    // The record of this program's figure of `view` drawn from `studies` with the export option words
    // `options` (without --study and --view, which it puts first).
    static FigureRecord of(const std::string& view, const std::vector<const StudyInfo*>& studies,
                           const std::vector<std::string>& options);
    // Compact JSON, UTF-8.
    std::string toJson() const;
    // Throws InputError(`file`, 0, ...) when `json` is not such a record.
    static FigureRecord fromJson(const std::string& json, const std::string& file);
};

}  // namespace ts
