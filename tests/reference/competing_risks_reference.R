# Reference values for `trialscope-cli cuminc` (tests/cli/test_cli_cuminc.cpp): Aalen–Johansen
# cumulative incidence with infinitesimal-jackknife standard errors and survfit's log band, and
# Gray's test, on survival::mgus2 (progression to a plasma-cell malignancy, death competing; by sex),
# survival::pbc (death, liver transplant competing; by treatment and by the 3 edema levels) and a
# small hand-made study of edge cases. Writes the ADaM folders those tests import
# (tests/data/competing_risks/<name>/adsl.csv, adtte.csv).
# Run: Rscript tests/reference/competing_risks_reference.R tests/data/competing_risks > tests/reference/competing_risks_reference.txt
suppressMessages({ library(survival); library(cmprsk) })
options(digits = 15)
out <- commandArgs(trailingOnly = TRUE)[1]

# One subject per row: the two parameters' times and events, written as ADTTE records.
write_study <- function(name, id, adsl, t1, e1, t2, e2, codes, labels, unit) {
  dir.create(file.path(out, name), recursive = TRUE, showWarnings = FALSE)
  ids <- sprintf("%s-%04d", id, seq_len(nrow(adsl)))
  write.csv(cbind(data.frame(STUDYID = id, USUBJID = ids), adsl), file.path(out, name, "adsl.csv"),
            row.names = FALSE, quote = TRUE, na = "")
  rec <- function(code, label, t, e) data.frame(STUDYID = id, USUBJID = ids, PARAMCD = code, PARAM = label,
                                                AVAL = t, AVALU = unit, CNSR = 1 - e)
  write.csv(rbind(rec(codes[1], labels[1], t1, e1), rec(codes[2], labels[2], t2, e2)),
            file.path(out, name, "adtte.csv"), row.names = FALSE, quote = TRUE)
}

# TrialScope's rule (docs/competing-risks.md): the earlier event decides, the endpoint's on a tie; an
# endpoint censored before the competing event is censored.
combine <- function(t1, e1, t2, e2) {
  other <- e2 == 1 & ifelse(e1 == 1, t2 < t1, t2 <= t1)
  list(time = ifelse(other, t2, t1), cause = ifelse(other, 2, e1))
}

report <- function(label, time, cause, group, times) {
  status <- factor(cause, 0:2, c("censored", "endpoint", "competing"))
  for (g in sort(unique(group))) {
    keep <- group == g
    fit <- survfit(Surv(time[keep], status[keep]) ~ 1)
    cat(label, "group |", g, "|", sum(keep), sum(cause[keep] == 1), sum(cause[keep] == 2), length(fit$time), "\n")
    s <- summary(fit, times = times, extend = TRUE)
    for (i in seq_along(times))
      cat(label, "at |", g, "|", times[i], s$pstate[i, 2], s$std.err[i, 2], s$lower[i, 2], s$upper[i, 2],
          s$n.risk[i, 1], "\n")
    # every step of the endpoint's incidence (lower/upper NA where the incidence is 0)
    for (i in seq_along(fit$time))
      cat(label, "step |", g, "|", fit$time[i], fit$n.risk[i, 1], fit$n.event[i, 2], fit$n.event[i, 3],
          fit$n.censor[i], fit$pstate[i, 2], fit$std.err[i, 2], fit$lower[i, 2], fit$upper[i, 2], "\n")
  }
  if (length(unique(group)) > 1) {
    gray <- cuminc(time, cause, group)$Tests
    # cuminc's pv is 1 - pchisq(), which loses the digits of p below 1e-15: the exact upper tail too
    cat(label, "gray |", gray["1", "stat"], gray["1", "df"], gray["1", "pv"],
        pchisq(gray["1", "stat"], gray["1", "df"], lower.tail = FALSE), "\n")
  }
}

# mgus2: months; progression (PCM) with death competing; by sex
m <- mgus2
write_study("mgus2", "MGUS", data.frame(TRT01A = "All", SEX = as.character(m$sex)),
            m$ptime, m$pstat, m$futime, m$death, c("PCM", "DEATH"),
            c("Progression to plasma-cell malignancy", "Death"), "MONTHS")
cr <- combine(m$ptime, m$pstat, m$futime, m$death)
report("mgus2", cr$time, cr$cause, as.character(m$sex), c(60, 120, 240, 400))

# pbc: days; death with liver transplant competing; status 1 = transplant, 2 = death; trt NA for the
# 106 subjects outside the trial (left out by --by TRT01A)
p <- pbc
arm <- ifelse(is.na(p$trt), NA, ifelse(p$trt == 1, "D-penicillamine", "Placebo"))
# edema 0 = none, 0.5 = untreated or resolved by diuretics, 1 = despite diuretics (?pbc)
edema <- c("0" = "None", "0.5" = "Resolved", "1" = "Despite diuretics")[as.character(p$edema)]
write_study("pbc", "PBC", data.frame(TRT01A = arm, EDEMA = edema),
            p$time, as.numeric(p$status == 2), p$time, as.numeric(p$status == 1), c("DEATH", "LTX"),
            c("Death", "Liver transplant"), "DAYS")
cr <- combine(p$time, as.numeric(p$status == 2), p$time, as.numeric(p$status == 1))
inTrial <- !is.na(arm)
report("pbc_trt", cr$time[inTrial], cr$cause[inTrial], arm[inTrial], c(365, 1826, 3652))
report("pbc_edema", cr$time, cr$cause, edema, c(365, 1826, 3652))

# Edge cases, 12 subjects in days: arm A has no competing events, arm B no event of either kind,
# arm C a tie of the endpoint with the competing event (the endpoint counts) and a competing event on
# the day the endpoint is censored (the competing event counts).
edge <- data.frame(
  arm = rep(c("A", "B", "C"), each = 4),
  t1 = c(5, 8, 12, 20, 6, 9, 15, 30, 4, 10, 10, 25),
  e1 = c(1, 0, 1, 0, 0, 0, 0, 0, 1, 1, 0, 0),
  t2 = c(5, 8, 12, 20, 6, 9, 15, 30, 7, 10, 10, 18),
  e2 = c(0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1))
write_study("edge", "EDGE", data.frame(TRT01A = edge$arm), edge$t1, edge$e1, edge$t2, edge$e2,
            c("HCC", "DEATH"), c("Hepatocellular carcinoma", "Death"), "DAYS")
cr <- combine(edge$t1, edge$e1, edge$t2, edge$e2)
report("edge", cr$time, cr$cause, edge$arm, c(3, 10, 40))
