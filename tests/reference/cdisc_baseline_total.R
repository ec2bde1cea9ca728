# The total column of the CDISC pilot's baseline table (safety population SAFFL = Y, all arms
# together): age mean and SD, subjects by sex and by age group, with their share of all subjects.
# Used by tests/ui/baseline/test_baseline_view.cpp.
# Run: Rscript tests/reference/cdisc_baseline_total.R /work/shared/data/cdiscpilot01 > tests/reference/cdisc_baseline_total.txt
args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args) > 0) args[1] else "/work/shared/data/cdiscpilot01"
adsl <- read.csv(file.path(dir, "adsl.csv"), stringsAsFactors = FALSE, na.strings = c("", "NA"))
s <- adsl[!is.na(adsl$SAFFL) & adsl$SAFFL == "Y", ]
cat(sprintf("N | %d\n", nrow(s)))
cat(sprintf("AGE | mean %.15g | sd %.15g\n", mean(s$AGE), sd(s$AGE)))
for (v in c("SEX", "AGEGR1")) {
  t <- table(s[[v]])
  for (level in names(t)) cat(sprintf("%s: %s | %d | %.15g\n", v, level, t[[level]], 100 * t[[level]] / nrow(s)))
}
