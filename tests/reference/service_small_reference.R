# Reference values for the lab and AE service-layer tests on tiny hand-made data
# (tests/core/analysis/test_lab_analysis.cpp, test_ae_analysis.cpp).
# Run: Rscript tests/reference/service_small_reference.R > tests/reference/service_small_reference.txt
options(digits = 15)
a <- c(1, 2, 3, 4); b <- c(2, 4, 6)
cat("sd_a", sd(a), "se_a", sd(a) / 2, "ci_a", t.test(a)$conf.int, "\n")
cat("welch_p", t.test(a, b)$p.value, "\n")
cat("wilcox_p", suppressWarnings(wilcox.test(a, b))$p.value, "\n")
cat("quantile_a", quantile(a, c(0.25, 0.5, 0.75)), "\n")
c3 <- c(10, 11)
cat("anova_p", anova(lm(v ~ g, data.frame(v = c(a, b, c3), g = factor(rep(1:3, c(4, 3, 2))))))[1, 5], "\n")
# AE: group A n = 4 with 3 subjects with Nausea, group B n = 4 with 0
cat("fisher_p", fisher.test(matrix(c(3, 1, 0, 4), 2, byrow = TRUE))$p.value, "\n")
cat("fisher_p_1_1", fisher.test(matrix(c(1, 3, 1, 3), 2, byrow = TRUE))$p.value, "\n")
cat("qt_975_15", qt(0.975, 15), "\n")
