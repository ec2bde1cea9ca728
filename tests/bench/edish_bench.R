# eDISH peaks in base R on a study of the same shape as bench_ui_edish.cpp (10^5 subjects, ALT, AST,
# BILI, ALKPH, 25 records each = 10^7 rows; log-normal values), for the ratio against TrialScope's
# analyseLiver (its analyse_ms counter). Times only the computation, not the data generation:
# post-baseline filter, AVAL / ULN, the peak and its first day per subject and test, R ratio,
# pattern and quadrants per arm, as tests/reference/cdisc_liver_reference.R computes them.
# Run: Rscript tests/bench/edish_bench.R
set.seed(20261202)
n <- 100000; visits <- 25
tests <- c("ALT", "AST", "BILI", "ALKPH"); uln <- c(40, 40, 21, 120); typical <- c(22, 24, 9, 70)
rows <- n * 4 * visits
d <- data.frame(
  USUBJID = rep(seq_len(n), each = 4 * visits),
  PARAMCD = rep(rep(tests, each = visits), n),
  ADY = rep(c(-3, 7 * seq_len(visits - 1)), 4 * n),
  ULN = rep(rep(uln, each = visits), n))
d$AVAL <- rep(rep(typical, each = visits), n) * exp(rnorm(rows, 0, 0.45))
arm <- c("A", "B", "C")[(seq_len(n) - 1) %% 3 + 1]
elapsed <- system.time({
  p <- d[d$ADY >= 1 & !is.na(d$AVAL) & d$ULN > 0, ]
  p$R <- p$AVAL / p$ULN
  key <- paste(p$USUBJID, p$PARAMCD)
  o <- order(key, -p$R, p$ADY)
  first <- !duplicated(key[o])
  peaks <- p[o[first], c("USUBJID", "PARAMCD", "R", "ADY")]
  wide <- reshape(peaks, idvar = "USUBJID", timevar = "PARAMCD", direction = "wide")
  x <- wide$R.ALT; y <- wide$R.BILI
  r <- wide$R.ALT / wide$R.ALKPH
  pattern <- ifelse(r >= 5, "hepatocellular", ifelse(r <= 2, "cholestatic", "mixed"))
  quadrant <- ifelse(x >= 3, ifelse(y >= 2, "hys_law", "temple"), ifelse(y >= 2, "hyperbilirubinemia", "normal"))
  counts <- table(arm[wide$USUBJID], quadrant)
})["elapsed"]
cat("rows", rows, "subjects", nrow(wide), "\n")
print(counts)
cat("r_edish_seconds", elapsed, "\n")
