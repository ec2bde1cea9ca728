// The define.xml reader (core/io/define_xml.h) and the label clean-up every reader applies
// (core/io/label_text.h): the labels of dataset variables, not of datasets, origins or value-level
// metadata; the English text of several; Define-XML 1.0's Label attribute; errors naming define.xml
// and the line.
#include <catch2/catch.hpp>

#include "core/io/define_xml.h"
#include "core/io/label_text.h"
#include "tests/core/io/io_fixture.h"

using namespace ts;
using ts::test::inputError;

namespace {

const std::string kDefine21 = R"(<?xml version="1.0" encoding="UTF-8"?>
<ODM xmlns="http://www.cdisc.org/ns/odm/v1.3" xmlns:def="http://www.cdisc.org/ns/def/v2.1">
 <Study OID="S"><MetaDataVersion OID="M" Name="M" def:DefineVersion="2.1.0">
  <ItemGroupDef OID="IG.ADSL" Name="ADSL">
   <Description><TranslatedText xml:lang="en">Subject-Level Analysis Dataset</TranslatedText></Description>
   <ItemRef ItemOID="IT.ADSL.AGE"/><ItemRef ItemOID="IT.ADSL.SEX"/><ItemRef ItemOID="IT.SAFFL"/>
   <ItemRef ItemOID="IT.ADSL.NOLABEL"/>
  </ItemGroupDef>
  <ItemGroupDef OID="IG.ADAE" Name="adae"><ItemRef ItemOID="IT.SAFFL"/></ItemGroupDef>
  <ItemDef OID="IT.ADSL.AGE" Name="AGE" DataType="integer">
   <Description><TranslatedText xml:lang="en">Age at Informed Consent &amp; Randomisation</TranslatedText></Description>
   <def:Origin Type="Predecessor"><Description><TranslatedText xml:lang="en">DM.AGE</TranslatedText></Description></def:Origin>
  </ItemDef>
  <ItemDef OID="IT.ADSL.SEX" Name="sex" DataType="text">
   <Description><TranslatedText xml:lang="fr">Sexe</TranslatedText><TranslatedText xml:lang="en-GB">Sex</TranslatedText></Description>
  </ItemDef>
  <ItemDef OID="IT.SAFFL" Name="SAFFL" DataType="text">
   <Description><TranslatedText>  Safety
       Population   Flag </TranslatedText></Description>
  </ItemDef>
  <ItemDef OID="IT.ADSL.NOLABEL" Name="NOLABEL" DataType="text">
   <def:Origin Type="Derived"><Description><TranslatedText>Not a label</TranslatedText></Description></def:Origin>
  </ItemDef>
  <ValueListDef OID="VL.ALT"><ItemRef ItemOID="IT.AVAL.ALT"/></ValueListDef>
  <ItemDef OID="IT.AVAL.ALT" Name="AVAL"><Description><TranslatedText>ALT value</TranslatedText></Description></ItemDef>
 </MetaDataVersion></Study>
</ODM>
)";

}  // namespace

TEST_CASE("define.xml: each dataset's variables by their Description", "[import][define]") {
    const VariableLabels labels = parseDefineXml(kDefine21, "define.xml");
    const VariableLabels expected{{{"ADSL", "AGE"}, "Age at Informed Consent & Randomisation"},
                                  {{"ADSL", "SEX"}, "Sex"},  // the English text, not the first
                                  {{"ADSL", "SAFFL"}, "Safety Population Flag"},
                                  {{"ADAE", "SAFFL"}, "Safety Population Flag"}};  // one ItemDef, two datasets
    CHECK(labels == expected);  // no origin text, no dataset label, no value-level AVAL
}

TEST_CASE("define.xml 1.0: labels as attributes, any declared encoding", "[import][define]") {
    const std::string latin1 =
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
        "<ODM xmlns:def=\"http://www.cdisc.org/ns/def/v1.0\"><ItemGroupDef Name=\"ADTTE\">"
        "<ItemRef ItemOID=\"A\"/></ItemGroupDef>"
        "<ItemDef OID=\"A\" Name=\"AVAL\" def:Label=\"D\xe9lai (days)\"/></ODM>";
    CHECK(parseDefineXml(latin1, "define.xml") == VariableLabels{{{"ADTTE", "AVAL"}, "D\u00e9lai (days)"}});
}

TEST_CASE("define.xml: broken XML and other documents are refused naming the file and line", "[import][define]") {
    CHECK_THAT(inputError([] {
                   parseDefineXml("<ODM>\n<ItemGroupDef Name=\"ADSL\">\n<ItemRef ItemOID=\"A\">\n</ODM>", "define.xml");
               }),
               Catch::StartsWith("define.xml:4: not well-formed XML: "));
    CHECK(inputError([] { parseDefineXml("<html><body>define</body></html>", "define.xml"); }) ==
          "define.xml:0: no ItemGroupDef: not a Define-XML document");
    CHECK_THAT(inputError([] { parseDefineXml("", "define.xml"); }), Catch::StartsWith("define.xml:"));
}

TEST_CASE("labelText: one trimmed line of valid UTF-8, cut at a character", "[import][define]") {
    CHECK(labelText("  Analysis\n   Value ") == "Analysis Value");
    CHECK(labelText("Bad\x01label").empty());
    CHECK(labelText("Bad \xff byte").empty());
    CHECK(labelText("   ").empty());
    std::string longLabel(kMaxLabelBytes - 1, 'a');
    longLabel += "\u00e9\u00e9";  // the first é straddles the limit
    CHECK(labelText(longLabel) == std::string(kMaxLabelBytes - 1, 'a'));
    // A cut right after a space leaves no trailing space (found by fuzz_define).
    const std::string spaced = std::string(kMaxLabelBytes - 1, 'b') + " cut";
    CHECK(labelText(spaced) == std::string(kMaxLabelBytes - 1, 'b'));
}
