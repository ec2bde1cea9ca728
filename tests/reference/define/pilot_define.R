# Writes tests/data/cdiscpilot01_define.xml: a Define-XML 2.1 document describing the CDISC pilot's
# four ADaM datasets (ADSL, ADTTE, ADLB, ADAE) with each variable's label as the delivered XPT files
# give it (read with haven). TrialScope's tests import the pilot's CSV files (which carry no labels)
# beside it and expect exactly the labels of the XPT import. Each ItemDef also has a def:Origin
# with a Description of its own, as real define.xml files do, which is not the variable's label.
# Run from the repository root: Rscript tests/reference/define/pilot_define.R PILOT_DIR
library(haven)
args <- commandArgs(trailingOnly = TRUE)
pilot <- if (length(args) > 0) args[1] else "../shared/data/cdiscpilot01"
esc <- function(x) {
  x <- gsub("&", "&amp;", x, fixed = TRUE)
  x <- gsub("<", "&lt;", x, fixed = TRUE)
  x <- gsub(">", "&gt;", x, fixed = TRUE)
  gsub("\"", "&quot;", x, fixed = TRUE)
}
text <- function(x) paste0("<Description><TranslatedText xml:lang=\"en\">", esc(x), "</TranslatedText></Description>")
groups <- character(0)
items <- character(0)
for (ds in c("adsl", "adtte", "adlb", "adae")) {
  d <- read_xpt(file.path(pilot, paste0(ds, ".xpt")), n_max = 1)
  name <- toupper(ds)
  refs <- character(0)
  for (k in seq_along(d)) {
    v <- names(d)[k]
    oid <- paste0("IT.", name, ".", v)
    refs <- c(refs, sprintf("      <ItemRef ItemOID=\"%s\" OrderNumber=\"%d\" Mandatory=\"No\"/>", oid, k))
    label <- attr(d[[v]], "label")
    type <- if (is.numeric(d[[v]])) "float" else "text"
    items <- c(items, sprintf("    <ItemDef OID=\"%s\" Name=\"%s\" DataType=\"%s\" SASFieldName=\"%s\">", oid, v, type, v),
               if (!is.null(label)) paste0("      ", text(label)),
               paste0("      <def:Origin Type=\"Predecessor\">", text(paste0("Derived for ", name, ".", v)), "</def:Origin>"),
               "    </ItemDef>")
  }
  groups <- c(groups,
              sprintf("    <ItemGroupDef OID=\"IG.%s\" Name=\"%s\" SASDatasetName=\"%s\" Repeating=\"Yes\" Purpose=\"Analysis\" def:Structure=\"see the pilot\">", name, name, name),
              paste0("      ", text(paste(name, "of the CDISC pilot"))),
              refs, "    </ItemGroupDef>")
}
out <- c("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
         "<!-- Written by tests/reference/define/pilot_define.R from the pilot's XPT labels (pharmaverseadam, Apache-2.0). -->",
         "<ODM xmlns=\"http://www.cdisc.org/ns/odm/v1.3\" xmlns:def=\"http://www.cdisc.org/ns/def/v2.1\" ODMVersion=\"1.3.2\" FileType=\"Snapshot\" FileOID=\"DEF.CDISCPILOT01\">",
         "  <Study OID=\"CDISCPILOT01\">",
         "    <GlobalVariables><StudyName>CDISCPILOT01</StudyName><StudyDescription>CDISC pilot</StudyDescription><ProtocolName>CDISCPILOT01</ProtocolName></GlobalVariables>",
         "  <MetaDataVersion OID=\"MDV.CDISCPILOT01\" Name=\"CDISC pilot ADaM\" def:DefineVersion=\"2.1.0\">",
         groups, items, "  </MetaDataVersion>", "  </Study>", "</ODM>")
writeLines(out, "tests/data/cdiscpilot01_define.xml")
cat("datasets:", length(grep("<ItemGroupDef", out)), " variables:", length(grep("<ItemDef", out)),
    " labelled:", length(grep("^      <Description>", out)), "\n")
