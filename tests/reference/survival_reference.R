# Reference values for the survival kernels (core/stats: kaplan_meier, km_at, km_quantile,
# log_rank, log_rank_trend, pairwise_log_rank, rmst, cumulative_incidence, aalen_johansen).
#
# Run from the repository root with R >= 4.2 and survival 3.5:
#   Rscript tests/reference/survival_reference.R
# It writes tests/reference/survival/: one input CSV per case (time,status,group,strata,weight;
# public R datasets from the survival package and small hand-made "book" cases) and one CSV of
# expected values per case and estimator. Every output file starts with "# R: <call>" lines naming
# the R calls that produced it. Numbers are printed with 17 significant digits; NA means R gave
# NA/NaN (not estimable), Inf an infinite std.err.
suppressMessages(library(survival))
stopifnot(packageVersion("survival") >= "3.5")
out <- file.path("tests", "reference", "survival")
dir.create(out, showWarnings = FALSE, recursive = TRUE)

num <- function(x) ifelse(is.na(x), "NA", ifelse(is.infinite(x), ifelse(x > 0, "Inf", "-Inf"),
                                                 sprintf("%.17g", x)))
put <- function(df, file, calls) {
  con <- file(file.path(out, file), "w")
  writeLines(paste("# R:", calls), con)
  body <- as.data.frame(lapply(df, function(col) if (is.numeric(col)) num(col) else col))
  write.table(body, con, sep = ",", row.names = FALSE, quote = FALSE)
  close(con)
}

# ---- cases: time, status (0/1), group (0-based), strata (0-based), weight ----------------------
mk <- function(time, status, group = 0, strata = 0, weight = 1)
  data.frame(time = time, status = status, group = group, strata = strata, weight = weight)
code <- function(f) as.integer(factor(f)) - 1L
colon2 <- colon[colon$etype == 2, ]
cases <- list(
  aml     = with(aml, mk(time, status, code(x))),
  lung    = with(lung, mk(time, status - 1, code(sex), as.integer(age > 63))),
  ovarian = with(ovarian, mk(futime, fustat, code(rx), code(resid.ds))),
  veteran = with(veteran, mk(time, status, code(celltype), code(trt))),
  colon   = with(colon2, mk(time, status, code(rx), code(sex))),
  # ties between events and censorings at the same time, two groups
  ties    = mk(c(1, 1, 2, 2, 2, 3, 4, 4, 5, 6, 2, 2, 3, 3, 5, 7, 7, 8),
               c(1, 0, 1, 1, 0, 0, 1, 0, 1, 0, 1, 0, 1, 1, 0, 1, 0, 1),
               c(rep(0, 10), rep(1, 8))),
  # every subject censored in group 0; group 1 has events
  nocens  = mk(c(2, 4, 6, 8, 1, 3, 5, 7, 9), c(0, 0, 0, 0, 1, 1, 0, 1, 1), c(0, 0, 0, 0, 1, 1, 1, 1, 1)),
  allcens = mk(c(3, 5, 5, 9), c(0, 0, 0, 0)),
  single  = mk(4, 1),
  # the curve reaches 0 (last subject fails)
  zero    = mk(c(1, 2, 2, 3, 4), c(1, 0, 1, 1, 1)),
  # S = 0.5 exactly on a flat in the middle (midpoint rule) ...
  flat    = mk(c(1, 2, 3, 4, 5, 6), c(1, 1, 1, 0, 1, 1)),
  # ... and S = 0.5 on the last flat (midpoint with the last time)
  flatend = mk(c(1, 2, 3, 4), c(1, 1, 0, 0)),
  # near-equal floating-point times (absolute and relative to the mean of the times)
  neareq  = mk(c(1, 1 + 1e-10, 2, 2 + 1e-9, 2 + 1e-7, 3, 1e6, 1e6 + 1e-3, 1e6 + 1, 1e6 + 1 + 1e-2),
               c(1, 1, 1, 0, 1, 1, 0, 1, 1, 1)),
  # integer case weights (Greenwood on weighted counts)
  wint    = with(aml, mk(time, status, code(x), weight = rep(c(1, 2, 3), length.out = nrow(aml)))),
  # fractional case weights (survfit switches to the infinitesimal-jackknife variance)
  wfrac   = with(aml, mk(time, status, code(x), weight = rep(c(0.5, 1.25, 2.75, 1), length.out = nrow(aml))))
)
for (nm in names(cases)) put(cases[[nm]], paste0("data_", nm, ".csv"),
                             paste0("input of case '", nm, "' (see survival_reference.R)"))

