# Golden values for the lab and adverse-event kernels (core/stats: describe, t_test, wilcoxon,
# kruskal_wallis, anova, chi_square, fisher_exact, wilson, risk_difference).
# Run: Rscript tests/reference/labs_ae_reference.R > tests/reference/labs_ae_reference.txt
# (R 4.2, base stats only). Each output line is "<R call> => values", printed to 15 digits.
options(warn = -1)
show <- function(call, values) {
  cat(call, "=>", paste(sprintf("%.15g", unname(values)), collapse = " "), "\n")
}
# The CI is t.test(x)$conf.int written out, because t.test stops on constant data.
describe <- function(label, x) {
  q <- quantile(x, c(0.25, 0.5, 0.75), type = 7)
  se <- sd(x) / sqrt(length(x))
  ci <- mean(x) + c(-1, 1) * qt(0.975, length(x) - 1) * se
  show(paste0("n, mean, sd, sd/sqrt(n), mean -/+ qt(.975, n-1) se, quantile(x, c(.25,.5,.75)), min, max; x = ", label),
       c(length(x), mean(x), sd(x), se, ci, q, min(x), max(x)))
}
tt <- function(call) {
  r <- eval(parse(text = call))
  show(call, c(r$statistic, r$parameter, r$p.value, r$conf.int, r$stderr))
}
wt <- function(call) {
  r <- eval(parse(text = call))
  show(paste0(call, " [", r$method, "]"), c(r$statistic, r$p.value))
}

cat("## describe\n")
describe("sleep$extra", sleep$extra)
show("t.test(sleep$extra)$conf.int", t.test(sleep$extra)$conf.int)
describe("na.omit(airquality$Ozone)", as.numeric(na.omit(airquality$Ozone)))
describe("c(1, 2, 3, 4)", c(1, 2, 3, 4))
describe("c(4, 4, 4, 4, 4)", c(4, 4, 4, 4, 4))
show("quantile(mtcars$mpg, c(0, 0.1, 0.25, 0.5, 0.9, 1), type = 7)",
     quantile(mtcars$mpg, c(0, 0.1, 0.25, 0.5, 0.9, 1), type = 7))
show("quantile(c(1e9 + 1, 1e9 + 2, 1e9 + 3), c(0.25, 0.5)), sd(c(1e9 + 1, 1e9 + 2, 1e9 + 3))",
     c(quantile(c(1e9 + 1, 1e9 + 2, 1e9 + 3), c(0.25, 0.5)), sd(c(1e9 + 1, 1e9 + 2, 1e9 + 3))))

cat("## t.test: statistic, df, p, conf.int, stderr\n")
tt("t.test(extra ~ group, data = sleep)")
tt("t.test(sleep$extra[1:10], sleep$extra[11:20], paired = TRUE)")
tt("t.test(mtcars$mpg, mu = 20)")
tt("t.test(len ~ supp, data = ToothGrowth)")
tt("t.test(len ~ supp, data = ToothGrowth, conf.level = 0.9)")
tt("t.test(c(1, 2, 3), c(10, 10, 10))")

cat("## wilcox.test: statistic, p\n")
wx <- c(0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46)
wy <- c(1.15, 0.88, 0.90, 0.74, 1.21)
dx <- c(1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30)
dy <- c(0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29)
wt("wilcox.test(c(0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46), c(1.15, 0.88, 0.90, 0.74, 1.21))")
wt("wilcox.test(c(1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30), c(0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29), paired = TRUE)")
wt("wilcox.test(extra ~ group, data = sleep)")
wt("wilcox.test(sleep$extra[1:10], sleep$extra[11:20], paired = TRUE)")
wt("wilcox.test(mpg ~ am, data = mtcars)")
wt("wilcox.test(airquality$Ozone[airquality$Month == 5], airquality$Ozone[airquality$Month == 8])")
wt("wilcox.test(sleep$extra, mu = 1)")
wt("wilcox.test((1:49) - 20.3)")
wt("wilcox.test((1:50) - 20.3)")
wt("wilcox.test((1:49) - 20.3, correct = FALSE, exact = FALSE)")
wt("wilcox.test(0.37 * (1:30) + 0.011 * (1:30)^2, 0.41 * (1:25) + 0.5)")
wt("wilcox.test(0.37 * (1:30) + 0.011 * (1:30)^2, 0.41 * (1:55) + 0.5)")
wt("wilcox.test((1:60) - 20.3, exact = TRUE)")
wt("wilcox.test(0.37 * (1:60) + 0.011 * (1:60)^2, 0.413 * (1:70) + 0.5001, exact = TRUE)")
wt("wilcox.test((1:250) - 20.3, exact = FALSE)")
wt("wilcox.test(c(1, 2, 3), c(4, 5, 6))")
wt("wilcox.test(c(1), c(2))")
show("psignrank(10, 20), psignrank(150, 20, lower.tail = FALSE), pwilcox(100, 30, 25), pwilcox(700, 30, 25, lower.tail = FALSE), pwilcox(3, 49, 49)",
     c(psignrank(10, 20), psignrank(150, 20, lower.tail = FALSE), pwilcox(100, 30, 25),
       pwilcox(700, 30, 25, lower.tail = FALSE), pwilcox(3, 49, 49)))

