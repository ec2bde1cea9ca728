# Reference values for the CDISC pilot lab and AE tables, used by tests/cli/test_cli_cdisc.cpp.
# Run: Rscript tests/reference/cdisc_labs_ae_reference.R /work/shared/data/cdiscpilot01 > tests/reference/cdisc_labs_ae_reference.txt
args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args) > 0) args[1] else "/work/shared/data/cdiscpilot01"
options(digits = 15)
adsl <- read.csv(file.path(dir, "adsl.csv"), stringsAsFactors = FALSE)
adlb <- read.csv(file.path(dir, "adlb.csv"), stringsAsFactors = FALSE)
adae <- read.csv(file.path(dir, "adae.csv"), stringsAsFactors = FALSE)

# labs --param ALT (TRT01A from ADSL): Week 2 mean, sd; Welch / ANOVA p across the three arms.
# Post-baseline analysis records only: ANL01FL == "Y" and no DTYPE (docs/study-folder.md).
alt <- merge(adlb[adlb$PARAMCD == "ALT" & adlb$AVISIT == "Week 2" & adlb$ANL01FL == "Y" & adlb$DTYPE == "",
                  c("USUBJID", "AVAL", "CHG")],
             adsl[, c("USUBJID", "TRT01A")], by = "USUBJID")
for (g in sort(unique(alt$TRT01A))) {
  x <- alt$AVAL[alt$TRT01A == g]
  cat("alt_week2", g, length(x), mean(x), sd(x), "\n")
}
cat("alt_week2_anova_p", anova(lm(AVAL ~ factor(TRT01A), data = alt))[1, 5], "\n")
cat("alt_week2_chg_median", tapply(alt$CHG, alt$TRT01A, median), "\n")

# ae --population SAFFL: treatment-emergent events, n = SAFFL subjects per TRT01A
saf <- adsl[adsl$SAFFL == "Y", c("USUBJID", "TRT01A")]
n <- table(saf$TRT01A)
cat("saffl_n", n, "\n")
te <- merge(adae[adae$TRTEMFL == "Y", c("USUBJID", "AEDECOD", "AEBODSYS")], saf, by = "USUBJID")
cat("any_te_subjects", tapply(te$USUBJID, te$TRT01A, function(u) length(unique(u))), "\n")
cat("any_te_events", table(te$TRT01A), "\n")
sb <- te[te$AEDECOD == "SINUS BRADYCARDIA", ]
with_sb <- tapply(sb$USUBJID, factor(sb$TRT01A, levels = names(n)), function(u) length(unique(u)))
cat("sinus_bradycardia_subjects", with_sb, "\n")
cat("sinus_bradycardia_chisq_p",
    suppressWarnings(chisq.test(rbind(with_sb, as.vector(n) - with_sb)))$p.value, "\n")
