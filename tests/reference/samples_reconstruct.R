# Reference values for tests/core/reconstruct: KM of the toy reconstruction
#   reconstructArm({n = 40, knots {6: S=0.8, nrisk 30}, {12: nrisk 18}, {15: median}, events 25,
#                   end 30, censorFrom 20}, shape 1)
# whose records the test writes out identically to samples_reconstruct_toy.csv.
# Run: Rscript tests/reference/samples_reconstruct.R > tests/reference/samples_reconstruct.txt
suppressMessages(library(survival))
here <- dirname(sub("--file=", "", grep("--file=", commandArgs(FALSE), value = TRUE)))
d <- read.csv(file.path(here, "samples_reconstruct_toy.csv"))
f <- survfit(Surv(time, status) ~ 1, d)
s <- summary(f, times = c(6, 12, 15))
cat(sprintf("events %d\n", sum(d$status)))
cat(sprintf("median %.10g\n", summary(f)$table["median"]))
for (i in seq_along(s$time)) cat(sprintf("t %g n.risk %d surv %.10g\n", s$time[i], s$n.risk[i], s$surv[i]))
