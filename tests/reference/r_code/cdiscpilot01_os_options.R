# TrialScope 0.1.0: the numbers of the survival view of CDISCPILOT01, OS (Overall Survival), reproduced with base R and the survival package.
# Data: cdiscpilot01_os_options_data.csv, one row per analysed record: group (TRT01A), stratum (SEX), time (days), status (1 = event, 0 = censored); population SAFFL = Y applied.
suppressMessages(library(survival))
options(digits = 15)
d <- read.csv("cdiscpilot01_os_options_data.csv", stringsAsFactors = FALSE)
d$group <- factor(d$group, levels = c("Placebo", "Xanomeline Low Dose", "Xanomeline High Dose"))  # reference first: Placebo

# Kaplan-Meier by group: medians and survival at the risk table's times
fit <- survfit(Surv(time, status) ~ group, data = d, conf.type = "log-log", conf.int = 0.95)
tab <- summary(fit)$table
lcl <- grep("LCL", colnames(tab)); ucl <- grep("UCL", colnames(tab))
for (g in rownames(tab)) cat("median", sub("group=", "", g), tab[g, "median"], tab[g, lcl], tab[g, ucl], sep = "|", "\n")
at <- summary(fit, times = c(0, 30, 60, 90, 120, 150, 180, 210, 240), extend = TRUE)
for (i in seq_along(at$time)) cat("at", sub("group=", "", as.character(at$strata[i])), at$time[i], at$n.risk[i], at$surv[i], at$lower[i], at$upper[i], sep = "|", "\n")

# Log-rank test, stratified
lr <- survdiff(Surv(time, status) ~ group + strata(stratum), data = d, rho = 0)
df <- length(unique(d$group)) - 1
cat("logrank", lr$chisq, df, pchisq(lr$chisq, df, lower.tail = FALSE), sep = "|", "\n")

# Cox model: hazard ratios against Placebo
cox <- coxph(Surv(time, status) ~ group + strata(stratum), data = d, ties = "efron")
ci <- summary(cox, conf.int = 0.95)
for (k in seq_len(nrow(ci$conf.int))) cat("hr", sub("^group", "", rownames(ci$conf.int)[k]), ci$conf.int[k, 1], ci$conf.int[k, 3], ci$conf.int[k, 4], ci$coefficients[k, 5], sep = "|", "\n")

# Every pair of groups, p adjusted (holm)
pairs <- combn(levels(d$group), 2)
p <- apply(pairs, 2, function(ab) { x <- survdiff(Surv(time, status) ~ group + strata(stratum), data = droplevels(d[d$group %in% ab, ]), rho = 0); pchisq(x$chisq, 1, lower.tail = FALSE) })
padj <- p.adjust(p, method = "holm")
for (k in seq_along(p)) cat("pairwise", pairs[1, k], pairs[2, k], padj[k], sep = "|", "\n")
