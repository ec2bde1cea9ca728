#!/bin/sh
# The whole `trialscope-cli km` process (start, open the store, read, compute, print) on a study of
# N subjects in 2 arms against R survival's survfit + survdiff + coxph(ties = "efron") on the same
# data (compute only, data already in R), and `studies` on the same store, in one run.
#   tests/bench/km_process_vs_r.sh [BUILD_DIR] [N]
# BUILD_DIR defaults to build/test; N to 1000000. COPIES (default 3) copies of the study, under
# other STUDYIDs, make the store about 1.2 GB at N = 10^6 for `studies`. Writes ADSL and ADTTE CSVs (exponential times,
# hazards 0.002 and 0.0015 per day, uniform censoring over 1500 days; awk's seeded rand), imports
# them, then times each side best of 3 (CPU = user + system) and prints the ratios and the peak
# memory of km. Needs Rscript with survival, and /usr/bin/time (Debian package `time`).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build/test}
n=${2:-1000000}
cli="$build/app/trialscope-cli"
[ -x "$cli" ] || { echo "$cli: not built" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sh "$here/make_km_study.sh" "$tmp" "$n"
db="$tmp/big.db"
/usr/bin/time -f "%e %U %S %M" -o "$tmp/import.t" "$cli" --db "$db" import "$tmp" > /dev/null
best() {   # best() FILE...: the smallest CPU (user + system) and wall of /usr/bin/time lines "%e %U %S %M"
  cat "$@" | awk '{ cpu = $2 + $3; if (b == "" || cpu < b) { b = cpu; w = $1; m = $4 } }
                  END { printf "%.3f %.3f %d\n", b, w, m }'
}
for c in $(seq 2 "${COPIES:-3}"); do
  mkdir -p "$tmp/copy$c"
  for f in adsl adtte; do sed "s/^BIG,/BIG$c,/" "$tmp/$f.csv" > "$tmp/copy$c/$f.csv"; done
  "$cli" --db "$db" import "$tmp/copy$c" > /dev/null
  rm -rf "$tmp/copy$c"
done
for i in 1 2 3; do
  /usr/bin/time -f "%e %U %S %M" -o "$tmp/km$i.t" "$cli" --db "$db" km --study BIG --endpoint OS --by ARM > "$tmp/km.json"
  /usr/bin/time -f "%e %U %S %M" -o "$tmp/studies$i.t" "$cli" --db "$db" studies > /dev/null
done
set -- $(best "$tmp"/km?.t); km_cpu=$1 km_wall=$2 km_kb=$3
set -- $(best "$tmp"/studies?.t); st_cpu=$1 st_wall=$2
r_cpu=$(Rscript "$here/km_process_bench.R" "$tmp/adsl.csv" "$tmp/adtte.csv" 3 2> "$tmp/r.err")
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); store $(du -m "$db" | cut -f1) MB"
echo "import of $n subjects: $(cut -d' ' -f1 "$tmp/import.t") s wall"
printf 'trialscope-cli km (whole process): %s s CPU, %s s wall, %d MB peak\n' "$km_cpu" "$km_wall" $((km_kb / 1024))
printf 'trialscope-cli studies (%s studies): %s s CPU, %s s wall\n' "${COPIES:-3}" "$st_cpu" "$st_wall"
printf 'R survfit + survdiff + coxph:      %s s CPU (compute only)\n' "$r_cpu"
printf 'ratio R / km: %.1f (CPU), %.1f (R CPU / km wall)\n' "$(echo "$r_cpu / $km_cpu" | bc -l)" "$(echo "$r_cpu / $km_wall" | bc -l)"
grep '^# R:' "$tmp/r.err"
grep -o '"logrank":{"chisq":[^,]*' "$tmp/km.json" | sed 's/^/# TrialScope: /'
