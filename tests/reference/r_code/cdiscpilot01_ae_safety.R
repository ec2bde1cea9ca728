# TrialScope 0.1.0: the numbers of the adverse-event view of CDISCPILOT01, reproduced with base R.
# Data: cdiscpilot01_ae_safety_data.csv, every ADAE record of a subject in the analysis (group: TRT01A) as delivered, and one row with event = 0 for each subject without one; population SAFFL = Y applied. onset: study day of ASTDT from TRTSDT; exposed: days on treatment (TRTDURD, else TRTEDT - TRTSDT + 1).
options(digits = 15)
d <- read.csv("cdiscpilot01_ae_safety_data.csv", stringsAsFactors = FALSE, na.strings = "")
d$group <- factor(d$group, levels = c("Placebo", "Xanomeline Low Dose", "Xanomeline High Dose"))
n <- table(d$group[!duplicated(d$subject)])  # the denominators: subjects per group
e <- d[d$event == 1, ]
# Treatment-emergent events only where the data flag any (TRTEMFL = Y)
if (any(!is.na(e$trtemfl))) e <- e[e$trtemfl %in% "Y", ]
e$grade <- ifelse(!is.na(e$aetoxgr), e$aetoxgr, match(toupper(e$aesev), c("MILD", "MODERATE", "SEVERE")))
not_related <- c("NONE", "N", "NO", "NOT RELATED", "UNLIKELY", "UNLIKELY RELATED", "REMOTE", "UNRELATED")
e$related <- ifelse(is.na(e$aerel), "unknown", ifelse(toupper(e$aerel) %in% not_related, "not related", "related"))
# The study's scale for the worst level: severity (AESEV)
levels_of <- c("MILD", "MODERATE", "SEVERE")
e$level <- match(toupper(e$aesev), levels_of)

# Overview (AET01): subjects with at least one event of each kind, and deaths (DTHFL)
kinds <- list(any = rep(TRUE, nrow(e)), serious = e$aeser %in% "Y", related = e$related == "related",
              severe = toupper(e$aesev) %in% "SEVERE", discontinued = toupper(e$aeacn) %in% "DRUG WITHDRAWN",
              fatal = e$aesdth %in% "Y" | toupper(e$aeout) %in% "FATAL")
who <- function(keep) sapply(kinds, function(k) length(unique(e$subject[k & keep])))
dead <- function(keep) sum(d$dthfl[!duplicated(d$subject) & keep] == "Y")
for (g in levels(d$group)) cat("overview", g, n[g], who(e$group == g), dead(d$group == g), sep = "|", "\n")
cat("overview", "Total", sum(n), who(TRUE), dead(TRUE), sep = "|", "\n")

# Subjects (each once) and events per group and in total (two groups or more), % of the group;
# Fisher's exact test (2 groups) or the chi-square test (more) on subjects with and without the event
counts <- function(r) table(r$group[!duplicated(r$subject)])
test <- function(x) if (length(x) == 2) fisher.test(rbind(x, n - x))$p.value else
  suppressWarnings(chisq.test(rbind(x, n - x))$p.value)
# Each subject once, at the worst level among the events counted (AET04), per group and in total
highest <- function(r, k) {
  lv <- ifelse(is.na(r$level), 0, r$level)
  worst <- tapply(lv, r$subject, max)
  grp <- r$group[match(names(worst), r$subject)]
  for (g in c(levels(d$group), "Total")) for (l in seq_along(levels_of))
    cat("highest", k, g, levels_of[l], sum(worst[g == "Total" | grp == g] == l), sep = "|", "\n")
}
# Exposure-adjusted incidence (AET05): at risk to the first onset (day 1 at the earliest), else for
# the days on treatment; subjects without exposure left out; exact Poisson CI at level 0.9
subjects <- d[!duplicated(d$subject) & !is.na(d$exposed), ]
groups <- c(levels(d$group), if (nlevels(d$group) > 1) "Total")
rates <- function(r, k) {
  first <- tapply(pmax(r$onset, 1), r$subject, function(x) if (all(is.na(x))) NA else min(x, na.rm = TRUE))
  for (g in groups) {
    s <- if (g == "Total") subjects else subjects[subjects$group == g, ]
    has <- s$subject %in% r$subject
    at <- first[s$subject]
    py <- sum(ifelse(has & !is.na(at), at, s$exposed)) / 365.25
    x <- sum(has); a <- 1 - 0.9
    if (py > 0) cat("rate", k, g, x, py, 100 * x / py, 100 * c(if (x == 0) 0 else qchisq(a / 2, 2 * x) / 2,
      qchisq(1 - a / 2, 2 * x + 2) / 2) / py, sep = "|", "\n")
  }
}

e$key <- paste(e$aebodsys, "", "", "", sep = "|")
for (k in sort(unique(e$key))) {
  r <- e[e$key == k, ]
  x <- counts(r)
  events <- table(r$group)
  for (g in levels(d$group)) cat("row", k, g, x[g], events[g], 100 * x[g] / n[g], sep = "|", "\n")
  if (nlevels(d$group) > 1) cat("row", k, "Total", sum(x), nrow(r), 100 * sum(x) / sum(n), sep = "|", "\n")
  cat("p", k, test(x), sep = "|", "\n")
  highest(r, k)
  rates(r, k)
}

e$key <- paste(e$aebodsys, e$aedecod, "", "", sep = "|")
for (k in sort(unique(e$key))) {
  r <- e[e$key == k, ]
  x <- counts(r)
  events <- table(r$group)
  for (g in levels(d$group)) cat("row", k, g, x[g], events[g], 100 * x[g] / n[g], sep = "|", "\n")
  if (nlevels(d$group) > 1) cat("row", k, "Total", sum(x), nrow(r), 100 * sum(x) / sum(n), sep = "|", "\n")
  cat("p", k, test(x), sep = "|", "\n")
  highest(r, k)
  rates(r, k)
}
highest(e, "*|||")
