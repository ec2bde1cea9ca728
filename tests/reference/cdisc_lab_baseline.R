# ALB by analysis visit on the CDISC pilot, the ADaM way: the baseline is the ABLFL = "Y" record
# (whatever its AVISIT), post-baseline visits are scheduled ANL01FL = "Y" records without DTYPE.
# Run: Rscript tests/reference/cdisc_lab_baseline.R > tests/reference/cdisc_lab_baseline.txt
adlb <- read.csv("../shared/data/cdiscpilot01/adlb.csv", na.strings = c("", "NA"))
adsl <- read.csv("../shared/data/cdiscpilot01/adsl.csv", na.strings = c("", "NA"))
saf <- adsl$USUBJID[adsl$SAFFL == "Y"]
alb <- adlb[adlb$PARAMCD == "ALB" & adlb$USUBJID %in% saf, ]
alb$TRT01A <- adsl$TRT01A[match(alb$USUBJID, adsl$USUBJID)]
base <- alb[!is.na(alb$ABLFL) & alb$ABLFL == "Y", ]
wk2 <- alb[alb$AVISIT == "Week 2" & !is.na(alb$ANL01FL) & alb$ANL01FL == "Y" & is.na(alb$DTYPE), ]
for (arm in c("Placebo", "Xanomeline Low Dose", "Xanomeline High Dose")) {
  b <- base$AVAL[base$TRT01A == arm]
  w <- wk2$AVAL[wk2$TRT01A == arm]
  cat(sprintf("%s baseline n=%d mean=%.15g sd=%.15g | week2 n=%d mean=%.15g\n",
              arm, length(b), mean(b), sd(b), length(w), mean(w)))
}
