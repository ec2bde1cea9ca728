# Writes the fuzz seed corpora (tests/fuzz/corpus/<target>/) from tiny slices of the CDISC pilot
# ADaM data (the first 6 subjects, at most 12 rows per domain) and the sample trials, keeping the
# committed corpora well under 1 MB. Run from the repository root:
#   Rscript tests/fuzz/make_seeds.R
suppressPackageStartupMessages(library(haven))
pilot <- "../shared/data/cdiscpilot01"
out <- "tests/fuzz/corpus"
for (t in c("csv", "xpt", "manifest", "aggregates", "adam")) dir.create(file.path(out, t), recursive = TRUE, showWarnings = FALSE)

slurp <- function(f) readChar(f, file.size(f), useBytes = TRUE)
seed <- function(target, name, text) writeBin(charToRaw(text), file.path(out, target, name))
csvText <- function(d) paste(capture.output(write.csv(d, stdout(), row.names = FALSE, na = "")), collapse = "\n")

adsl <- read.csv(file.path(pilot, "adsl.csv"), colClasses = "character")
ids <- head(adsl$USUBJID, 6)
slices <- list(adsl = adsl[adsl$USUBJID %in% ids, ])
for (d in c("adtte", "adlb", "adae")) {
  x <- read.csv(file.path(pilot, paste0(d, ".csv")), colClasses = "character")
  slices[[d]] <- head(x[x$USUBJID %in% ids, ], 12)
}
# csv: each slice as it is, plus the reader's edge cases (quotes, CRLF, BOM, blank lines, NA).
for (d in names(slices)) seed("csv", paste0(d, ".csv"), paste0(csvText(slices[[d]]), "\n"))
seed("csv", "quoting.csv", "\xEF\xBB\xBFA,b,\"C\"\r\n1,\"x,\"\"y\"\"\nz\",NA\r\n\r\n.,,\"\"\r\n")
# adam: the domain byte, the ADSL slice, the separator and the domain slice.
seed("adam", "adsl", paste0("0", csvText(slices$adsl), "\n"))
for (k in 1:3) {
  d <- c("adtte", "adlb", "adae")[k]
  seed("adam", d, paste0(k, csvText(slices$adsl), "\n====\n", csvText(slices[[d]]), "\n"))
}
file.copy(Sys.glob("tests/core/io/data/*.xpt"), file.path(out, "xpt"), overwrite = TRUE)  # reader fixtures
# xpt: the ADSL and ADTTE slices (a few variables) as SAS transport v5 and v8.
for (d in c("adsl", "adtte")) {
  x <- read_xpt(file.path(pilot, paste0(d, ".xpt")))
  x <- head(x[x$USUBJID %in% ids, 1:min(12, ncol(x))], 6)
  for (v in c(5, 8)) write_xpt(x, file.path(out, "xpt", paste0(d, "_v", v, ".xpt")), version = v, name = toupper(d))
}
# manifest and aggregates: the sample trials' files; the aggregates byte picks the kind.
for (s in list.dirs("sample_trials", recursive = FALSE)) {
  seed("manifest", paste0(basename(s), ".json"), slurp(file.path(s, "study.json")))
  kinds <- c("lab_summary", "ae_counts", "survival_points", "baseline")
  for (k in seq_along(kinds)) {
    f <- file.path(s, "aggregates", paste0(kinds[k], ".csv"))
    if (file.exists(f)) seed("aggregates", paste0(basename(s), "_", kinds[k]), paste0(k - 1, slurp(f)))
  }
}
# sas7bdat and json: the ADSL and ADTTE slices as SAS7BDAT (haven) and as Dataset-JSON v1.1 (byte 0
# "0" = .json, "1" = .ndjson), written by tests/reference/formats/pilot_formats.R's rules.
dir.create(file.path(out, "sas7bdat"), showWarnings = FALSE)
dir.create(file.path(out, "json"), showWarnings = FALSE)
for (d in c("adsl", "adtte")) {
  x <- read_xpt(file.path(pilot, paste0(d, ".xpt")))
  x <- head(x[x$USUBJID %in% ids, ], 12)
  suppressWarnings(write_sas(x, file.path(out, "sas7bdat", paste0(d, ".sas7bdat"))))
  cols <- lapply(names(x), function(v) list(itemOID = paste0("IT.", v), name = v, label = v,
    dataType = if (inherits(x[[v]], "Date")) "date" else if (is.numeric(x[[v]])) "double" else "string"))
  meta <- list(datasetJSONCreationDateTime = "2026-12-04T12:00:00", datasetJSONVersion = "1.1.0",
               itemGroupOID = paste0("IG.", toupper(d)), records = nrow(x), name = toupper(d),
               label = toupper(d), columns = cols)
  rows <- lapply(seq_len(nrow(x)), function(i) unname(lapply(x, function(col) {
    v <- col[[i]]
    if (inherits(col, "Date")) { if (is.na(v)) NA else format(v, "%Y-%m-%d") }
    else if (is.character(v) && v == "") NA else as.vector(v)
  })))
  j <- function(v) jsonlite::toJSON(v, auto_unbox = TRUE, na = "null", null = "null", digits = I(15))
  seed("json", paste0(d, ".json"), paste0("0", j(c(meta, list(rows = rows)))))
  seed("json", paste0(d, ".ndjson"), paste0("1", paste(c(j(meta), vapply(rows, j, "")), collapse = "\n"), "\n"))
}
