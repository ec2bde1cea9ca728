#!/bin/sh
# The team library (PostgreSQL) against the reference tools, same machine, same run:
#   import  trialscope-cli import of ADSL + a 1,000,000-row ADLB (whole process: parse, validate,
#           write by COPY, commit) against psql's \copy of the same adlb.csv into a plain table;
#   list    trialscope-cli studies (whole process: start, connect, list) on a library of 1,000 studies;
#   km      trialscope-cli km (whole process) on a 10^6-subject, 2-arm study in the library against R
#           survival's survfit + survdiff + coxph(ties = "efron") on the same data (compute only).
# A throwaway cluster of its own (tests/server/cluster.sh) serves the library; best of 3 each.
#   tests/bench/server_vs_reference.sh [BUILD_DIR] [N]      (N: subjects of the km study, 1000000)
# Needs psql, Rscript with survival, /usr/bin/time (Debian packages postgresql-client, r-cran-survival, time).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build/test}
n=${2:-1000000}
cli="$build/app/trialscope-cli"
[ -x "$cli" ] || { echo "$cli: not built" >&2; exit 1; }
tmp=$(mktemp -d /tmp/tsbench.XXXXXX)
chmod 755 "$tmp"
host="$tmp/pg"
trap 'sh "$here/../server/cluster.sh" stop "$host"; rm -rf "$tmp"' EXIT
sh "$here/../server/cluster.sh" start "$host"
uri() { echo "postgresql://postgres@/$1?host=$host"; }
psql -q "$(uri postgres)" -c "CREATE DATABASE lib" -c "CREATE DATABASE plain"
best() {   # best FILE...: the smallest wall, its CPU (user + system) and peak kB of /usr/bin/time lines "%e %U %S %M"
  cat "$@" | awk '{ if (b == "" || $1 < b) { b = $1; c = $2 + $3; m = $4 } } END { printf "%.3f %.3f %d\n", b, c, m }'
}
timed() { out=$1; shift; /usr/bin/time -f "%e %U %S %M" -o "$out" "$@" > /dev/null; }

# --- import: 20,000 subjects, 50 ALT/AST/BILI records each = 10^6 ADLB rows
mkdir -p "$tmp/lab"
awk -v dir="$tmp/lab" 'BEGIN {
  srand(11); adsl = dir "/adsl.csv"; adlb = dir "/adlb.csv"
  print "STUDYID,USUBJID,ARM,TRT01A,SAFFL" > adsl
  print "STUDYID,USUBJID,PARAMCD,PARAM,AVISIT,AVISITN,AVAL,ANRHI" > adlb
  for (i = 1; i <= 20000; i++) {
    id = sprintf("LAB-%06d", i); arm = i % 2 ? "Drug" : "Placebo"
    print "LAB," id "," arm "," arm ",Y" > adsl
    for (v = 0; v < 50; v++) {
      p = v % 3 == 0 ? "ALT,Alanine Aminotransferase (U/L)" : v % 3 == 1 ? "AST,Aspartate Aminotransferase (U/L)" : "BILI,Bilirubin (umol/L)"
      printf "LAB,%s,%s,Week %d,%d,%.1f,%d\n", id, p, v, v, 10 + rand() * 60, 40 >> adlb
    } } }'
rows=$(($(wc -l < "$tmp/lab/adlb.csv") - 1))
"$cli" --db "$(uri lib)" init > /dev/null
psql -q "$(uri plain)" -c "CREATE TABLE adlb(studyid text, usubjid text, paramcd text, param text, avisit text, avisitn double precision, aval double precision, anrhi double precision)"
for i in 1 2 3; do
  timed "$tmp/imp$i.t" "$cli" --db "$(uri lib)" import "$tmp/lab"
  psql -q "$(uri plain)" -c "TRUNCATE adlb"
  timed "$tmp/copy$i.t" psql -q "$(uri plain)" -c "\\copy adlb FROM '$tmp/lab/adlb.csv' CSV HEADER"
done
set -- $(best "$tmp"/imp?.t); imp_wall=$1 imp_cpu=$2
set -- $(best "$tmp"/copy?.t); copy_wall=$1

