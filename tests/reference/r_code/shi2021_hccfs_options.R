# TrialScope 0.1.0: the numbers of the survival view of SHI2021, HCCFS (HCC-free survival), reproduced with base R and the survival package.
# Data: shi2021_hccfs_options_data.csv, one row per analysed record: group (TRT01A), time (months), status (1 = event, 0 = censored).
suppressMessages(library(survival))
options(digits = 15)
d <- read.csv("shi2021_hccfs_options_data.csv", stringsAsFactors = FALSE)
d$group <- factor(d$group, levels = c("UC-MSC", "Control"))  # reference first: UC-MSC

# Kaplan-Meier by group: medians and survival at the risk table's times
fit <- survfit(Surv(time, status) ~ group, data = d, conf.type = "plain", conf.int = 0.9)
tab <- summary(fit)$table
lcl <- grep("LCL", colnames(tab)); ucl <- grep("UCL", colnames(tab))
for (g in rownames(tab)) cat("median", sub("group=", "", g), tab[g, "median"], tab[g, lcl], tab[g, ucl], sep = "|", "\n")
at <- summary(fit, times = c(0, 12, 24, 36, 48, 60, 72, 84, 96), extend = TRUE)
for (i in seq_along(at$time)) cat("at", sub("group=", "", as.character(at$strata[i])), at$time[i], at$n.risk[i], at$surv[i], at$lower[i], at$upper[i], sep = "|", "\n")

# Log-rank test (Fleming-Harrington rho)
lr <- survdiff(Surv(time, status) ~ group, data = d, rho = 1)
df <- length(unique(d$group)) - 1
cat("logrank", lr$chisq, df, pchisq(lr$chisq, df, lower.tail = FALSE), sep = "|", "\n")

# Cox model: hazard ratios against UC-MSC
cox <- coxph(Surv(time, status) ~ group, data = d, ties = "breslow")
ci <- summary(cox, conf.int = 0.9)
for (k in seq_len(nrow(ci$conf.int))) cat("hr", sub("^group", "", rownames(ci$conf.int)[k]), ci$conf.int[k, 1], ci$conf.int[k, 3], ci$conf.int[k, 4], ci$coefficients[k, 5], sep = "|", "\n")

# Restricted mean survival time up to 36
rm <- summary(fit, rmean = 36)$table
for (g in rownames(rm)) cat("rmean", sub("group=", "", g), rm[g, "rmean"], rm[g, "se(rmean)"], sep = "|", "\n")

# Proportional hazards: scaled Schoenfeld residuals against the KM transform of time
z <- cox.zph(cox, transform = "km")$table
for (k in rownames(z)) cat("zph", k, z[k, "chisq"], z[k, "df"], z[k, "p"], sep = "|", "\n")
