# Reference values for `trialscope-cli ae --overview --highest --rates` on the CDISC pilot (safety
# population SAFFL = Y, treatment-emergent events TRTEMFL = Y, groups TRT01A), used by
# tests/cli/test_cli_ae_tables.cpp. Written from the definitions of tern's AET01, AET04 and AET05
# layouts as issue 15 states them, independently of TrialScope's code: base R only
# (poisson.test gives the exact Garwood interval).
# Run: Rscript tests/reference/cdisc_ae_tables_reference.R /work/shared/data/cdiscpilot01 > tests/reference/cdisc_ae_tables_reference.txt
args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args) > 0) args[1] else "/work/shared/data/cdiscpilot01"
options(digits = 15)
adsl <- read.csv(file.path(dir, "adsl.csv"), stringsAsFactors = FALSE, na.strings = c("", "NA"))
adae <- read.csv(file.path(dir, "adae.csv"), stringsAsFactors = FALSE, na.strings = c("", "NA"))
arms <- c("Placebo", "Xanomeline Low Dose", "Xanomeline High Dose")
sl <- adsl[!is.na(adsl$SAFFL) & adsl$SAFFL == "Y" & !is.na(adsl$TRT01A), ]
ae <- adae[!is.na(adae$TRTEMFL) & adae$TRTEMFL == "Y" & adae$USUBJID %in% sl$USUBJID, ]
ae$ARM <- sl$TRT01A[match(ae$USUBJID, sl$USUBJID)]
up <- function(x) toupper(ifelse(is.na(x), "", x))
notrel <- c("NONE", "N", "NO", "NOT RELATED", "UNLIKELY", "UNLIKELY RELATED", "REMOTE", "UNRELATED")
ae$related <- up(ae$AEREL) != "" & !(up(ae$AEREL) %in% notrel)
ae$severe <- up(ae$AESEV) == "SEVERE"  # the pilot has no AETOXGR
ae$disc <- up(ae$AEACN) == "DRUG WITHDRAWN"
ae$fatal <- up(ae$AESDTH) == "Y" | up(ae$AEOUT) == "FATAL"
ae$serious <- up(ae$AESER) == "Y"

cat("# overview: group n any serious related severe discontinued fatal deaths\n")
row <- function(name, s, a) {
  n_sub <- function(flag) length(unique(a$USUBJID[flag]))
  cat("overview", name, nrow(s), length(unique(a$USUBJID)), n_sub(a$serious), n_sub(a$related),
      n_sub(a$severe), n_sub(a$disc), n_sub(a$fatal), sum(!is.na(s$DTHFL) & s$DTHFL == "Y"), sep = " | "); cat("\n")
}
for (arm in arms) row(arm, sl[sl$TRT01A == arm, ], ae[ae$ARM == arm, ])
row("Total", sl, ae)

# Highest severity: each subject once at the worst AESEV of the events counted.
lev <- c("MILD", "MODERATE", "SEVERE")
worst <- function(a) tapply(match(up(a$AESEV), lev), a$USUBJID, max, na.rm = TRUE)
cat("# highest: scope group severity subjects percent\n")
highest <- function(scope, a) {
  for (arm in c(arms, "Total")) {
    s <- if (arm == "Total") sl else sl[sl$TRT01A == arm, ]
    w <- worst(a[a$USUBJID %in% s$USUBJID, ])
    for (k in seq_along(lev)) {
      cat("highest", scope, arm, lev[k], sum(w == k), 100 * sum(w == k) / nrow(s), sep = " | ")
      cat("\n")
    }
  }
}
highest("overall", ae)
highest("CARDIAC DISORDERS", ae[ae$AEBODSYS == "CARDIAC DISORDERS", ])
highest("APPLICATION SITE PRURITUS", ae[ae$AEDECOD == "APPLICATION SITE PRURITUS", ])

