# Writes the CDISC pilot's four ADaM datasets in the other formats TrialScope reads, with R's own
# writers (haven for SAS7BDAT, jsonlite for CDISC Dataset-JSON v1.1), from the delivered XPT files:
#   Rscript pilot_formats.R PILOT_DIR OUT_DIR
# OUT_DIR/sas7bdat/ad*.sas7bdat and OUT_DIR/json/{adsl,adtte}.json and {adlb,adae}.ndjson. ADLB keeps
# the liver tests (ALT, AST, BILI, ALKPH) to keep the fixture small. Packed by the caller into
# tests/data/cdiscpilot01_formats.tar.xz; tests/core/io/test_dataset_formats.cpp reads it (CI needs
# no R). R 4.2.2, haven 2.5.1, jsonlite 1.8.4 here.
suppressMessages({library(haven); library(jsonlite)})
args <- commandArgs(trailingOnly = TRUE)
pilot <- args[1]; out <- args[2]
dir.create(file.path(out, "sas7bdat"), recursive = TRUE, showWarnings = FALSE)
dir.create(file.path(out, "json"), recursive = TRUE, showWarnings = FALSE)

data_type <- function(x) {
  if (inherits(x, "Date")) "date" else if (inherits(x, "POSIXct")) "datetime"
  else if (is.numeric(x)) "double" else "string"
}

# One Dataset-JSON v1.1 metadata object (without rows) for data frame d named `name`.
metadata <- function(d, name) {
  columns <- lapply(names(d), function(v) {
    label <- attr(d[[v]], "label")
    list(itemOID = paste0("IT.", toupper(name), ".", v), name = v,
         label = if (is.null(label)) v else label, dataType = data_type(d[[v]]))
  })
  list(datasetJSONCreationDateTime = "2026-12-04T12:00:00", datasetJSONVersion = "1.1.0",
       originator = "TrialScope tests (R jsonlite)", studyOID = "CDISCPILOT01",
       itemGroupOID = paste0("IG.", toupper(name)), isReferenceData = FALSE,
       records = nrow(d), name = toupper(name), label = toupper(name), columns = columns)
}

# Rows as lists of JSON values: dates as ISO text, NA as null, numbers to 15 significant digits.
row_values <- function(d) {
  cols <- lapply(d, function(x) {
    if (inherits(x, "Date")) ifelse(is.na(x), NA, format(x, "%Y-%m-%d"))
    else if (inherits(x, "POSIXct")) ifelse(is.na(x), NA, format(x, "%Y-%m-%dT%H:%M:%S", tz = "UTC"))
    else if (is.character(x)) ifelse(x == "", NA, x)
    else as.numeric(x)
  })
  lapply(seq_len(nrow(d)), function(i) lapply(cols, function(x) x[[i]]))
}

json_value <- function(x) toJSON(x, auto_unbox = TRUE, null = "null", na = "null", digits = I(15))

for (name in c("adsl", "adtte", "adlb", "adae")) {
  d <- read_xpt(file.path(pilot, paste0(name, ".xpt")))
  if (name == "adlb") d <- d[d$PARAMCD %in% c("ALT", "AST", "BILI", "ALKPH"), ]
  suppressWarnings(write_sas(d, file.path(out, "sas7bdat", paste0(name, ".sas7bdat"))))
  meta <- metadata(d, name)
  rows <- lapply(row_values(d), function(r) unname(r))
  if (name %in% c("adsl", "adtte")) {
    doc <- c(meta, list(rows = rows))
    writeLines(json_value(doc), file.path(out, "json", paste0(name, ".json")), useBytes = TRUE)
  } else {
    lines <- c(json_value(meta), vapply(rows, function(r) json_value(r), ""))
    writeLines(lines, file.path(out, "json", paste0(name, ".ndjson")), useBytes = TRUE)
  }
  cat(name, nrow(d), "records,", ncol(d), "variables\n")
}
