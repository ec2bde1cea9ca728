#pragma once
// Cox log hazard ratio of one reconstructed arm against a reference arm, optionally restricted to a
// landmark window, used to tune reconstructions to a published HR (Efron ties, as survival::coxph).
//
// Inputs : reference, other - records (time, event) of the two arms
//          window - Whole; Before(L): follow-up censored at L; After(L): subjects with time > L
//                   (the HR does not depend on re-zeroing time at L)
// Output : coefficient (log HR of `other` vs `reference`) and its standard error, or nullopt when
//          the Cox fit does not converge to a finite value (no events in an arm).
#include <optional>
#include <vector>

#include "core/reconstruct/ipd_reconstruction.h"

namespace ts {

enum class HrWindow { Whole, Before, After };

struct LogHr {
    double coef = 0;
    double se = 0;
};

std::optional<LogHr> twoArmLogHr(const std::vector<IpdRecord>& reference, const std::vector<IpdRecord>& other,
                                 HrWindow window = HrWindow::Whole, double landmark = 0);

}  // namespace ts