cat("## kruskal.test: statistic, df, p\n")
kt <- function(call) { r <- eval(parse(text = call)); show(call, c(r$statistic, r$parameter, r$p.value)) }
kt("kruskal.test(count ~ spray, data = InsectSprays)")
kt("kruskal.test(Ozone ~ Month, data = airquality)")
kt("kruskal.test(weight ~ group, data = PlantGrowth)")

cat("## anova(lm): Df, Sum Sq, Mean Sq (group, residual), F, p\n")
at <- function(call) {
  a <- eval(parse(text = call))
  show(call, c(a$Df, a$`Sum Sq`, a$`Mean Sq`, a$`F value`[1], a$`Pr(>F)`[1]))
}
at("anova(lm(weight ~ group, data = PlantGrowth))")
at("anova(lm(breaks ~ tension, data = warpbreaks))")
at("anova(lm(count ~ spray, data = InsectSprays))")
r <- oneway.test(weight ~ group, data = PlantGrowth, var.equal = TRUE)
show("oneway.test(weight ~ group, data = PlantGrowth, var.equal = TRUE)", c(r$statistic, r$parameter, r$p.value))

cat("## chisq.test: statistic, df, p, expected (column-major as R stores it)\n")
ct <- function(call) { r <- eval(parse(text = call)); show(call, c(r$statistic, r$parameter, r$p.value, r$expected)) }
ct("chisq.test(matrix(c(12, 5, 7, 9), 2))")
ct("chisq.test(matrix(c(12, 5, 7, 9), 2), correct = FALSE)")
ct("chisq.test(matrix(c(5, 5, 5, 6), 2))")
ct("chisq.test(table(mtcars$cyl, mtcars$gear))")
ct("chisq.test(apply(HairEyeColor, c(1, 2), sum))")
ct("chisq.test(matrix(c(3, 83, 12, 72), 2))")

cat("## fisher.test: p, estimate, conf.int (R's uniroot, tol ~1.2e-4)\n")
ft <- function(call) { r <- eval(parse(text = call)); show(call, c(r$p.value, r$estimate, r$conf.int)) }
tables <- list(c(3, 1, 1, 3), c(10, 2, 3, 15), c(45, 30, 22, 51), c(3, 83, 12, 72), c(0, 5, 6, 4), c(5, 0, 2, 7), c(7, 3, 5, 5))
for (t in tables) ft(sprintf("fisher.test(matrix(c(%s), 2))", paste(t, collapse = ", ")))
ft("fisher.test(matrix(c(10, 2, 3, 15), 2), conf.level = 0.9)")

cat("## conditional MLE and exact CI of the odds ratio solved to 1e-13 on the log scale\n")
cat("## (the equations of fisher.test, with dhyper; R's own uniroot stops at ~1e-4)\n")
precise <- function(x, level = 0.95) {
  m <- sum(x[, 1]); n <- sum(x[, 2]); k <- sum(x[1, ]); a <- x[1, 1]
  lo <- max(0, k - n); hi <- min(k, m); s <- lo:hi
  logdc <- dhyper(s, m, n, k, log = TRUE)
  d <- function(u) { e <- logdc + u * s; e <- exp(e - max(e)); e / sum(e) }
  alpha <- (1 - level) / 2
  root <- function(f) uniroot(f, c(-30, 30), tol = 1e-13, extendInt = "yes")$root
  est <- if (a == lo) 0 else if (a == hi) Inf else exp(root(function(u) sum(s * d(u)) - a))
  lower <- if (a == lo) 0 else exp(root(function(u) sum(d(u)[s >= a]) - alpha))
  upper <- if (a == hi) Inf else exp(root(function(u) sum(d(u)[s <= a]) - alpha))
  c(est, lower, upper)
}
for (t in tables) show(sprintf("precise(matrix(c(%s), 2))", paste(t, collapse = ", ")), precise(matrix(t, 2)))
show("precise(matrix(c(10, 2, 3, 15), 2), 0.9)", precise(matrix(c(10, 2, 3, 15), 2), 0.9))

cat("## fisher.test on 2 x k tables (events, non-events by group): p\n")
fk <- function(events, totals) {
  call <- sprintf("fisher.test(rbind(c(%s), c(%s) - c(%s)))", paste(events, collapse = ", "),
                  paste(totals, collapse = ", "), paste(events, collapse = ", "))
  show(call, eval(parse(text = call))$p.value)
}
fk(c(3, 8, 12), c(86, 84, 84))
fk(c(1, 4, 0, 5), c(10, 10, 10, 10))
fk(c(10, 3), c(12, 18))
fk(c(2, 2, 2), c(20, 20, 20))
fk(c(40, 52, 61), c(100, 100, 100))

