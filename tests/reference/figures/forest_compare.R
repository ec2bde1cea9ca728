# Reference values for tests/ui/compare/test_forest.cpp: the forest plot of Shi 2021 and Li 2023 (sample
# trials, OS). Per study the Cox HR of the second arm vs the first (the study's arm order, Efron
# ties), then metafor's fixed-effect and DerSimonian-Laird pooling of the log HRs; and the subgroup
# forest of Shi 2021 by SEX. Run from this folder with R 4.2, survival 3.5 and metafor 3.8:
#   Rscript forest_compare.R > forest_compare.txt
suppressMessages({library(survival); library(metafor)})
fmt <- function(x) formatC(x, digits = 15, format = "g")
root <- "../../../sample_trials"

study <- function(folder, arms) {
  adsl <- read.csv(file.path(root, folder, "adsl.csv"))
  adtte <- read.csv(file.path(root, folder, "adtte.csv"))
  d <- merge(adtte[adtte$PARAMCD == "OS", ], adsl, by = "USUBJID")
  d$arm <- factor(d$TRT01A, levels = arms)
  d
}

hr <- function(d) {
  fit <- coxph(Surv(AVAL, CNSR == 0) ~ arm, data = d, ties = "efron")
  c(coef(fit)[[1]], sqrt(vcov(fit))[[1]])
}

pool <- function(name, yi, sei) {
  for (method in c("FE", "DL")) {
    fit <- rma(yi, sei = sei, method = method)
    cat("# R: rma(yi, sei = sei, method = \"", method, "\")\n", sep = "")
    cat(name, method, "pooled", fmt(c(fit$b)), fmt(fit$se), fmt(fit$ci.lb), fmt(fit$ci.ub), "\n")
    cat(name, method, "heterogeneity", fmt(fit$QE), fmt(fit$I2), fmt(fit$tau2), "\n")
    cat(name, method, "weights", fmt(weights(fit)), "\n")
  }
}

shi <- study("shi2021", c("UC-MSC", "Control"))
li <- study("li2023", c("SCT", "Non-SCT"))
cat("# R: coxph(Surv(AVAL, CNSR == 0) ~ arm, ties = \"efron\") on OS; coef and se\n")
a <- hr(shi); b <- hr(li)
cat("studies SHI2021", fmt(a), "\n")
cat("studies LI2023", fmt(b), "\n")
pool("studies", c(a[1], b[1]), c(a[2], b[2]))

cat("# Shi 2021 OS by SEX: coxph within each level\n")
f <- hr(shi[shi$SEX == "F", ]); m <- hr(shi[shi$SEX == "M", ])
cat("sex F", fmt(f), "\n")
cat("sex M", fmt(m), "\n")
pool("sex", c(f[1], m[1]), c(f[2], m[2]))
