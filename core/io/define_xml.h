#pragma once
// readDefineXml: the variable labels of a CDISC Define-XML file (define.xml beside a study's data).
//
// Input: a Define-XML 2.0 or 2.1 document (1.0 too: its labels are attributes). Each dataset is an
// ItemGroupDef (attribute Name, "ADSL") listing its variables by ItemRef ItemOID; each variable is
// an ItemDef (OID, Name) whose label is its Description's TranslatedText: the English one (xml:lang
// "en" or no language) where there are several, else the first; in 1.0 the ItemDef's Label
// attribute. Value-level ItemDefs (referenced from ValueListDef, not from a dataset) are not
// variables and are left out.
// Output: (dataset, variable) -> label, names upper case, labels through labelText (label_text.h);
// a variable without a readable label is left out.
// Errors: InputError("define.xml", line, ...) for XML that is not well formed (QXmlStreamReader's
// message, the line it stopped at) or a document without any ItemGroupDef. Entities are not
// expanded beyond the XML built-ins, so a hostile DTD cannot blow the reader up.
#include <filesystem>
#include <string>
#include <string_view>

#include "core/model/study.h"

namespace ts {

VariableLabels readDefineXml(const std::filesystem::path& file);
// The same from the document's bytes; `file` names it in errors.
VariableLabels parseDefineXml(std::string_view bytes, const std::string& file);

}  // namespace ts
