# Reference values for the survival service layer on survival::aml (two arms) with a made-up
# third arm, used by tests/core/analysis/test_survival_analysis.cpp.
# Run: Rscript tests/reference/aml_analysis_reference.R > tests/reference/aml_analysis_reference.txt
suppressMessages(library(survival))
options(digits = 15)
d <- aml
d$x <- factor(as.character(d$x), levels = c("Maintained", "Nonmaintained"))
fit <- survfit(Surv(time, status) ~ x, data = d)
tab <- summary(fit)$table
for (g in rownames(tab))
  cat("median", g, tab[g, "median"], tab[g, "0.95LCL"], tab[g, "0.95UCL"], "\n")
s <- summary(fit, times = c(10, 20, 40), extend = TRUE)
for (i in seq_along(s$time))
  cat("at", as.character(s$strata[i]), s$time[i], s$surv[i], s$lower[i], s$upper[i], s$n.risk[i], "\n")
sd <- survdiff(Surv(time, status) ~ x, data = d)
cat("logrank", sd$chisq, pchisq(sd$chisq, 1, lower.tail = FALSE), "\n")
cx <- coxph(Surv(time, status) ~ x, data = d)                     # ties = "efron"
cat("cox efron", summary(cx)$conf.int[1, c(1, 3, 4)], summary(cx)$coefficients[1, 5], "\n")
cx <- coxph(Surv(time, status) ~ x, data = d, ties = "breslow")
cat("cox breslow", summary(cx)$conf.int[1, c(1, 3, 4)], summary(cx)$coefficients[1, 5], "\n")
# Reference = Nonmaintained
d$x2 <- relevel(d$x, "Nonmaintained")
cx <- coxph(Surv(time, status) ~ x2, data = d)
cat("cox ref-nonmaintained", summary(cx)$conf.int[1, c(1, 3, 4)], "\n")
# log-log CI at 90%
fit2 <- survfit(Surv(time, status) ~ x, data = d, conf.type = "log-log", conf.int = 0.9)
s2 <- summary(fit2, times = 20)
for (i in seq_along(s2$time)) cat("loglog90", as.character(s2$strata[i]), s2$surv[i], s2$lower[i], s2$upper[i], "\n")
# Landmark at 20: before = censored at 20; after = subjects with time > 20
cb <- coxph(Surv(pmin(time, 20), status * (time <= 20)) ~ x, data = d)
ca <- coxph(Surv(time, status) ~ x, data = d, subset = time > 20)
cat("landmark before", exp(coef(cb)), "after", exp(coef(ca)), "\n")
