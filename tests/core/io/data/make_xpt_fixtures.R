# Writes the tiny SAS XPORT fixtures of tests/core/io (run from this folder):
#   Rscript make_xpt_fixtures.R > make_xpt_fixtures.out
# R 4.2, haven (ReadStat writer). Prints what haven reads back: the expected values of the tests.
library(haven)
d <- data.frame(
  USUBJID = c("S-1", "S-2  ", "S-3"),
  AVAL = c(1.5, 63, 0.1 + 0.2),
  DT = as.Date(c("2014-01-02", "1959-12-31", "2000-02-29")),
  DTM = as.POSIXct(c("2014-07-02 23:59:59", "1960-01-01 00:00:00", "2012-08-05 12:30:00"), tz = "UTC"),
  TM = c(0, 3661, 86399),
  stringsAsFactors = FALSE)
d$AVAL[2] <- tagged_na("A")
d$TM[3] <- tagged_na("_")
d$DT2 <- d$DT
d$DTM2 <- d$DTM
d$DT3 <- d$DT
attr(d$DT, "format.sas") <- "DATE9"
attr(d$DT2, "format.sas") <- "YYMMDD10"
attr(d$DT3, "format.sas") <- "E8601DA"
attr(d$DTM, "format.sas") <- "DATETIME20"
attr(d$DTM2, "format.sas") <- "E8601DT"
attr(d$TM, "format.sas") <- "TIME8"
write_xpt(d, "types_v5.xpt", version = 5, name = "MIXED")
write_xpt(d, "types_v8.xpt", version = 8, name = "MIXED")
for (f in c("types_v5.xpt", "types_v8.xpt")) {
  x <- read_xpt(f)
  cat(f, "\n")
  print(as.data.frame(x), digits = 17)
  cat("tags AVAL:", na_tag(x$AVAL), " TM:", na_tag(x$TM), "\n")
}
# A tiny ADLB whose file name does not tell the domain (the dataset name does).
lb <- data.frame(STUDYID = "T1", USUBJID = c("T1-1", "T1-2"), PARAMCD = "ALT", PARAM = "ALT (U/L)",
                 AVAL = c(20.5, NA), AVISIT = "Baseline", AVISITN = 0, stringsAsFactors = FALSE)
write_xpt(lb, "lab_export.xpt", version = 5, name = "ADLB")
print(read_xpt("lab_export.xpt"))
# An ADTTE whose second record has a negative AVAL (error names record 2), and one with no records.
tte <- data.frame(STUDYID = "T1", USUBJID = c("T1-1", "T1-2"), PARAMCD = "OS", AVAL = c(5, -1), CNSR = c(0, 1),
                  stringsAsFactors = FALSE)
write_xpt(tte, "bad_adtte.xpt", version = 5, name = "ADTTE")
write_xpt(tte[0, ], "empty_adtte.xpt", version = 5, name = "ADTTE")
print(read_xpt("bad_adtte.xpt"))
cat("empty rows:", nrow(read_xpt("empty_adtte.xpt")), "\n")
