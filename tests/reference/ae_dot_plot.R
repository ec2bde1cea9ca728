# The AE dot plot's numbers (core/analysis/ae_dot_plot.h) on the CDISC pilot, from the delivered XPT
# files: safety population (SAFFL = Y), treatment-emergent events (TRTEMFL = Y), subjects once per
# preferred term, Xanomeline High Dose against Placebo, terms with >= 5% in some arm.
#   Rscript tests/reference/ae_dot_plot.R PILOT_DIR > tests/reference/ae_dot_plot.txt
# Risk difference with Newcombe's hybrid score interval (method 10 of Newcombe 1998), from the
# Wilson intervals prop.test(correct = FALSE) gives; relative risk with the Wald interval of its log,
# 0.5 added to every cell when one is 0 (as epitools::riskratio.wald(correction = TRUE)); fisher.test.
# Prints dot|TERM|x_arm|n_arm|x_control|n_control|rd|lower|upper|rr|rr_lower|rr_upper|p (rd in points).
suppressMessages(library(haven))
options(digits = 15)
pilot <- commandArgs(trailingOnly = TRUE)[1]
adsl <- read_xpt(file.path(pilot, "adsl.xpt"))
adae <- read_xpt(file.path(pilot, "adae.xpt"))
adsl <- adsl[adsl$SAFFL == "Y", ]
adae <- adae[adae$TRTEMFL %in% "Y" & adae$USUBJID %in% adsl$USUBJID, ]
adae$ARM <- adsl$TRT01A[match(adae$USUBJID, adsl$USUBJID)]
n <- table(adsl$TRT01A)
arm <- "Xanomeline High Dose"; control <- "Placebo"
wilson <- function(x, m) suppressWarnings(prop.test(x, m, correct = FALSE)$conf.int)
for (term in sort(unique(adae$AEDECOD))) {
  who <- adae[adae$AEDECOD == term, ]
  x <- sapply(names(n), function(g) length(unique(who$USUBJID[who$ARM == g])))
  if (max(100 * x / n) < 5) next
  x1 <- x[[arm]]; n1 <- n[[arm]]; x2 <- x[[control]]; n2 <- n[[control]]
  p1 <- x1 / n1; p2 <- x2 / n2; d <- p1 - p2
  w1 <- wilson(x1, n1); w2 <- wilson(x2, n2)
  lower <- d - sqrt((p1 - w1[1])^2 + (w2[2] - p2)^2)
  upper <- d + sqrt((w1[2] - p1)^2 + (p2 - w2[1])^2)
  a <- x1; b <- x2; m1 <- n1; m2 <- n2
  if (a == 0 || b == 0 || a == m1 || b == m2) { a <- a + 0.5; b <- b + 0.5; m1 <- m1 + 1; m2 <- m2 + 1 }
  rr <- (a / m1) / (b / m2)
  se <- sqrt(1 / a - 1 / m1 + 1 / b - 1 / m2)
  p <- fisher.test(matrix(c(x1, n1 - x1, x2, n2 - x2), 2))$p.value
  cat("dot", term, x1, n1, x2, n2, 100 * d, 100 * lower, 100 * upper, rr, exp(log(rr) - qnorm(0.975) * se),
      exp(log(rr) + qnorm(0.975) * se), p, sep = "|", "\n")
}
