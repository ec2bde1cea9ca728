#include "core/stats/aalen_johansen_se.h"

#include <algorithm>
#include <cmath>

namespace ts::stats {

// Derivation (one cause c, steps k = 1..K, hazards lam_k = d_k / n_k, lamc_k = d_ck / n_k, S(t_k-)
// written Sm_k): F_c(t_J) = sum_{k<=J} Sm_k lamc_k, and differentiating the product S gives
//   U_i(J) = sum_{k<=J} (Sm_k / n_k) [dN_ick - Y_ik lamc_k - r_k (dN_ik - Y_ik lam_k)],
//   r_k = (F_c(J) - F_c(k)) / S_k   (0 when S_k = 0: nobody is at risk after k).
// r_k is linear in F_c(J), so U_i(J) = A_i - F_c(J) B_i with A_i, B_i depending on J only through
// min(J, the step subject i leaves). Summing squares needs, per step, the running sums of A^2, AB
// and B^2 over subjects who have left, plus the common value of those still at risk.
std::vector<double> aalenJohansenStdErr(const AalenJohansenFit& fit) {
    const std::size_t steps = fit.steps();
    const auto m = static_cast<std::size_t>(fit.causes);
    std::vector<double> out(steps * m, 0.0);
    for (std::size_t c = 0; c < m; ++c) {
        double sumA2 = 0, sumAB = 0, sumB2 = 0;  // subjects who have left by step J
        double p = 0, r = 0;                     // -A and -B of a subject still at risk
        double before = 1;                       // S(t_J-)
        for (std::size_t j = 0; j < steps; ++j) {
            const double n = fit.nRisk[j];
            double d = 0;
            for (std::size_t k = 0; k < m; ++k) d += fit.nEvent[j * m + k];
            const double s = fit.eventFree[j];
            const double f = fit.incidence[j * m + c];
            const double invS = s > 0 ? 1 / s : 0;
            const double beta = before / n;
            p += beta * (fit.nEvent[j * m + c] / n + f * invS * d / n);
            r += beta * invS * d / n;
            // Leaving at this step: censored subjects keep the at-risk value; an event adds its jump.
            const double cens = fit.nCensor[j];
            sumA2 += cens * p * p;
            sumAB += cens * p * r;
            sumB2 += cens * r * r;
            for (std::size_t k = 0; k < m; ++k) {
                const double dk = fit.nEvent[j * m + k];
                if (dk == 0) continue;
                const double a = -p + beta * ((k == c ? 1.0 : 0.0) + f * invS);
                const double b = -r + beta * invS;
                sumA2 += dk * a * a;
                sumAB += dk * a * b;
                sumB2 += dk * b * b;
            }
            const double staying = n - d - cens;
            const double var =
                sumA2 + staying * p * p - 2 * f * (sumAB + staying * p * r) + f * f * (sumB2 + staying * r * r);
            out[j * m + c] = std::sqrt(std::max(0.0, var));
            before = s;
        }
    }
    return out;
}

}  // namespace ts::stats