# Exposure-adjusted incidence: at risk until the first onset (ASTDT - TRTSDT + 1, an onset before
# the first dose counting as day 1) for subjects with the event, else TRTDURD (else TRTEDT - TRTSDT + 1);
# subjects without exposure are left out; 365.25 days a year; exact Poisson CI per 100 PY.
dur <- ifelse(!is.na(sl$TRTDURD), sl$TRTDURD, as.numeric(as.Date(sl$TRTEDT) - as.Date(sl$TRTSDT)) + 1)
ex <- sl[!is.na(dur) & dur >= 1, ]
ex$DUR <- dur[!is.na(dur) & dur >= 1]
cat("# left out of the rates:", nrow(sl) - nrow(ex), "\n")
cat("# eair: scope group subjects patient_years per_100py lower upper\n")
eair <- function(scope, a) {
  for (arm in c(arms, "Total")) {  # the total column: every exposed subject, all arms' patient-years
    s <- if (arm == "Total") ex else ex[ex$TRT01A == arm, ]
    first <- tapply(as.Date(a$ASTDT), a$USUBJID, function(d) if (all(is.na(d))) NA else min(d, na.rm = TRUE))
    onset <- first[s$USUBJID]
    has <- s$USUBJID %in% a$USUBJID
    day <- as.numeric(as.Date(onset, origin = "1970-01-01") - as.Date(s$TRTSDT))
    day <- ifelse(day >= 0, day + 1, 1)
    t <- ifelse(has & !is.na(day), day, s$DUR)
    py <- sum(t) / 365.25
    x <- sum(has)
    ci <- poisson.test(x, py)$conf.int * 100
    cat("eair", scope, arm, x, py, 100 * x / py, ci[1], ci[2], sep = " | "); cat("\n")
  }
}
eair("CARDIAC DISORDERS", ae[ae$AEBODSYS == "CARDIAC DISORDERS", ])
eair("APPLICATION SITE PRURITUS", ae[ae$AEDECOD == "APPLICATION SITE PRURITUS", ])

# AET02 nesting: SOC rows (subjects with any event in the SOC, events), then its terms; SOCs and
# terms by descending subjects summed over the arms, ties by name (C locale: method = "radix").
cat("# nested: soc | term | subjects per arm | events per arm\n")
counts <- function(a) {
  s <- sapply(arms, function(arm) length(unique(a$USUBJID[a$ARM == arm])))
  e <- sapply(arms, function(arm) sum(a$ARM == arm))
  c(s, e)
}
socs <- unique(ae$AEBODSYS)
st <- t(sapply(socs, function(x) counts(ae[ae$AEBODSYS == x, ])))
for (i in order(-rowSums(st[, 1:3, drop = FALSE]), socs, method = "radix")) {
  soc <- socs[i]
  cat("nested", soc, "", paste(st[i, 1:3], collapse = " "), paste(st[i, 4:6], collapse = " "), sep = " | ")
  cat("\n")
  sub <- ae[ae$AEBODSYS == soc, ]
  terms <- unique(sub$AEDECOD)
  tt <- t(sapply(terms, function(x) counts(sub[sub$AEDECOD == x, ])))
  for (j in order(-rowSums(tt[, 1:3, drop = FALSE]), terms, method = "radix")) {
    cat("nested", soc, terms[j], paste(tt[j, 1:3], collapse = " "), paste(tt[j, 4:6], collapse = " "), sep = " | ")
    cat("\n")
  }
}

# Time to the first TEAE (any; APPLICATION SITE PRURITUS): the first onset ASTDT - TRTSDT + 1
# (before the first dose: day 1) is an event when within the treatment (TRTDURD, else TRTEDT - TRTSDT + 1);
# others are censored at the end of treatment; subjects without exposure, or with a matching event
# that has no ASTDT (the first onset is then unknown), are left out. survfit's KM at days 28, 84, 168 and survdiff's chi-square.
library(survival)
first_ae <- function(scope, a) {
  d <- ex
  rows <- split(a, a$USUBJID)
  onset <- sapply(d$USUBJID, function(id) {
    r <- rows[[id]]
    if (is.null(r)) return(NA_real_)
    if (any(is.na(r$ASTDT))) return(-Inf)  # an undated matching event: the first onset is unknown
    day <- as.numeric(min(as.Date(r$ASTDT), na.rm = TRUE) - as.Date(d$TRTSDT[d$USUBJID == id]))
    if (day >= 0) day + 1 else 1
  })
  keep <- !is.infinite(onset)
  d <- d[keep, ]
  onset <- onset[keep]
  event <- !is.na(onset) & onset <= d$DUR
  time <- ifelse(event, onset, d$DUR)
  d$ARMF <- factor(d$TRT01A, levels = arms)
  fit <- survfit(Surv(time, event) ~ ARMF, data = d)
  s <- summary(fit, times = c(28, 84, 168), extend = TRUE)
  for (arm in arms) {
    k <- s$strata == paste0("ARMF=", arm)
    cat("first_ae", scope, arm, sum(d$TRT01A == arm), sum(event[d$TRT01A == arm]), paste(s$surv[k], collapse = " "),
        sep = " | ")
    cat("\n")
  }
  cat("first_ae logrank", scope, survdiff(Surv(time, event) ~ ARMF, data = d)$chisq, sep = " | ")
  cat("\n")
}
first_ae("any", ae)
first_ae("APPLICATION SITE PRURITUS", ae[ae$AEDECOD == "APPLICATION SITE PRURITUS", ])
