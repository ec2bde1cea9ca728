#!/usr/bin/env bash
# Writes the JSON of trialscope-cli's read commands on the sample trials and the CDISC pilot, one
# file per call, into OUT: the snapshot that tests/cli/golden holds and that CTest compares the
# current build against (cli:json-golden), so a refactoring that changes any printed number,
# name or order fails. The import time in `studies` is blanked (it is the only value that
# changes from run to run).
#
# usage: tests/cli/json_snapshot.sh CLI PILOT_DIR OUT [GOLDEN]
#   with GOLDEN, compares OUT with it afterwards: exit 1 and the differing files when they differ.
#   To accept a deliberate change: run without GOLDEN into tests/cli/golden and commit it.
set -euo pipefail
cli=$1 pilot=$2 out=$3 golden=${4:-}
src="$(cd "$(dirname "$0")/../.." && pwd)"
rm -rf "$out"
mkdir -p "$out"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
db="$scratch/snapshot.db"

run() {   # run NAME ARGS...: the JSON of one call
  local name=$1
  shift
  "$cli" --db "$db" "$@" > "$out/$name.json"
}

for s in "$src"/sample_trials/*/ "$pilot"; do "$cli" --db "$db" import "$s" > /dev/null; done
"$cli" --db "$db" studies | sed -E 's/"imported_at":"[^"]*"/"imported_at":""/g' > "$out/studies.json"

for study in SHI2021 LI2023 QIN2024; do
  run "km_${study}_OS" km --study "$study" --endpoint OS
  run "km_${study}_OS_times" km --study "$study" --endpoint OS --times 6,12,24,36
done
run km_SHI2021_OS_options km --study SHI2021 --endpoint OS --conf-type log-log --conf-level 0.9 --ties breslow --landmark 12
run km_LI2023_OS_psm km --study LI2023 --endpoint OS --population PSMFL --conf-type plain
run cuminc_SHI2021_HCC cuminc --study SHI2021 --endpoint HCC --competing OS --times 12,24,36,60
run cuminc_LI2023_HCC_psm cuminc --study LI2023 --endpoint HCC --competing OS --population PSMFL
for endpoint in OS PFS RSD; do
  run "km_CDISCPILOT01_$endpoint" km --study CDISCPILOT01 --endpoint "$endpoint"
  run "km_CDISCPILOT01_${endpoint}_times" km --study CDISCPILOT01 --endpoint "$endpoint" --times 30,60,90,180
done
run km_CDISCPILOT01_OS_sex km --study CDISCPILOT01 --endpoint OS --by SEX --conf-type arcsin --times 50,100
run km_CDISCPILOT01_OS_ref km --study CDISCPILOT01 --endpoint OS --ref "Xanomeline High Dose" --conf-type logit --times 100

for param in ALT AST BILI ALKPH ALB; do
  for summary in mean-sd median-iqr; do
    run "labs_CDISCPILOT01_${param}_$summary" labs --study CDISCPILOT01 --param "$param" --summary "$summary"
  done
  run "labs_CDISCPILOT01_${param}_change" labs --study CDISCPILOT01 --param "$param" --change --summary mean-se
done
run labs_CDISCPILOT01_ALT_pct labs --study CDISCPILOT01 --param ALT --percent-change --summary mean-ci --population SAFFL
for param in ALB TBIL PTA CHE; do run "labs_SHI2021_$param" labs --study SHI2021 --param "$param"; done
for param in ALT ALB; do run "labs_QIN2024_$param" labs --study QIN2024 --param "$param" --summary median-iqr; done
run labs_JIA2020_ALT labs --study JIA2020 --param ALT --change
run labs_JIA2020_MELD labs --study JIA2020 --param MELD --change

for study in CDISCPILOT01 SHI2021; do
  run "ae_${study}_pt" ae --study "$study"
  run "ae_${study}_soc" ae --study "$study" --level soc
done
run ae_QIN2024_pt ae --study QIN2024
run ae_CDISCPILOT01_grade ae --study CDISCPILOT01 --level soc --grade
run ae_CDISCPILOT01_related ae --study CDISCPILOT01 --related --serious
run ae_CDISCPILOT01_saf ae --study CDISCPILOT01 --population SAFFL --by SEX

if [ -n "$golden" ]; then
  diff -r -q "$golden" "$out" && echo "JSON of $(ls "$out" | wc -l) calls identical to $golden"
fi
