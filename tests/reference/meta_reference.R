# Reference values for the meta-analysis tests (tests/core/stats/test_meta*.cpp). Run from this
# folder with R 4.2 and metafor 3.8:
#   Rscript meta_reference.R > meta_reference.txt
# Each case lists its studies ("study name yi sei") and then metafor's results.
# Numbers are printed with 15 significant digits.
suppressMessages(library(metafor))

fmt <- function(x) formatC(x, digits = 15, format = "g")

report <- function(name, call_text, yi, sei, labels) {
  fit <- eval(parse(text = call_text))
  cat("# R:", call_text, "\n")
  cat("case", name, "\n")
  cat("method", fit$method, "\n")
  for (i in seq_along(yi)) cat("study", labels[i], fmt(yi[i]), fmt(sei[i]), "\n")
  cat("pooled", fmt(c(fit$b)), fmt(fit$se), fmt(fit$ci.lb), fmt(fit$ci.ub), fmt(fit$zval),
      fmt(fit$pval), "\n")
  cat("heterogeneity", fmt(fit$QE), fit$k - 1, fmt(fit$QEp), fmt(fit$I2), fmt(fit$H2), fmt(fit$tau2), "\n")
  cat("weights", fmt(weights(fit)), "\n")
  cat("end\n\n")
}

# BCG vaccine trials (Colditz et al. 1994): log risk ratios and their standard errors.
bcg <- escalc(measure = "RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg)
yi <- as.vector(bcg$yi)
sei <- sqrt(bcg$vi)
labels <- paste0("trial", bcg$trial)
cat("# studies: escalc(measure = \"RR\", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg)\n")
report("bcg_fe", 'rma(yi, sei = sei, method = "FE")', yi, sei, labels)
report("bcg_dl", 'rma(yi, sei = sei, method = "DL")', yi, sei, labels)
report("bcg_dl_90", 'rma(yi, sei = sei, method = "DL", level = 90)', yi, sei, labels)

# Homogeneous hazard ratios given as HR (95% CI): Q < df, so DL truncates tau^2 at 0.
hr <- c(0.97, 0.85, 1.10, 0.92)
lo <- c(0.75, 0.60, 0.80, 0.70)
hi <- c(1.25, 1.20, 1.51, 1.21)
yi <- log(hr)
sei <- (log(hi) - log(lo)) / (2 * qnorm(0.975))
labels <- paste0("hr", seq_along(hr))
cat("# studies: yi = log(hr), sei = (log(upper) - log(lower)) / (2 * qnorm(0.975)) for\n")
cat("#   hr = 0.97 0.85 1.10 0.92, lower = 0.75 0.60 0.80 0.70, upper = 1.25 1.20 1.51 1.21\n")
report("hr_fe", 'rma(yi, sei = sei, method = "FE")', yi, sei, labels)
report("hr_dl", 'rma(yi, sei = sei, method = "DL")', yi, sei, labels)
