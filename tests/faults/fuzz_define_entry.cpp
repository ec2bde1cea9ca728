// Fuzz entry: the bytes are a define.xml (core/io/define_xml.h). Reading never throws anything but
// an InputError naming define.xml; every label read is fit to show (valid UTF-8, one line of at most
// kMaxLabelBytes, not blank) and under a named dataset and variable, and a second read of the same
// bytes gives the same labels.
#include "core/io/define_xml.h"
#include "core/io/label_text.h"
#include "core/io/utf8_check.h"
#include "fuzz_entry.h"
#include "fuzz_error_check.h"

namespace ts::fuzz {

void defineEntry(std::string_view input) {
    VariableLabels labels;
    try {
        labels = parseDefineXml(input, "define.xml");
    } catch (const InputError& e) {
        checkError(e, {"define.xml"});
        return;
    }
    for (const auto& [key, label] : labels) {
        if (key.first.empty() || key.second.empty()) throw HarnessFailure("a label of an unnamed dataset or variable");
        if (label.empty() || label.size() > kMaxLabelBytes || !checkUtf8(label).empty() || labelText(label) != label)
            throw HarnessFailure("a label not fit to show: " + label);
    }
    if (parseDefineXml(input, "define.xml") != labels) throw HarnessFailure("two reads gave different labels");
}

}  // namespace ts::fuzz
