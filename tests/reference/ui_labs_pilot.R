# Reference values for tests/ui/test_labs_view.cpp (CDISC pilot ADLB, ALT at Baseline by treatment).
# The lab time course uses the analysis records: ANL01FL or ABLFL = "Y", DTYPE empty (no derived
# records), scheduled visits (the importer's LabRecord::byVisit rule).
# Run from the repository root:  Rscript tests/reference/ui_labs_pilot.R > tests/reference/ui_labs_pilot.txt
adlb <- read.csv(file.path(Sys.getenv("TRIALSCOPE_SHARED_DIR", "../shared"), "data/cdiscpilot01/adlb.csv"))
adlb <- subset(adlb, (ANL01FL == "Y" | ABLFL == "Y") & DTYPE == "" & !grepl("^UNSCHED", toupper(AVISIT)))
s <- subset(adlb, PARAMCD == "ALT" & AVISIT == "Baseline")
print(tapply(s$AVAL, s$TRTA, length))
print(tapply(s$AVAL, s$TRTA, mean), digits = 15)
print(tapply(s$AVAL, s$TRTA, sd), digits = 15)
cat("ALT visits\n"); print(table(subset(adlb, PARAMCD == "ALT")$AVISIT))
