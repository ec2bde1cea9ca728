#pragma once
// The ReadStat side of the SAS readers (xpt_reader.h, sas7bdat_reader.h): one parse of a file by a
// ReadStat parse function, its variables and values pushed to a RowSink as the XPT reader's header
// comment describes (upper-case names, text trimmed and checked as UTF-8, SAS dates as ISO 8601
// text, special missing values missing, numbers to 15 significant digits). Exceptions thrown by the
// sink cross ReadStat's C code as an aborted parse and are rethrown here.
#include <filesystem>
#include <readstat.h>
#include <string>

#include "core/io/row_sink.h"

namespace ts {

using ReadstatParse = readstat_error_t (*)(readstat_parser_t*, const char*, void*);

// What a file holds before its values: its dataset name (upper case) and bytes per observation.
struct ReadstatLayout {
    std::string name;
    size_t obsLength = 0;
};

// The layout from the file's header alone; empty when ReadStat cannot read it.
ReadstatLayout readstatLayout(ReadstatParse parse, const std::filesystem::path& file);

// Reads every record of `file` into `sink`. `format` names the file kind in errors ("SAS transport
// file"); `encoding` overrides the file's text encoding ("" = the file's own, else UTF-8). InputError
// for an unreadable file, no variables or no records.
void readWithReadstat(ReadstatParse parse, const std::filesystem::path& file, RowSink& sink, const std::string& format,
                      const std::string& encoding);

}  // namespace ts
