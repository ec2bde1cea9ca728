#pragma once
// Small shared steps of the sample-trial builders: subject ids, rounding of reconstructed times to
// the precision written to CSV, deterministic spreading of a published count over subjects, and
// ADSL/ADTTE rows from reconstructed records.
#include <optional>
#include <string>
#include <vector>

#include "core/model/records.h"
#include "core/reconstruct/ipd_reconstruction.h"

namespace ts {

// "SHI2021-M007": study, arm prefix, 1-based number padded to 3 digits.
std::string sampleId(const std::string& study, const std::string& prefix, int number);

// Times are written with 3 decimals; rounding before use keeps memory and CSV identical.
double roundTime(double t);

// k of n positions flagged, spread evenly (position i is flagged when floor((i+1)k/n) > floor(ik/n)).
std::vector<bool> spread(int n, int k);

// One ADSL subject with the usual sample variables.
Subject sampleSubject(const std::string& study, const std::string& usubjid, const std::string& arm);

// ADTTE row of a reconstructed record (CNSR = 1 - event), provenance reconstructed.
TteRecord sampleTte(const std::string& usubjid, const std::string& paramcd, const std::string& param,
                    const IpdRecord& r);

// Time to HCC beside OS, for the competing-risks view (death competing). Subject i (ADSL order of
// `ids`, OS record os[i]) has an HCC event at hcc[i] when given, else is censored at its OS time, so
// that its death, if any, is the competing event. Provenance illustrative: which subject developed
// HCC when is not published.
std::vector<TteRecord> hccRecords(const std::vector<std::string>& ids, const std::vector<IpdRecord>& os,
                                  const std::vector<std::optional<double>>& hcc);

// Places each HCC event time (any order) on a subject still followed then: the one, not yet taken,
// with the shortest OS time after it (an HCC diagnosis is followed by that subject's death or end of
// follow-up). Per subject: its HCC time, or nullopt. Throws std::logic_error when a time has no such
// subject.
std::vector<std::optional<double>> hccOnSurvivors(const std::vector<IpdRecord>& os, std::vector<double> hccTimes);

}  // namespace ts
