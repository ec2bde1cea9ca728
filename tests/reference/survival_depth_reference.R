# Reference values for `trialscope-cli km --rmst --pairwise --rho --strata` (tests/cli/test_cli_km_depth.cpp)
# on survival::veteran (2 arms, stratified by cell type) and survival::colon (3 arms, death), and the
# ADaM folders those tests import (tests/data/survival_depth/<name>/adsl.csv, adtte.csv, written here).
# Run: Rscript tests/reference/survival_depth_reference.R tests/data/survival_depth > tests/reference/survival_depth_reference.txt
suppressMessages(library(survival))
options(digits = 15)
out <- commandArgs(trailingOnly = TRUE)[1]

write_study <- function(name, id, arm, time, status, extra = NULL) {
  dir.create(file.path(out, name), recursive = TRUE, showWarnings = FALSE)
  ids <- sprintf("%s-%04d", id, seq_along(time))
  adsl <- data.frame(STUDYID = id, USUBJID = ids, TRT01A = arm)
  if (!is.null(extra)) adsl <- cbind(adsl, extra)
  write.csv(adsl, file.path(out, name, "adsl.csv"), row.names = FALSE, quote = TRUE)
  adtte <- data.frame(STUDYID = id, USUBJID = ids, PARAMCD = "OS", PARAM = "Overall survival", AVAL = time,
                      AVALU = "DAYS", CNSR = 1 - status)
  write.csv(adtte, file.path(out, name, "adtte.csv"), row.names = FALSE, quote = TRUE)
}

rmst_lines <- function(label, fit, tau, groups) {
  tab <- summary(fit, rmean = tau)$table
  est <- tab[, "rmean"]; se <- tab[, "se(rmean)"]
  names(est) <- names(se) <- sub("^[^=]*=", "", rownames(tab))
  for (g in groups) cat(label, "rmst |", g, "|", tau, est[g], se[g], "\n")
  # Differences and ratios against the first group, as survRM2::rmst2 computes them (Wald, normal).
  z <- qnorm(0.975)
  for (g in groups[-1]) {
    d <- est[g] - est[groups[1]]; sd <- sqrt(se[g]^2 + se[groups[1]]^2)
    lr <- log(est[g] / est[groups[1]]); slr <- sqrt(se[g]^2 / est[g]^2 + se[groups[1]]^2 / est[groups[1]]^2)
    cat(label, "rmst_diff |", g, "|", d, d - z * sd, d + z * sd, 2 * pnorm(-abs(d / sd)),
        exp(lr), exp(lr - z * slr), exp(lr + z * slr), "\n")
  }
}

# veteran: trt 1 = standard, 2 = test; strata celltype; time in days
v <- veteran
v$arm <- ifelse(v$trt == 1, "Standard", "Test")
write_study("veteran", "VET", v$arm, v$time, v$status, data.frame(CELLTYPE = as.character(v$celltype)))
fit <- survfit(Surv(time, status) ~ arm, data = v)
rmst_lines("veteran", fit, 365, c("Standard", "Test"))
rmst_lines("veteran", fit, 2000, c("Standard", "Test"))  # tau beyond the last time
sd <- survdiff(Surv(time, status) ~ arm + strata(celltype), data = v)
cat("veteran strata_logrank |", sd$chisq, "\n")
cx <- coxph(Surv(time, status) ~ arm + strata(celltype), data = v)
cat("veteran strata_cox |", summary(cx)$conf.int[1, c(1, 3, 4)], summary(cx)$coefficients[1, 5], "\n")
for (rho in c(1, 0.5)) cat("veteran rho |", rho, survdiff(Surv(time, status) ~ arm, data = v, rho = rho)$chisq, "\n")

# colon: death (etype 2), three arms; time in days
cl <- colon[colon$etype == 2, ]
cl$arm <- as.character(cl$rx)
write_study("colon", "COL", cl$arm, cl$time, cl$status)
arms <- c("Obs", "Lev", "Lev+5FU")
fit <- survfit(Surv(time, status) ~ arm, data = cl)
rmst_lines("colon", fit, 1825, arms)
pairs <- combn(arms, 2)
chisq <- p <- numeric(ncol(pairs))
for (k in seq_len(ncol(pairs))) {
  s <- cl[cl$arm %in% pairs[, k], ]
  chisq[k] <- survdiff(Surv(time, status) ~ arm, data = s)$chisq
  p[k] <- pchisq(chisq[k], 1, lower.tail = FALSE)
}
for (m in c("holm", "BH", "bonferroni", "none")) {
  adj <- p.adjust(p, method = m)
  for (k in seq_len(ncol(pairs))) cat("colon pairwise", tolower(m), "|", pairs[1, k], "|", pairs[2, k], "|", chisq[k], p[k], adj[k], "\n")
}

# cox.zph(transform = "km") of km's Cox model (arm, Efron ties), global and per term, and the scaled
# Schoenfeld residuals of its plot: "<label> zph | TERM | chisq df p"; "<label> zph_resid | i | x time y..."
zph_lines <- function(label, fit) {
  z <- cox.zph(fit, transform = "km", terms = FALSE)
  zt <- cox.zph(fit, transform = "km")
  for (r in rownames(zt$table)) cat(label, "zph |", r, "|", zt$table[r, ], "\n")
  n <- length(z$x)
  for (i in unique(c(1:3, n %/% 2, n))) cat(label, "zph_resid |", i, "|", z$x[i], z$time[i], z$y[i, ], "\n")
}
zph_lines("veteran", coxph(Surv(time, status) ~ arm, data = v))
zph_lines("veteran_strata", coxph(Surv(time, status) ~ arm + strata(celltype), data = v))
cl$arm <- factor(cl$arm, arms)
zph_lines("colon", coxph(Surv(time, status) ~ arm, data = cl))

# plot.cox.zph's smooth of the first column: ns(df = 4, intercept = TRUE) on c(grid, x), 40 grid
# points, band yhat -/+ 2 sqrt(var[1, 1] * h): "<label> zph_smooth | i | grid yhat lower upper"
zph_smooth_lines <- function(label, fit) {
  z <- cox.zph(fit, transform = "km", terms = FALSE)
  xx <- z$x; y <- z$y[, 1]
  pred.x <- seq(from = min(xx), to = max(xx), length = 40)
  lmat <- splines::ns(c(pred.x, xx), df = 4, intercept = TRUE)
  pmat <- lmat[1:40, ]; xmat <- lmat[-(1:40), ]
  qmat <- qr(xmat)
  yhat <- pmat %*% qr.coef(qmat, y)
  bk <- backsolve(qmat$qr[1:4, 1:4], diag(4))
  seval <- ((pmat %*% (bk %*% t(bk))) * pmat) %*% rep(1, 4)
  half <- 2 * sqrt(z$var[1, 1] * seval)
  for (i in c(1, 2, 20, 39, 40)) cat(label, "zph_smooth |", i, "|", pred.x[i], yhat[i], yhat[i] - half[i], yhat[i] + half[i], "\n")
}
zph_smooth_lines("veteran", coxph(Surv(time, status) ~ arm, data = v))
zph_smooth_lines("colon", coxph(Surv(time, status) ~ arm, data = cl))
