#pragma once
// "Show R code" of the adverse-event view: R code (base R only) that reads the view's subject-level
// data as CSV (aeRowsCsv: every ADAE record of a subject in the population as delivered, and a row
// with event = 0 for each subject without one) and reproduces the numbers of the view's tables,
// every option in force written into the code:
//   which events count    TRTEMFL = Y where the data flag any event; AESER = Y with --serious
//   the rows              SOC, or SOC and preferred term; by grade (AETOXGR, else AESEV as 1-3) and
//                         by relatedness (AEREL read as related / not related / unknown) on request;
//                         SOC rows and their terms both with --nested
//   each row              subjects (each once) and events per group, % of the group's subjects,
//                         fisher.test (2 groups) or chisq.test (more) on subjects with / without
//   --highest (AET04)     each subject once at their worst level per row and overall, with a total
//   --rates (AET05)       subjects over patient-years at risk (to the first onset, else the days on
//                         treatment; 365.25 days a year), exact Poisson (Garwood) CI at the level
//   --overview (AET01)    subjects with any, serious, related, severe, discontinued (AEACN = DRUG
//                         WITHDRAWN), fatal (AESDTH = Y or AEOUT = FATAL) events, and deaths (DTHFL)
// The code prints its numbers as "|"-separated lines a test can read back (KEY = SOC|TERM|GRADE|
// RELATED, "" where the table has no such column, NA for an event without a grade):
//   row|KEY|GROUP|subjects|events|percent      p|KEY|p
//   highest|KEY|GROUP|LEVEL|subjects          (KEY = *|||| for the overall table, GROUP Total too)
//   rate|KEY|GROUP|subjects|patient_years|per_100py|lower|upper
//   overview|GROUP|n|any|serious|related|severe|discontinued|fatal|deaths
// Published counts have no records to recompute: aeRows throws.
#include <string>

#include "core/analysis/ae_analysis.h"
#include "core/analysis/ae_rows.h"

namespace ts {

std::string aeRCode(const AeReport& report, const std::string& csv);
// subject,group,event,aebodsys,aedecod,aesev,aetoxgr,aerel,aeser,trtemfl,aeacn,aeout,aesdth,onset,
// exposed,dthfl (empty = NA), RFC 4180 quoting.
std::string aeRowsCsv(const AeRows& rows);

}  // namespace ts