confs <- c("log", "log-log", "plain", "logit", "arcsin")
probs <- c(0.1, 0.25, 0.5, 0.75, 0.9)
strata_of <- function(fit, n) if (is.null(fit$strata)) rep(0L, n) else
  rep(seq_along(fit$strata) - 1L, fit$strata)

for (nm in names(cases)) {
  d <- cases[[nm]]
  d$g <- factor(d$group)
  # ---- KM step tables, every conf.type, levels 0.95 and 0.9 ------------------------------------
  km <- NULL; qq <- NULL
  # every conf.type x level on the small cases; a representative subset on the large ones
  grid <- expand.grid(ct = confs, lev = c(0.95, 0.9), stringsAsFactors = FALSE)
  if (nrow(d) > 200) grid <- data.frame(ct = c("log", "log-log", "arcsin"), lev = c(0.95, 0.95, 0.9))
  for (j in seq_len(nrow(grid))) {
    ct <- grid$ct[j]; lev <- grid$lev[j]
    f <- survfit(Surv(time, status) ~ g, data = d, weights = weight, conf.type = ct, conf.int = lev)
    if (length(levels(d$g)) == 1)
      f <- survfit(Surv(time, status) ~ 1, data = d, weights = weight, conf.type = ct, conf.int = lev)
    grp <- as.integer(levels(d$g))[strata_of(f, length(f$time)) + 1]
    # robust (jackknife) fits report std.err on the S scale; report the log-S scale like the
    # kernel, converted as survival:::survfit_confint does (se == 0 stays 0)
    se <- if (isTRUE(f$logse)) f$std.err else ifelse(f$std.err == 0, 0, f$std.err / f$surv)
    km <- rbind(km, data.frame(conf = ct, level = lev, group = grp, time = f$time, n.risk = f$n.risk,
                               n.event = f$n.event, n.censor = f$n.censor, surv = f$surv,
                               std.err = se, lower = f$lower, upper = f$upper))
    q <- quantile(f, probs = probs)
    qm <- function(x) matrix(x, ncol = length(probs))
    for (i in seq_len(nrow(qm(q$quantile))))
      qq <- rbind(qq, data.frame(conf = ct, level = lev, group = as.integer(levels(d$g))[i], p = probs,
                                 quantile = qm(q$quantile)[i, ], lower = qm(q$lower)[i, ],
                                 upper = qm(q$upper)[i, ]))
  }
  put(km, paste0("km_", nm, ".csv"),
      c("survfit(Surv(time, status) ~ g, data, weights = weight, conf.type = conf, conf.int = level)",
        "std.err as survfit (log-S scale); with fractional weights ifelse(std.err == 0, 0, std.err / surv) as survfit_confint"))
  put(qq, paste0("quantile_", nm, ".csv"),
      "quantile(survfit(Surv(time, status) ~ g, data, weights = weight, conf.type = conf, conf.int = level), probs = p)")

  # ---- summary at times, extend = TRUE ----------------------------------------------------------
  mx <- max(d$time)
  times <- sort(unique(c(0, mx / 7, mx / 3, mx / 2, d$time[1], mx, mx * 1.5)))
  f <- survfit(Surv(time, status) ~ g, data = d, weights = weight)
  if (length(levels(d$g)) == 1) f <- survfit(Surv(time, status) ~ 1, data = d, weights = weight)
  s <- summary(f, times = times, extend = TRUE)
  sg <- if (is.null(s$strata)) rep(0L, length(s$time)) else as.integer(s$strata) - 1L
  grp <- as.integer(levels(d$g))[sg + 1]
  put(data.frame(group = grp, time = s$time, surv = s$surv, std.err = s$std.err, lower = s$lower,
                 upper = s$upper, n.risk = s$n.risk,
                 events.cum = ave(s$n.event, grp, FUN = cumsum),
                 censored.cum = ave(s$n.censor, grp, FUN = cumsum)),
      paste0("at_", nm, ".csv"),
      c("s <- summary(survfit(Surv(time, status) ~ g, data, weights = weight), times = time, extend = TRUE)",
        "events.cum / censored.cum = per-group cumsum of s$n.event / s$n.censor"))

  # ---- RMST ---------------------------------------------------------------------------------------
  taus <- c(mx / 3, mx / 2, mx, mx * 1.2)
  taus <- taus[taus >= min(d$time)]  # survmean refuses a tau before the first time
  rm <- NULL
  for (tau in taus) {
    tab <- summary(f, rmean = tau)$table
    if (is.null(dim(tab))) tab <- t(as.matrix(tab))
    rm <- rbind(rm, data.frame(group = as.integer(levels(d$g)), tau = tau,
                               rmean = tab[, "rmean"], se = tab[, "se(rmean)"]))
  }
  put(rm, paste0("rmst_", nm, ".csv"),
      "summary(survfit(Surv(time, status) ~ g, data, weights = weight), rmean = tau)$table[, c('rmean', 'se(rmean)')]")
}

