# Reference values for the Cox regression and landmark tests (tests/core/stats/test_cox*.cpp,
# test_landmark.cpp). Run from this folder with R 4.2 and survival 3.5:
#   Rscript cox_reference.R > cox_reference.txt
# Besides cox_reference.txt it writes one design file per model, cox_design_<model>.csv, holding
# exactly what coxph fitted (after NA removal): time, status, stratum (0-based; 0 when none)
# and the model.matrix columns. Numbers are printed with 15 significant digits; NA = not
# estimable in R.
suppressMessages(library(survival))

fmt <- function(x) ifelse(is.na(x), "NA", formatC(x, digits = 15, format = "g"))

write_design <- function(name, fit, data, strata = NULL) {
  mm <- model.matrix(fit)
  rows <- as.integer(rownames(mm))
  y <- fit$y
  st <- if (is.null(strata)) rep(0L, nrow(mm)) else as.integer(factor(data[rows, strata])) - 1L
  out <- data.frame(time = y[, 1], status = y[, 2], stratum = st, mm, check.names = FALSE)
  write.csv(out, sprintf("cox_design_%s.csv", name), row.names = FALSE, quote = FALSE)
}

report <- function(name, call_text, fit, data, strata = NULL) {
  design <- sub("_(efron|breslow)$", "", name)
  if (!file.exists(sprintf("cox_design_%s.csv", design))) write_design(design, fit, data, strata)
  cat("# R:", call_text, "\n")
  cat("case", name, "\n")
  cat("design", sprintf("cox_design_%s.csv", design), "\n")
  cat("ties", fit$method, "\n")
  cat("strata", if (is.null(strata)) 0 else 1, "\n")
  cat("n", fit$n, "\n")
  cat("events", fit$nevent, "\n")
  cat("iter", fit$iter, "\n")
  cat("loglik", fmt(fit$loglik), "\n")
  # summary.coxph rounds its tests for printing: use the unrounded values from the fit.
  df <- sum(!is.na(coef(fit)))
  tests <- c(lr = 2 * diff(fit$loglik), wald = unname(fit$wald.test), score = unname(fit$score))
  for (t in names(tests))
    cat(t, fmt(tests[[t]]), df, fmt(pchisq(tests[[t]], df, lower.tail = FALSE)), "\n")
  cf <- coef(fit)
  se <- sqrt(diag(fit$var))
  for (j in seq_along(cf)) {
    if (is.na(cf[j])) {
      cat("term", names(cf)[j], "NA NA NA NA NA NA\n")
    } else {
      z <- cf[j] / se[j]
      ci <- exp(cf[j] + c(-1, 1) * qnorm(0.975) * se[j])
      cat("term", names(cf)[j], fmt(cf[j]), fmt(se[j]), fmt(z), fmt(2 * pnorm(-abs(z))),
          fmt(ci[1]), fmt(ci[2]), "\n")
    }
  }
  cat("end\n\n")
}

# Fits a model, quoting the call text; warnings (infinite coefficients) are echoed as comments.
run <- function(name, text, data, strata = NULL) {
  fit <- withCallingHandlers(eval(parse(text = text)),
    warning = function(w) {
      cat("# warning:", conditionMessage(w), "\n")
      invokeRestart("muffleWarning")
    })
  report(name, text, fit, data, strata)
}

colon2 <- colon[colon$etype == 2, ]
lung2 <- lung
# Separation: group g = 1 holds only censored subjects (late censorings), so its coefficient
# tends to -Inf (R: "Loglik converged before variable 2; coefficient may be infinite").
lung2$g <- as.integer(lung2$status == 1 & lung2$time > 500)
# Collinear and constant columns: R reports NA for them.
lung2$age2 <- 2 * lung2$age + 1
lung2$one <- 5

for (ties in c("efron", "breslow")) {
  run(paste0("aml_", ties),
      sprintf('coxph(Surv(time, status) ~ x, data = aml, ties = "%s")', ties), aml)
  run(paste0("lung_sex_age_", ties),
      sprintf('coxph(Surv(time, status) ~ sex + age, data = lung, ties = "%s")', ties), lung)
  run(paste0("lung_ecog_inst_", ties),
      sprintf('coxph(Surv(time, status) ~ factor(ph.ecog) + strata(inst), data = lung, ties = "%s")', ties),
      lung, "inst")
  run(paste0("lung_age_ecog_sex_", ties),
      sprintf('coxph(Surv(time, status) ~ age + factor(ph.ecog) + strata(sex), data = lung, ties = "%s")', ties),
      lung, "sex")
  run(paste0("ovarian_", ties),
      sprintf('coxph(Surv(futime, fustat) ~ rx + age, data = ovarian, ties = "%s")', ties), ovarian)
  run(paste0("veteran_", ties),
      sprintf('coxph(Surv(time, status) ~ trt + celltype + karno, data = veteran, ties = "%s")', ties),
      veteran)
  run(paste0("colon_", ties),
      sprintf('coxph(Surv(time, status) ~ rx, data = colon2, ties = "%s")', ties), colon2)
  run(paste0("separation_", ties),
      sprintf('coxph(Surv(time, status) ~ age + g, data = lung2, ties = "%s")', ties), lung2)
  run(paste0("collinear_", ties),
      sprintf('coxph(Surv(time, status) ~ age + sex + age2 + one, data = lung2, ties = "%s")', ties),
      lung2)
}

# Landmark analysis on veteran at L = 90 days, treatment (trt 2 vs 1), Efron ties.
# before: follow-up censored at L; after: subjects still in follow-up after L, original time scale.
L <- 90
vet <- veteran
vet$arm <- vet$trt - 1L
write.csv(vet[, c("time", "status", "arm")], "cox_data_veteran_landmark.csv", row.names = FALSE,
          quote = FALSE)
landmark <- function(part, text) {
  fit <- eval(parse(text = text))
  cf <- coef(fit); se <- sqrt(diag(fit$var))
  cat("# R:", text, "\n")
  cat("landmark", part, fit$n, fit$nevent, fmt(cf[1]), fmt(se[1]), fmt(exp(cf[1])),
      fmt(fit$loglik[2]), "\n")
}
cat("# landmark L =", L, "columns: part n events coef se hr loglik\n")
landmark("before", "coxph(Surv(pmin(time, 90), status * (time <= 90)) ~ arm, data = vet)")
landmark("after", "coxph(Surv(time, status) ~ arm, data = vet, subset = time > 90)")
