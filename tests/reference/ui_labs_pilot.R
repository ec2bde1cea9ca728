# Reference values for tests/ui/labs/test_labs_view.cpp (CDISC pilot ADLB, ALT at Baseline by treatment).
# The baseline point of the lab time course summarises the analysis baseline records (ABLFL = "Y",
# whatever their AVISIT; ADaM may flag an unscheduled pre-dose record), one per subject.
# Run from the repository root:  Rscript tests/reference/ui_labs_pilot.R > tests/reference/ui_labs_pilot.txt
adlb <- read.csv(file.path(Sys.getenv("TRIALSCOPE_SHARED_DIR", "../shared"), "data/cdiscpilot01/adlb.csv"))
s <- subset(adlb, PARAMCD == "ALT" & ABLFL == "Y")
print(tapply(s$AVAL, s$TRTA, length))
print(tapply(s$AVAL, s$TRTA, mean), digits = 15)
print(tapply(s$AVAL, s$TRTA, sd), digits = 15)
# The view's default for ALT is median (IQR) (skewed liver test): quantile type 7, R's default.
print(tapply(s$AVAL, s$TRTA, median), digits = 15)
print(tapply(s$AVAL, s$TRTA, quantile, probs = c(0.25, 0.75)), digits = 15)