# ---- log-rank family (unweighted cases with >= 2 groups) ----------------------------------------
# Fleming-Harrington G(rho, gamma) by hand: pooled left-continuous KM within stratum, weight
# S(t-)^rho (1 - S(t-))^gamma; checked against survdiff when gamma = 0.
fh <- function(d, rho, gamma, stratified) {
  G <- sort(unique(d$group)); k <- length(G)
  O <- E <- numeric(k); V <- matrix(0, k, k)
  st <- if (stratified) d$strata else rep(0, nrow(d))
  for (s in unique(st)) {
    ds <- d[st == s, ]
    ut <- sort(unique(ds$time[ds$status == 1])); S <- 1
    for (t in ut) {
      n_g <- sapply(G, function(g) sum(ds$time >= t & ds$group == g))
      d_g <- sapply(G, function(g) sum(ds$time == t & ds$status == 1 & ds$group == g))
      n <- sum(n_g); dd <- sum(d_g); w <- S^rho * (1 - S)^gamma
      O <- O + w * d_g; E <- E + w * dd * n_g / n
      if (n > 1) V <- V + w^2 * dd * (n - dd) / (n * (n - 1)) * (diag(n_g) - outer(n_g, n_g) / n)
      S <- S * (1 - dd / n)
    }
  }
  use <- which(E > 0)
  u <- (O - E)[use][-1]; vv <- V[use, use][-1, -1, drop = FALSE]
  chi <- if (length(use) >= 2) sum(solve(vv, u) * u) else 0
  list(obs = O, exp = E, var = V, chisq = chi, df = length(use) - 1)
}
lr <- NULL; tr <- NULL; pw <- NULL
for (nm in c("aml", "lung", "ovarian", "veteran", "colon", "ties", "nocens")) {
  d <- cases[[nm]]
  for (stratified in c(FALSE, TRUE)) for (rg in list(c(0, 0), c(1, 0), c(0.5, 0), c(0, 1), c(1, 1))) {
    if (stratified && nm %in% c("ties", "nocens")) next
    h <- fh(d, rg[1], rg[2], stratified)
    if (rg[2] == 0) {  # survdiff itself
      sd <- if (stratified) survdiff(Surv(time, status) ~ group + strata(strata), d, rho = rg[1])
            else survdiff(Surv(time, status) ~ group, d, rho = rg[1])
      obs <- if (is.matrix(sd$obs)) rowSums(sd$obs) else sd$obs
      ex <- if (is.matrix(sd$exp)) rowSums(sd$exp) else sd$exp
      stopifnot(abs(sd$chisq - h$chisq) < 1e-8 * max(1, sd$chisq), max(abs(obs - h$obs)) < 1e-9)
      h$chisq <- sd$chisq; h$obs <- obs; h$exp <- ex; h$var <- sd$var
    }
    k <- length(h$obs)
    lr <- rbind(lr, data.frame(case = nm, rho = rg[1], gamma = rg[2], stratified = as.integer(stratified),
                               chisq = h$chisq, df = h$df, p = pchisq(h$chisq, h$df, lower.tail = FALSE),
                               group = seq_len(k) - 1, obs = h$obs, exp = h$exp, var.diag = diag(h$var),
                               var.first = h$var[, 1]))
  }
  # trend over ordered groups with scores 0, 1, 2, ... (and 1, 2, 4, 8 ... for a second check), with
  # the log-rank weights (survdiff) and Fleming-Harrington G(1, 0) and G(0, 1) weights (fh() above)
  for (rg in list(c(0, 0), c(1, 0), c(0, 1))) {
    sd0 <- if (all(rg == 0)) survdiff(Surv(time, status) ~ group, d) else fh(d, rg[1], rg[2], FALSE)
    for (sc in list(seq_along(sd0$obs) - 1, 2^(seq_along(sd0$obs) - 1))) {
      u <- sum(sc * (sd0$obs - sd0$exp)); v <- drop(t(sc) %*% sd0$var %*% sc)
      tr <- rbind(tr, data.frame(case = nm, rho = rg[1], gamma = rg[2], scores = paste(sc, collapse = " "),
                                 z = u / sqrt(v), chisq = u^2 / v, p = 2 * pnorm(-abs(u / sqrt(v)))))
    }
  }
  # pairwise with Holm
  G <- sort(unique(d$group))
  if (length(G) > 2) {
    pr <- NULL
    for (a in seq_along(G)) for (b in seq_along(G)) if (a < b) {
      sub <- d[d$group %in% G[c(a, b)], ]
      sdp <- survdiff(Surv(time, status) ~ group, sub)
      pr <- rbind(pr, data.frame(case = nm, a = G[a], b = G[b], chisq = sdp$chisq,
                                 p = pchisq(sdp$chisq, 1, lower.tail = FALSE)))
    }
    pr$p.holm <- p.adjust(pr$p, "holm")
    pw <- rbind(pw, pr)
  }
}
put(lr, "logrank.csv",
    c("survdiff(Surv(time, status) ~ group [+ strata(strata)], data, rho = rho) when gamma = 0;",
      "gamma > 0: hand formula fh() in survival_reference.R (weight S(t-)^rho (1-S(t-))^gamma),",
      "which reproduces survdiff for gamma = 0 (asserted). var.first = first column of the variance matrix"))
