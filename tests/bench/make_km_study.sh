#!/bin/sh
# Writes the benchmarks' survival study: DIR/adsl.csv and DIR/adtte.csv of N subjects in 2 arms
# (study BIG; exponential times, hazards 0.002 and 0.0015 per day, uniform censoring over 1500 days;
# awk's rand seeded with 7, so every run writes the same data). Used by km_process_vs_r.sh and
# server_vs_reference.sh.
#   tests/bench/make_km_study.sh DIR N
set -eu
awk -v n="$2" -v seed=7 -v dir="$1" 'BEGIN {
  srand(seed); adsl = dir "/adsl.csv"; adtte = dir "/adtte.csv"
  print "STUDYID,USUBJID,ARM,TRT01A,SEX,AGE,SAFFL" > adsl
  print "STUDYID,USUBJID,PARAMCD,PARAM,AVAL,AVALU,CNSR" > adtte
  for (i = 1; i <= n; i++) {
    id = sprintf("BIG-%08d", i); arm = rand() < 0.5 ? "Placebo" : "Drug"; sex = rand() < 0.5 ? "F" : "M"
    print "BIG," id "," arm "," arm "," sex "," int(40 + rand() * 40) ",Y" > adsl
    t = -log(1 - rand()) / (arm == "Drug" ? 0.0015 : 0.002); c = rand() * 1500; ev = t <= c
    print "BIG," id ",OS,Overall Survival," int(ev ? t : c) + 1 ",DAYS," (ev ? 0 : 1) > adtte
  } }'
