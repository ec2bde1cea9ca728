# Reference values for `trialscope-cli liver` (eDISH, mDISH) and `trialscope-cli shift` on the CDISC
# pilot, used by tests/cli/test_cli_liver.cpp. Written from the definitions in the issue and the FDA
# DILI guidance (2009), independently of TrialScope's code: base R only.
# Run: Rscript tests/reference/cdisc_liver_reference.R /work/shared/data/cdiscpilot01 > tests/reference/cdisc_liver_reference.txt
args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args) > 0) args[1] else "/work/shared/data/cdiscpilot01"
options(digits = 15)
adsl <- read.csv(file.path(dir, "adsl.csv"), stringsAsFactors = FALSE, na.strings = c("", "NA"))
adlb <- read.csv(file.path(dir, "adlb.csv"), stringsAsFactors = FALSE, na.strings = c("", "NA"))
adsl <- adsl[!is.na(adsl$TRT01A), c("USUBJID", "TRT01A", "TRTSDT", "SAFFL")]
arms <- c("Placebo", "Xanomeline Low Dose", "Xanomeline High Dose")  # TRT01AN order

# Study day: ADY, else from ADT and TRTSDT (no day 0). Post-baseline: DTYPE blank and day >= 1.
lb <- merge(adlb, adsl[, c("USUBJID", "TRT01A", "TRTSDT")], by = "USUBJID")
d <- as.numeric(as.Date(lb$ADT) - as.Date(lb$TRTSDT))
lb$DAY <- ifelse(!is.na(lb$ADY), lb$ADY, ifelse(d >= 0, d + 1, d))
uln <- if ("A1HI" %in% names(lb)) ifelse(is.na(lb$ANRHI), lb$A1HI, lb$ANRHI) else lb$ANRHI
lb$ULN <- uln
post <- lb[is.na(lb$DTYPE) & !is.na(lb$DAY) & lb$DAY >= 1 & !is.na(lb$AVAL), ]

# Baseline for mDISH: first non-missing BASE of the subject's records of the parameter (file order),
# else the AVAL of its ABLFL = "Y" record.
baseline_of <- function(code) {
  r <- adlb[adlb$PARAMCD == code, ]
  b <- tapply(r$BASE, r$USUBJID, function(x) x[!is.na(x)][1])
  f <- r[!is.na(r$ABLFL) & r$ABLFL == "Y", ]
  fb <- tapply(f$AVAL, f$USUBJID, function(x) x[!is.na(x)][1])
  miss <- is.na(b) & names(b) %in% names(fb)
  b[miss] <- fb[names(b)[miss]]
  b
}

# Peak ratio per subject (and the study day of its first occurrence) of one parameter.
peaks <- function(code, reference) {
  r <- post[post$PARAMCD == code, ]
  if (reference == "uln") {
    r$REF <- r$ULN
  } else {
    b <- baseline_of(code)
    r$REF <- as.numeric(b[r$USUBJID])
  }
  r <- r[!is.na(r$REF) & r$REF > 0, ]
  r$RATIO <- r$AVAL / r$REF
  out <- do.call(rbind, lapply(split(r, r$USUBJID), function(s) {
    m <- max(s$RATIO)
    data.frame(USUBJID = s$USUBJID[1], peak = m, day = min(s$DAY[s$RATIO == m]))
  }))
  rownames(out) <- out$USUBJID
  out
}

quadrant <- function(x, y, xc, yc)
  ifelse(x >= xc, ifelse(y >= yc, "hys_law", "temple"), ifelse(y >= yc, "hyperbilirubinemia", "normal"))

edish <- function(label, reference, xc, yc) {
  alt <- peaks("ALT", reference)
  bili <- peaks("BILI", reference)
  altu <- peaks("ALT", "uln")
  alp <- peaks("ALKPH", "uln")
  ids <- intersect(intersect(adsl$USUBJID, alt$USUBJID), bili$USUBJID)
  s <- adsl[adsl$USUBJID %in% ids, c("USUBJID", "TRT01A")]
  s$x <- alt[s$USUBJID, "peak"]; s$xday <- alt[s$USUBJID, "day"]
  s$y <- bili[s$USUBJID, "peak"]; s$yday <- bili[s$USUBJID, "day"]
  s$alp <- alp[s$USUBJID, "peak"]
  s$r <- altu[s$USUBJID, "peak"] / s$alp
  s$pattern <- ifelse(is.na(s$r), "null", ifelse(s$r >= 5, "hepatocellular", ifelse(s$r <= 2, "cholestatic", "mixed")))
  s$quadrant <- quadrant(s$x, s$y, xc, yc)
  cat(label, "left_out", nrow(adsl) - nrow(s), "\n")
  for (a in arms) {
    q <- s$quadrant[s$TRT01A == a]
    cat(label, "group", a, "|", length(q), sum(q == "normal"), sum(q == "hyperbilirubinemia"),
        sum(q == "temple"), sum(q == "hys_law"), "\n")
  }
  s <- s[order(s$USUBJID), ]
  for (k in seq_len(nrow(s)))
    cat(label, "subject", s$USUBJID[k], "|", s$TRT01A[k], "|", s$x[k], s$xday[k], s$y[k], s$yday[k],
        ifelse(is.na(s$alp[k]), "NA", s$alp[k]), ifelse(is.na(s$r[k]), "NA", s$r[k]), s$pattern[k], s$quadrant[k], "\n")
}