put(tr, "trend.csv",
    c("sd <- survdiff(Surv(time, status) ~ group, data) (rho = gamma = 0), else fh(data, rho, gamma);",
      "u <- sum(s * (sd$obs - sd$exp));",
      "v <- t(s) %*% sd$var %*% s; z = u / sqrt(v); p = 2 * pnorm(-abs(z))"))
put(pw, "pairwise.csv",
    c("survdiff(Surv(time, status) ~ group, data[group %in% c(a, b), ]) for each pair;",
      "p.holm = p.adjust(p, 'holm') over the pairs of one case (as survminer::pairwise_survdiff)"))

# ---- Aalen-Johansen: mgus2 competing risks (progression = 1, death = 2) -------------------------
etime <- with(mgus2, ifelse(pstat == 0, futime, ptime))
event <- with(mgus2, ifelse(pstat == 0, 2 * death, 1))
put(data.frame(time = etime, cause = event), "data_mgus2.csv",
    "etime <- with(mgus2, ifelse(pstat == 0, futime, ptime)); event <- with(mgus2, ifelse(pstat == 0, 2 * death, 1))")
aj <- survfit(Surv(etime, factor(event)) ~ 1)
put(data.frame(time = aj$time, n.risk = aj$n.risk[, 1], n.censor = aj$n.censor,
               event.free = aj$pstate[, 1], cif1 = aj$pstate[, 2], cif2 = aj$pstate[, 3],
               se1 = aj$std.err[, 2], se2 = aj$std.err[, 3]),
    "aj_mgus2.csv",
    "aj <- survfit(Surv(etime, factor(event)) ~ 1); aj$pstate[, c('(s0)', '1', '2')], aj$std.err[, c('1', '2')]")
