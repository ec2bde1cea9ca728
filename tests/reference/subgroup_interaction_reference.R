# Reference values for tests/core/analysis/test_subgroup_interaction.cpp: the treatment-by-subgroup
# interaction of a subgroup forest plot, as the likelihood-ratio test between Cox models with and
# without the arm x subgroup terms (ties = "efron", R's default).
# Run from the repository root:
#   Rscript tests/reference/subgroup_interaction_reference.R > tests/reference/subgroup_interaction_reference.txt
library(survival)
shared <- Sys.getenv("TRIALSCOPE_SHARED_DIR", "../shared")
interaction <- function(label, adsl, adtte, endpoint, arm, sub, armLevels) {
  d <- merge(subset(adtte, PARAMCD == endpoint)[, c("USUBJID", "AVAL", "CNSR")], adsl[, c("USUBJID", arm, sub)],
             by = "USUBJID")
  d <- d[!is.na(d[[sub]]) & d[[sub]] != "", ]
  d$arm <- factor(d[[arm]], levels = armLevels)
  d$sub <- factor(d[[sub]])
  reduced <- coxph(Surv(AVAL, 1 - CNSR) ~ arm + sub, data = d)
  full <- coxph(Surv(AVAL, 1 - CNSR) ~ arm * sub, data = d)
  a <- anova(reduced, full)
  cat(label, "|", nrow(d), "|", format(a$Chisq[2], digits = 15), "|", a$Df[2], "|",
      format(a[["Pr(>|Chi|)"]][2], digits = 15), "\n")
}
pilot_adsl <- read.csv(file.path(shared, "data/cdiscpilot01/adsl.csv"))
pilot_adtte <- read.csv(file.path(shared, "data/cdiscpilot01/adtte.csv"))
interaction("pilot_os_trt01a_sex", pilot_adsl, pilot_adtte, "OS", "TRT01A", "SEX",
            c("Placebo", "Xanomeline Low Dose", "Xanomeline High Dose"))
interaction("pilot_os_trt01a_agegr1", pilot_adsl, pilot_adtte, "OS", "TRT01A", "AGEGR1",
            c("Placebo", "Xanomeline Low Dose", "Xanomeline High Dose"))
shi_adsl <- read.csv("sample_trials/shi2021/adsl.csv")
shi_adtte <- read.csv("sample_trials/shi2021/adtte.csv")
interaction("shi_os_trt01a_sex", shi_adsl, shi_adtte, "OS", "TRT01A", "SEX", c("UC-MSC", "Control"))