# --- list: 1,000 small studies (20 subjects, one endpoint each), imported in one batch
mkdir -p "$tmp/many"
awk -v dir="$tmp/many" 'BEGIN {
  for (s = 1; s <= 1000; s++) {
    d = sprintf("%s/S%04d", dir, s); system("mkdir -p " d); sid = sprintf("S%04d", s)
    print "STUDYID,USUBJID,ARM,TRT01A" > (d "/adsl.csv"); print "STUDYID,USUBJID,PARAMCD,PARAM,AVAL,CNSR" > (d "/adtte.csv")
    for (i = 1; i <= 20; i++) {
      print sid "," sid "-" i "," (i % 2 ? "A" : "B") "," (i % 2 ? "A" : "B") > (d "/adsl.csv")
      print sid "," sid "-" i ",OS,Overall survival," i * 7 "," (i % 3 == 0 ? 1 : 0) > (d "/adtte.csv")
    }
    close(d "/adsl.csv"); close(d "/adtte.csv") } }'
psql -q "$(uri postgres)" -c "CREATE DATABASE many"
"$cli" --db "$(uri many)" init > /dev/null
"$cli" --db "$(uri many)" import "$tmp"/many/S* > /dev/null
for i in 1 2 3; do
  timed "$tmp/list$i.t" "$cli" --db "$(uri many)" studies
  timed "$tmp/psql$i.t" psql -q "$(uri many)" -c "SELECT * FROM trialscope.study"
done
listed=$("$cli" --db "$(uri many)" studies | grep -o '"study":' | wc -l)
set -- $(best "$tmp"/list?.t); list_wall=$1
set -- $(best "$tmp"/psql?.t); psql_wall=$1

# --- km: n subjects, the data of km_process_vs_r.sh
mkdir -p "$tmp/big"
sh "$here/make_km_study.sh" "$tmp/big" "$n"
timed "$tmp/bigimport.t" "$cli" --db "$(uri lib)" import "$tmp/big"
for i in 1 2 3; do
  /usr/bin/time -f "%e %U %S %M" -o "$tmp/km$i.t" "$cli" --db "$(uri lib)" km --study BIG --endpoint OS --by ARM > "$tmp/km.json"
done
set -- $(best "$tmp"/km?.t); km_wall=$1 km_cpu=$2 km_kb=$3
r_cpu=$(Rscript "$here/km_process_bench.R" "$tmp/big/adsl.csv" "$tmp/big/adtte.csv" 3 2> "$tmp/r.err")

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); PostgreSQL $(psql -tA "$(uri postgres)" -c 'SHOW server_version')"
printf 'import ADSL + %d-row ADLB into the library: %s s wall (%s s CPU of the client)\n' "$rows" "$imp_wall" "$imp_cpu"
printf 'psql \\copy of the same adlb.csv into a plain table: %s s wall\n' "$copy_wall"
printf 'ratio import / \\copy: %.2f (goal <= 1.5)\n' "$(echo "$imp_wall / $copy_wall" | bc -l)"
printf 'trialscope-cli studies, %d studies: %.0f ms wall (goal < 100); psql SELECT * FROM study: %.0f ms\n' \
  "$listed" "$(echo "$list_wall * 1000" | bc -l)" "$(echo "$psql_wall * 1000" | bc -l)"
printf 'import of the %d-subject study: %s s wall\n' "$n" "$(cut -d' ' -f1 "$tmp/bigimport.t")"
printf 'trialscope-cli km on the server (whole process): %s s wall, %s s CPU, %d MB peak\n' "$km_wall" "$km_cpu" $((km_kb / 1024))
printf 'R survfit + survdiff + coxph: %s s CPU (compute only)\n' "$r_cpu"
printf 'ratio R / km: %.1f (R CPU / km wall; goal >= 10)\n' "$(echo "$r_cpu / $km_wall" | bc -l)"
grep '^# R:' "$tmp/r.err"
grep -o '"logrank":{"chisq":[^,]*' "$tmp/km.json" | sed 's/^/# TrialScope: /'
