#!/usr/bin/env bash
# Regenerates tests/reference/r_code/: the R code and data that `trialscope-cli km|labs|ae --r-code`
# writes for ten analyses, and what Rscript printed running them (R 4.2.2, survival 3.5-3 here).
# Needs R (r-base-core, r-cran-survival) and a store holding the sample trials and the CDISC pilot:
#   bash tests/reference/r_code.sh build/test/app/trialscope-cli STORE.db
# tests/core/report/test_{survival,lab,ae}_r_code.cpp check the files against this build (CI needs no R).
set -euo pipefail
cli=$(realpath "$1")
db=$(realpath "$2")
cd "$(dirname "$0")/r_code"
run() { "$cli" --db "$db" "$@" > /dev/null; }
run km --study SHI2021 --endpoint OS --r-code shi2021_os.R
run km --study SHI2021 --endpoint HCCFS --conf-type plain --conf-level 0.9 --ties breslow --rho 1 \
  --rmst 36 --ph-test --r-code shi2021_hccfs_options.R
run km --study CDISCPILOT01 --endpoint OS --conf-type log-log --pairwise holm --strata SEX \
  --population SAFFL --ref Placebo --r-code cdiscpilot01_os_options.R
run labs --study CDISCPILOT01 --param ALT --summary median-iqr --population SAFFL --r-code cdiscpilot01_alt.R
run labs --study CDISCPILOT01 --param BILI --summary mean-ci --change --by SEX --r-code cdiscpilot01_bili_change.R
run labs --study SHI2021 --param ALB --summary mean-sd --percent-change --r-code shi2021_alb_percent.R
run ae --study CDISCPILOT01 --r-code cdiscpilot01_ae.R
run ae --study CDISCPILOT01 --population SAFFL --overview --highest --rates --nested --conf-level 0.9 \
  --r-code cdiscpilot01_ae_safety.R
run ae --study CDISCPILOT01 --level soc --grade --related --serious --by SEX --r-code cdiscpilot01_ae_soc.R
run ae --study SHI2021 --r-code shi2021_ae.R
for script in *.R; do Rscript "$script" > "${script%.R}.txt" 2>&1; done
