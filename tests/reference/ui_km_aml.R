# Reference values for tests/ui/survival/test_survival_view.cpp: the aml data set by maintenance arm,
# as drawn by KmPlot (steps, risk table at 0, 20, 40, ... weeks, median, log-rank, Cox HR).
# Run: Rscript tests/reference/ui_km_aml.R > tests/reference/ui_km_aml.txt
suppressMessages(library(survival))
options(digits = 15)
fit <- survfit(Surv(time, status) ~ x, data = aml)   # conf.type = "log", 0.95
s <- summary(fit, censored = TRUE)
cat("# steps: group time n.risk n.event n.censor surv lower upper\n")
for (i in seq_along(s$time))
  cat("step", sub("x=", "", as.character(s$strata[i])), s$time[i], s$n.risk[i], s$n.event[i], s$n.censor[i],
      s$surv[i], s$lower[i], s$upper[i], "\n")
cat("# at: group time n.risk cum.events cum.censored surv\n")
a <- summary(fit, times = seq(0, 180, 20), extend = TRUE)
cens <- ave(a$n.censor, a$strata, FUN = cumsum)
evs <- ave(a$n.event, a$strata, FUN = cumsum)
for (i in seq_along(a$time))
  cat("at", sub("x=", "", as.character(a$strata[i])), a$time[i], a$n.risk[i], evs[i], cens[i], a$surv[i], "\n")
tab <- summary(fit)$table
for (g in rownames(tab))
  cat("median", sub("x=", "", g), tab[g, "median"], tab[g, "0.95LCL"], tab[g, "0.95UCL"], "\n")
sd <- survdiff(Surv(time, status) ~ x, data = aml)
cat("logrank", sd$chisq, pchisq(sd$chisq, 1, lower.tail = FALSE), "\n")
cx <- summary(coxph(Surv(time, status) ~ x, data = aml))
cat("cox", cx$conf.int[1, 1], cx$conf.int[1, 3], cx$conf.int[1, 4], "\n")
