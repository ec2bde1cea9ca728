# Reference values for tests/samples (Qin 2024 illustrative labs): per parameter x dose group x
# visit of sample_trials/qin2024/adlb.csv: n, mean AVAL, mean CHG and the exact Wilcoxon
# signed-rank P of CHG against 0, as the paper's within-group tests (Statistics: "Signed-rank
# test was proceeded for comparison within group"); then the Kruskal-Wallis P of CHG between the
# 3 groups per visit. A star marks P < 0.05.
#   R: wilcox.test(chg, exact = TRUE)$p.value ; kruskal.test(chg, group)$p.value
# Run: Rscript tests/reference/samples_qin_labs.R > tests/reference/samples_qin_labs.txt
here <- dirname(sub("--file=", "", grep("--file=", commandArgs(FALSE), value = TRUE)))
d <- read.csv(file.path(here, "..", "..", "sample_trials", "qin2024", "adlb.csv"))
d$arm <- substr(sub("QIN2024-", "", d$USUBJID), 1, 1)
arms <- c(L = "Low dose", M = "Medium dose", H = "High dose")
star <- function(p) ifelse(p < 0.05, "*", "")
for (p in unique(d$PARAMCD)) {
  for (a in names(arms)) {
    for (v in c(29, 57, 85, 169)) {
      x <- d[d$PARAMCD == p & d$arm == a & d$AVISITN == v, ]
      pv <- wilcox.test(x$CHG, exact = TRUE)$p.value
      cat(sprintf("%s %s day %d n %d mean %.10g change %.10g signed-rank P %.4f%s\n", p, arms[[a]], v,
                  nrow(x), mean(x$AVAL), mean(x$CHG), pv, star(pv)))
    }
  }
  for (v in c(29, 57, 85, 169)) {
    x <- d[d$PARAMCD == p & d$AVISITN == v, ]
    pv <- kruskal.test(x$CHG, factor(x$arm))$p.value
    cat(sprintf("%s day %d Kruskal-Wallis P %.4f%s\n", p, v, pv, star(pv)))
  }
}
b <- d[d$AVISITN == 1, ]
cat(sprintf("day 1 max ALB %.1f max TBIL %.1f min PTA %.1f; max ALT %.1f; max CHE %.1f\n",
            max(b$AVAL[b$PARAMCD == "ALB"]), max(b$AVAL[b$PARAMCD == "TBIL"]), min(b$AVAL[b$PARAMCD == "PTA"]),
            max(d$AVAL[d$PARAMCD == "ALT"]), max(d$AVAL[d$PARAMCD == "CHE"])))
