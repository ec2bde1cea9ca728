# TrialScope 0.1.0: the numbers of the labs view of CDISCPILOT01, BILI (Bilirubin (umol/L)), reproduced with base R.
# Data: cdiscpilot01_bili_change_data.csv, one row per record summarised by visit: group (SEX), visit, aval, base, chg (as delivered; empty = NA).
options(digits = 15)
d <- read.csv("cdiscpilot01_bili_change_data.csv", stringsAsFactors = FALSE)
d$group <- factor(d$group, levels = c("F", "M"))
d$visit <- factor(d$visit, levels = c("Baseline", "Week 2", "Week 4", "Week 6", "Week 8", "Week 12", "Week 16", "Week 20", "Week 24", "Week 26"))  # the view's visit order

# Summarised: change from baseline (CHG, else AVAL - BASE)
d$value <- ifelse(is.na(d$chg), d$aval - d$base, d$chg)

# Each group at each visit: n and mean with its t-based 95% CI (no spread below two values)
summ <- function(x) if (length(x) < 2) c(mean(x), NA, NA) else mean(x) + c(0, qt(c(0.025, 0.975), length(x) - 1)) * sd(x) / sqrt(length(x))
for (v in levels(d$visit)) for (g in levels(d$group)) {
  x <- d$value[d$visit == v & d$group == g]
  if (length(x) > 0) cat("point", g, v, length(x), summ(x), sep = "|", "\n")
}

# Between the groups with values at each visit: Welch's t (2 groups) or one-way ANOVA; NA where R cannot test
for (v in levels(d$visit)) {
  e <- droplevels(d[d$visit == v, ])
  if (nlevels(e$group) < 2) next
  p <- tryCatch(suppressWarnings(if (nlevels(e$group) == 2) t.test(value ~ group, data = e)$p.value else oneway.test(value ~ group, data = e, var.equal = TRUE)$p.value), error = function(err) NA)
  cat("p", v, p, sep = "|", "\n")
}