edish("edish", "uln", 3, 2)
edish("mdish", "baseline", 3.8, 4.8)

# Shift tables (LBT14 layout): baseline category against the worst post-baseline category per arm.
# Range: BNRIND (else BASE against ANRLO/ANRHI) and ANRIND (else AVAL); grade: BTOXGR / ATOXGR, the
# signed grade split by direction. percent = n / subjects of the arm with that baseline category.
shift <- function(code, direction, scale) {
  r <- lb[lb$PARAMCD == code, ]
  hi <- direction == "high"
  if (scale == "range") {
    cat_of <- function(ind, v, lo, up) {
      c0 <- ifelse(is.na(ind), NA, ifelse(grepl(if (hi) "HIGH" else "LOW", ind), 1, 0))
      byv <- ifelse(is.na(v), NA, if (hi) ifelse(is.na(up), NA, as.numeric(v > up)) else ifelse(is.na(lo), NA, as.numeric(v < lo)))
      ifelse(is.na(c0), byv, c0)
    }
    r$B <- cat_of(r$BNRIND, r$BASE, r$ANRLO, r$ANRHI)
    r$W <- cat_of(r$ANRIND, r$AVAL, r$ANRLO, r$ANRHI)
  } else {
    g <- function(x) if (hi) pmax(x, 0) else pmax(-x, 0)
    r$B <- g(r$BTOXGR)
    r$W <- g(r$ATOXGR)
  }
  p <- r[is.na(r$DTYPE) & !is.na(r$DAY) & r$DAY >= 1 & !is.na(r$W), ]
  worst <- tapply(p$W, p$USUBJID, max)
  base <- tapply(r$B, r$USUBJID, function(x) x[!is.na(x)][1])
  s <- adsl[adsl$USUBJID %in% names(worst), ]
  s$W <- as.numeric(worst[s$USUBJID]); s$B <- as.numeric(base[s$USUBJID])
  lev <- if (scale == "range") 0:1 else 0:max(4, s$W, s$B, na.rm = TRUE)
  name <- function(l) ifelse(l == 0, paste("NOT", toupper(direction)),
                             if (scale == "range") toupper(direction) else as.character(l))
  blev <- if (any(is.na(s$B))) c(lev, NA) else lev
  for (a in arms) {
    sa <- s[s$TRT01A == a, ]
    for (b in blev) {
      inb <- if (is.na(b)) is.na(sa$B) else (!is.na(sa$B) & sa$B == b)
      for (w in lev) {
        n <- sum(inb & sa$W == w)
        cat("shift", code, direction, scale, "|", a, "|", if (is.na(b)) "MISSING" else name(b), "|", name(w), "|",
            n, if (sum(inb) > 0) 100 * n / sum(inb) else "NA", "\n")
      }
    }
  }
}

shift("ALT", "high", "range")
shift("BILI", "high", "grade")
shift("ALB", "low", "range")

# Time to the first post-baseline ALT >= k x ULN by arm (censored at the last post-baseline ALT with a
# ULN), Kaplan-Meier and log-rank: survival::survfit(Surv(day, event) ~ TRT01A), survdiff.
suppressMessages(library(survival))
liver_event <- function(code, k) {
  r <- post[post$PARAMCD == code & !is.na(post$ULN) & post$ULN > 0, ]
  ev <- tapply(ifelse(r$AVAL >= k * r$ULN, r$DAY, NA), r$USUBJID, function(x) if (all(is.na(x))) NA else min(x, na.rm = TRUE))
  last <- tapply(r$DAY, r$USUBJID, max)
  d <- data.frame(USUBJID = names(last), time = ifelse(is.na(ev), last, ev), event = as.numeric(!is.na(ev)))
  d <- merge(d, adsl[, c("USUBJID", "TRT01A")], by = "USUBJID")
  fit <- survfit(Surv(time, event) ~ TRT01A, data = d)
  s <- summary(fit, times = c(28, 84, 168))
  for (k2 in seq_along(s$time))
    cat("event", code, k, "|", sub("TRT01A=", "", as.character(s$strata[k2])), "|", s$time[k2], s$n.risk[k2], s$surv[k2], "\n")
  cat("event", code, k, "n_events |", tapply(d$event, d$TRT01A, length)[arms], "|", tapply(d$event, d$TRT01A, sum)[arms], "\n")
  cat("event", code, k, "logrank |", survdiff(Surv(time, event) ~ TRT01A, data = d)$chisq, "\n")
}
liver_event("ALT", 1)