cat("## proportions: prop.test(correct = FALSE)$conf.int (Wilson for one, Wald for two)\n")
show("prop.test(56, 70, correct = FALSE)$conf.int", prop.test(56, 70, correct = FALSE)$conf.int)
show("prop.test(48, 80, correct = FALSE)$conf.int", prop.test(48, 80, correct = FALSE)$conf.int)
show("prop.test(0, 10, correct = FALSE)$conf.int", prop.test(0, 10, correct = FALSE)$conf.int)
show("prop.test(c(56, 48), c(70, 80), correct = FALSE)$conf.int", prop.test(c(56, 48), c(70, 80), correct = FALSE)$conf.int)
show("prop.test(c(3, 12), c(86, 84), correct = FALSE)$conf.int", prop.test(c(3, 12), c(86, 84), correct = FALSE)$conf.int)
newcombe <- function(x1, n1, x2, n2, level = 0.95) {
  w1 <- prop.test(x1, n1, correct = FALSE, conf.level = level)$conf.int
  w2 <- prop.test(x2, n2, correct = FALSE, conf.level = level)$conf.int
  p1 <- x1 / n1; p2 <- x2 / n2; d <- p1 - p2
  c(d, d - sqrt((p1 - w1[1])^2 + (w2[2] - p2)^2), d + sqrt((w1[2] - p1)^2 + (p2 - w2[1])^2))
}
show("newcombe(56, 70, 48, 80)", newcombe(56, 70, 48, 80))
show("newcombe(3, 86, 12, 84)", newcombe(3, 86, 12, 84))
show("newcombe(0, 10, 0, 12)", newcombe(0, 10, 0, 12))
show("newcombe(10, 10, 0, 20)", newcombe(10, 10, 0, 20))
show("newcombe(3, 86, 12, 84, 0.9)", newcombe(3, 86, 12, 84, 0.9))

cat("## CDISC pilot (TRIALSCOPE_SHARED_DIR/data/cdiscpilot01): ALT change from baseline at Week 24\n")
cat("## (PARAMCD == 'ALT', AVISIT == 'Week 24', ANL01FL == 'Y') by TRTA; AE: treatment-emergent\n")
cat("## APPLICATION SITE PRURITUS subjects by TRT01A over SAFFL == 'Y' subjects\n")
pilot <- file.path(Sys.getenv("TRIALSCOPE_SHARED_DIR", "/work/shared"), "data", "cdiscpilot01")
adlb <- read.csv(file.path(pilot, "adlb.csv"))
alt <- subset(adlb, PARAMCD == "ALT" & AVISIT == "Week 24" & ANL01FL == "Y")
arms <- c("Placebo", "Xanomeline Low Dose", "Xanomeline High Dose")
for (a in arms) describe(sprintf("alt$CHG[alt$TRTA == '%s']", a), alt$CHG[alt$TRTA == a])
tt("t.test(alt$CHG[alt$TRTA == 'Xanomeline High Dose'], alt$CHG[alt$TRTA == 'Placebo'])")
wt("wilcox.test(alt$CHG[alt$TRTA == 'Xanomeline High Dose'], alt$CHG[alt$TRTA == 'Placebo'])")
kt("kruskal.test(CHG ~ TRTA, data = alt)")
at("anova(lm(CHG ~ TRTA, data = alt))")
adsl <- read.csv(file.path(pilot, "adsl.csv"))
adae <- read.csv(file.path(pilot, "adae.csv"))
saf <- subset(adsl, SAFFL == "Y")
pr <- subset(adae, AEDECOD == "APPLICATION SITE PRURITUS" & TRTEMFL == "Y" & USUBJID %in% saf$USUBJID)
events <- sapply(arms, function(a) length(unique(pr$USUBJID[pr$TRT01A == a])))
totals <- sapply(arms, function(a) sum(saf$TRT01A == a))
show("events, totals (Placebo, Low, High)", c(events, totals))
show("fisher.test(rbind(events, totals - events))$p.value", fisher.test(rbind(events, totals - events))$p.value)
ct("chisq.test(rbind(events, totals - events))")
hp <- matrix(c(events[3], totals[3] - events[3], events[1], totals[1] - events[1]), 2)
r <- fisher.test(hp); show("fisher.test(high vs placebo: matrix(c(e3, n3 - e3, e1, n1 - e1), 2))", c(r$p.value, r$estimate, r$conf.int))
show("precise(high vs placebo)", precise(hp))
show("newcombe(e3, n3, e1, n1)", newcombe(events[3], totals[3], events[1], totals[1]))
