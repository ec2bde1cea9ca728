# TrialScope 0.1.0: the numbers of the labs view of CDISCPILOT01, ALT (Alanine Aminotransferase (U/L)), reproduced with base R.
# Data: cdiscpilot01_alt_data.csv, one row per record summarised by visit: group (TRT01A), visit, aval, base, chg (as delivered; empty = NA); population SAFFL = Y applied.
options(digits = 15)
d <- read.csv("cdiscpilot01_alt_data.csv", stringsAsFactors = FALSE)
d$group <- factor(d$group, levels = c("Placebo", "Xanomeline Low Dose", "Xanomeline High Dose"))
d$visit <- factor(d$visit, levels = c("Baseline", "Week 2", "Week 4", "Week 6", "Week 8", "Week 12", "Week 16", "Week 20", "Week 24", "Week 26"))  # the view's visit order

# Summarised: the value (AVAL)
d$value <- d$aval

# Each group at each visit: n and median with Q1 and Q3 (quantile type 7) (no spread below two values)
summ <- function(x) if (length(x) < 2) c(median(x), NA, NA) else c(median(x), quantile(x, c(0.25, 0.75), type = 7, names = FALSE))
for (v in levels(d$visit)) for (g in levels(d$group)) {
  x <- d$value[d$visit == v & d$group == g]
  if (length(x) > 0) cat("point", g, v, length(x), summ(x), sep = "|", "\n")
}

# Between the groups with values at each visit: Wilcoxon rank sum (2 groups) or Kruskal-Wallis; NA where R cannot test
for (v in levels(d$visit)) {
  e <- droplevels(d[d$visit == v, ])
  if (nlevels(e$group) < 2) next
  p <- tryCatch(suppressWarnings(if (nlevels(e$group) == 2) wilcox.test(value ~ group, data = e)$p.value else kruskal.test(value ~ group, data = e)$p.value), error = function(err) NA)
  cat("p", v, p, sep = "|", "\n")
}
