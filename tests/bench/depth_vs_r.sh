#!/bin/sh
# Survival in depth on a generated study of N subjects in 2 arms, in one run: the whole
# trialscope-cli process (start, open the store, read, compute, print) of
#   cuminc --endpoint HCC --competing DEATH --by ARM     (Aalen-Johansen + IJ SE + Gray's test)
#   km --endpoint DEATH --by ARM --ph-test               (KM, log-rank, Cox and cox.zph)
#   km --endpoint DEATH --by ARM --rmst TAU              (KM, log-rank, Cox and RMST)
#   km --endpoint DEATH --by ARM --rho 1                 (Fleming-Harrington weighted log-rank)
#   km --endpoint DEATH --by ARM --strata SEX            (stratified log-rank and Cox)
#   km --endpoint DEATH --by ARM3 --pairwise holm        (3 arms: every pair's log-rank, Holm)
# against R computing the same as each command (depth_bench.R, compute only, data already in R),
# best of 3 CPU seconds each, with each command's peak memory; and R's time for the new computation
# alone (cox.zph on the fitted model; summary(rmean) on the fitted curves).
#   tests/bench/depth_vs_r.sh [BUILD_DIR] [N]
# BUILD_DIR defaults to build/test; N to 1000000. HCC and death times exponential (hazards per day:
# HCC 0.0004 placebo, 0.0003 drug; death 0.001), uniform censoring over 1500 days; awk's seeded rand.
# Needs Rscript with survival and cmprsk, and /usr/bin/time (Debian package `time`).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build/test}
n=${2:-1000000}
tau=1000
cli="$build/app/trialscope-cli"
[ -x "$cli" ] || { echo "$cli: not built" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
awk -v n="$n" -v seed=11 -v dir="$tmp" 'BEGIN {
  srand(seed); adsl = dir "/adsl.csv"; adtte = dir "/adtte.csv"
  print "STUDYID,USUBJID,ARM,TRT01A,SEX,ARM3" > adsl
  print "STUDYID,USUBJID,PARAMCD,PARAM,AVAL,AVALU,CNSR" > adtte
  for (i = 1; i <= n; i++) {
    id = sprintf("CR-%08d", i); arm = rand() < 0.5 ? "Placebo" : "Drug"
    sex = rand() < 0.5 ? "F" : "M"; u = rand(); arm3 = u < 1 / 3 ? "A" : u < 2 / 3 ? "B" : "C"
    print "CR," id "," arm "," arm "," sex "," arm3 > adsl
    c = rand() * 1500
    h = -log(1 - rand()) / (arm == "Drug" ? 0.0003 : 0.0004); d = -log(1 - rand()) / 0.001
    print "CR," id ",HCC,Hepatocellular carcinoma," int(h <= c ? h : c) + 1 ",DAYS," (h <= c ? 0 : 1) > adtte
    print "CR," id ",DEATH,Death," int(d <= c ? d : c) + 1 ",DAYS," (d <= c ? 0 : 1) > adtte
  } }'
db="$tmp/cr.db"
"$cli" --db "$db" import "$tmp" > /dev/null
best() {   # best() FILE...: the smallest CPU (user + system), its wall and peak KB of /usr/bin/time lines
  cat "$@" | awk '{ cpu = $2 + $3; if (b == "" || cpu < b) { b = cpu; w = $1; m = $4 } }
                  END { printf "%.3f %.3f %d\n", b, w, m }'
}
run() {    # run NAME ARGS...: three timed runs of trialscope-cli
  name=$1; shift
  for i in 1 2 3; do
    /usr/bin/time -f "%e %U %S %M" -o "$tmp/$name$i.t" "$cli" --db "$db" "$@" > "$tmp/$name.json"
  done
}
run cuminc cuminc --study CR --endpoint HCC --competing DEATH --by ARM
run ph km --study CR --endpoint DEATH --by ARM --ph-test
run rmst km --study CR --endpoint DEATH --by ARM --rmst "$tau"
run fh km --study CR --endpoint DEATH --by ARM --rho 1
run strata km --study CR --endpoint DEATH --by ARM --strata SEX
run pairwise km --study CR --endpoint DEATH --by ARM3 --pairwise holm
Rscript "$here/depth_bench.R" "$tmp/adsl.csv" "$tmp/adtte.csv" "$tau" 3 > "$tmp/r.out" 2> "$tmp/r.err"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $n subjects, store $(du -m "$db" | cut -f1) MB"
for name in cuminc ph rmst fh strata pairwise; do
  set -- $(best "$tmp/$name"?.t)
  r=$(awk -v k="$name" '$1 == k { print $2 }' "$tmp/r.out")
  printf '%-7s trialscope-cli %s s CPU, %s s wall, %d MB peak; R %s s CPU; ratio R / TrialScope %.1f\n' \
    "$name" "$1" "$2" $(($3 / 1024)) "$r" "$(echo "$r / $1" | bc -l)"
done
awk '$1 ~ /_alone$/ { printf "R, the new computation alone: %s %s s CPU\n", $1, $2 }' "$tmp/r.out"
grep '^# R:' "$tmp/r.err"
grep -o '"gray":{"chisq":[^,]*' "$tmp/cuminc.json" | sed 's/^/# TrialScope: /'
grep -o '"global":{"chisq":[^,]*' "$tmp/ph.json" | sed 's/^/# TrialScope: /'
grep -o '"rmst":{"tau":[^,]*,"estimate":[^,]*' "$tmp/rmst.json" | sed 's/^/# TrialScope: /'
for name in fh strata; do grep -o '"logrank":{"chisq":[^,]*' "$tmp/$name.json" | sed "s/^/# TrialScope $name: /"; done
grep -o '"p_adjusted":[^}]*' "$tmp/pairwise.json" | sed 's/^/# TrialScope pairwise: /'
