# Reference values for tests/faults/test_degenerate_stats.cpp.
# Rscript tests/reference/faults_degenerate.R > tests/reference/faults_degenerate.txt
library(survival)
# one arm (B) all censored
time <- c(5, 7, 8, 4, 9, 6); status <- c(1, 1, 0, 0, 0, 0); arm <- rep(c("A", "B"), each = 3)
print(survdiff(Surv(time, status) ~ arm)$chisq, digits = 12)
print(summary(survfit(Surv(time, status) ~ arm))$table[, "median"])
# separation: every event in A precedes every time in B
time <- c(1, 2, 3, 4, 5, 6); status <- c(1, 1, 1, 0, 0, 0)
fit <- suppressWarnings(coxph(Surv(time, status) ~ arm))
print(coef(fit))
