# TrialScope 0.1.0: the numbers of the labs view of SHI2021, ALB (Albumin (g/L)), reproduced with base R.
# Data: shi2021_alb_percent_data.csv, one row per record summarised by visit: group (TRT01A), visit, aval, base, chg (as delivered; empty = NA).
options(digits = 15)
d <- read.csv("shi2021_alb_percent_data.csv", stringsAsFactors = FALSE)
d$group <- factor(d$group, levels = c("UC-MSC", "Control"))
d$visit <- factor(d$visit, levels = c("Baseline", "Week 12", "Week 24", "Week 48"))  # the view's visit order

# Summarised: percent change from baseline (100 x change / BASE)
d$value <- 100 * ifelse(is.na(d$chg), d$aval - d$base, d$chg) / d$base

# Each group at each visit: n and mean -/+ SD (no spread below two values)
summ <- function(x) if (length(x) < 2) c(mean(x), NA, NA) else mean(x) + c(0, -1, 1) * sd(x)
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
