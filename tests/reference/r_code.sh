#!/usr/bin/env bash
# Regenerates tests/reference/r_code/: the R code and data `trialscope-cli km --r-code` writes for
# three analyses, and what Rscript printed running them (R 4.2.2, survival 3.5-3 here). Needs R
# (r-base-core, r-cran-survival) and a store holding the sample trials and the CDISC pilot:
#   bash tests/reference/r_code.sh build/test/app/trialscope-cli STORE.db
# tests/core/report/test_survival_r_code.cpp checks the files against this build (CI needs no R).
set -euo pipefail
cli=$(realpath "$1")
db=$(realpath "$2")
cd "$(dirname "$0")/r_code"
"$cli" --db "$db" km --study SHI2021 --endpoint OS --r-code shi2021_os.R > /dev/null
"$cli" --db "$db" km --study SHI2021 --endpoint HCCFS --conf-type plain --conf-level 0.9 --ties breslow --rho 1 \
  --rmst 36 --ph-test --r-code shi2021_hccfs_options.R > /dev/null
"$cli" --db "$db" km --study CDISCPILOT01 --endpoint OS --conf-type log-log --pairwise holm --strata SEX \
  --population SAFFL --ref Placebo --r-code cdiscpilot01_os_options.R > /dev/null
for script in *.R; do Rscript "$script" > "${script%.R}.txt" 2>&1; done
