#include "core/reconstruct/ipd_reconstruction.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace ts {
namespace {

// One interval (a, b] between consecutive knots; `stop` is the knot at b (the end-of-follow-up
// pseudo-knot for the last interval).
struct Interval {
    double a = 0, b = 0;
    SurvKnot start, stop;
    bool last = false;
    bool dropKnown() const { return last || stop.nRisk.has_value(); }
    bool eventsFixed() const { return start.eventsCum && stop.eventsCum; }
    bool survDriven() const { return !eventsFixed() && stop.surv.has_value(); }
    bool free() const { return !eventsFixed() && !survDriven(); }
};

struct Pass {
    std::vector<IntervalCounts> counts;
    std::vector<IpdRecord> records;
    std::vector<std::string> notes;
};

std::vector<Interval> makeIntervals(const ArmSummary& arm) {
    if (arm.n <= 0) throw std::invalid_argument("reconstructArm: n must be positive");
    SurvKnot origin{0, 1.0, arm.n, 0, false};
    SurvKnot finish{arm.end, std::nullopt, std::nullopt, arm.events, false};
    std::vector<Interval> out;
    SurvKnot prev = origin;
    for (const SurvKnot& k : arm.knots) {
        if (k.time <= prev.time || k.time >= arm.end)
            throw std::invalid_argument("reconstructArm: knot times must increase inside (0, end)");
        if (k.nRisk && (*k.nRisk > arm.n || *k.nRisk < 0))
            throw std::invalid_argument("reconstructArm: number at risk outside [0, n]");
        out.push_back({prev.time, k.time, prev, k, false});
        prev = k;
    }
    out.push_back({prev.time, arm.end, prev, finish, true});
    return out;
}

// k-th of d events at a + (b-a) u_k^shape; u_k = k/d puts the last event on b, (k-1/2)/d keeps
// every event strictly inside the interval.
std::vector<double> eventTimes(double a, double b, int d, double shape, bool beforeB) {
    std::vector<double> t;
    for (int k = 1; k <= d; ++k) {
        double u = beforeB ? (k - 0.5) / d : static_cast<double>(k) / d;
        t.push_back(a + (b - a) * std::pow(u, shape));
    }
    return t;
}

std::vector<double> censorTimes(double a, double b, int c) {
    std::vector<double> t;
    for (int j = 1; j <= c; ++j) t.push_back(a + (b - a) * (j - 0.5) / c);
    return t;
}

// KM factor S(b)/S(a) over one interval starting with r at risk. At equal times events come
// before censorings, as in the product-limit estimator.
double survFactor(const std::vector<double>& ev, const std::vector<double>& ce, int r) {
    double f = 1;
    std::size_t j = 0;
    for (double t : ev) {
        while (j < ce.size() && ce[j] < t) {
            ++j;
            --r;
        }
        f *= 1.0 - 1.0 / r;
        --r;
    }
    return f;
}

// Censorings of an interval whose number at risk at b is unpublished: uniform over what remains
// of the administrative window.
int windowCensorings(const ArmSummary& arm, const Interval& iv, int r) {
    double from = std::max(iv.a, arm.censorFrom);
    double overlap = std::max(0.0, iv.b - from);
    double remaining = arm.end - from;
    if (overlap <= 0 || remaining <= 0) return 0;
    return std::min(r, static_cast<int>(std::lround(r * overlap / remaining)));
}

Pass runPass(const ArmSummary& arm, const std::vector<Interval>& ivs, const std::vector<int>& freeEvents,
             double shape) {
    Pass p;
    int r = arm.n;
    double s = 1;
    for (std::size_t i = 0; i < ivs.size(); ++i) {
        const Interval& iv = ivs[i];
        bool beforeB = iv.last || iv.stop.nRisk.has_value();
        int drop = iv.last ? r : (iv.stop.nRisk ? r - *iv.stop.nRisk : 0);
        if (drop < 0) {
            p.notes.push_back("number at risk rises at " + std::to_string(iv.b) + "; held at " + std::to_string(r));
            drop = 0;
        }
        // Censorings are placed inside the administrative window when it overlaps the interval.
        double ca = iv.b > arm.censorFrom ? std::max(iv.a, arm.censorFrom) : iv.a;
        int c = iv.dropKnown() ? 0 : windowCensorings(arm, iv, r);
        auto censorOf = [&](int d) { return iv.dropKnown() ? drop - d : c; };
        int d = 0;
        if (iv.eventsFixed()) {
            d = *iv.stop.eventsCum - *iv.start.eventsCum;
        } else if (iv.survDriven()) {
            int dmax = iv.dropKnown() ? drop : r - c;
            double best = 2;
            for (int k = 0; k <= dmax; ++k) {
                double f = survFactor(eventTimes(iv.a, iv.b, k, shape, beforeB), censorTimes(ca, iv.b, censorOf(k)), r);
                if (iv.stop.crossing) {
                    d = k;
                    if (s * f <= *iv.stop.surv + 1e-12) break;
                    continue;
                }
                double err = std::abs(s * f - *iv.stop.surv);
                if (err < best - 1e-12) {
                    best = err;
                    d = k;
                }
            }
        } else {
            d = freeEvents[i];
        }
        if (iv.dropKnown() && d > drop) {
            p.notes.push_back("interval (" + std::to_string(iv.a) + ", " + std::to_string(iv.b) +
                              "]: " + std::to_string(d) + " events exceed the drop in numbers at risk");
            d = drop;
        }
        d = std::clamp(d, 0, r);
        c = std::clamp(censorOf(d), 0, r - d);
        std::vector<double> ev = eventTimes(iv.a, iv.b, d, shape, beforeB);
        std::vector<double> ce = censorTimes(ca, iv.b, c);
        s *= survFactor(ev, ce, r);
        p.counts.push_back({iv.a, iv.b, r, d, c, s});
        for (double t : ev) p.records.push_back({t, 1});
        for (double t : ce) p.records.push_back({t, 0});
        r -= d + c;
    }
    return p;
}

// Splits `total` over the free intervals in proportion to their person-time in the last pass
// (constant hazard), by largest remainder (ties to the earlier interval), never giving an interval
// more than its drop in numbers at risk: capped intervals are fixed and the rest re-split.
std::vector<int> splitFree(const std::vector<Interval>& ivs, const Pass& p, int total) {
    std::vector<int> out(ivs.size(), 0);
    std::vector<double> w(ivs.size(), 0);
    std::vector<int> cap(ivs.size(), 0);
    for (std::size_t i = 0; i < ivs.size(); ++i) {
        if (!ivs[i].free()) continue;
        const IntervalCounts& c = p.counts[i];
        w[i] = std::max(c.atRisk - 0.5 * (c.events + c.censored), 0.0) * (c.to - c.from);
        cap[i] = ivs[i].dropKnown() ? c.events + c.censored : c.atRisk;
    }
    std::vector<bool> capped(ivs.size(), false);
    for (bool again = true; again && total > 0;) {
        again = false;
        double sum = 0;
        int left = total;
        for (std::size_t i = 0; i < ivs.size(); ++i) {
            if (capped[i]) left -= cap[i];
            else sum += w[i];
        }
        if (sum <= 0 || left <= 0) break;
        std::vector<std::pair<double, std::size_t>> rest;
        int given = 0;
        for (std::size_t i = 0; i < ivs.size(); ++i) {
            if (capped[i]) {
                out[i] = cap[i];
                continue;
            }
            double share = left * w[i] / sum;
            out[i] = static_cast<int>(std::floor(share));
            given += out[i];
            if (w[i] > 0) rest.push_back({share - out[i], i});
        }
        std::stable_sort(rest.begin(), rest.end(), [](const auto& x, const auto& y) { return x.first > y.first; });
        for (std::size_t k = 0; given < left && k < rest.size(); ++k, ++given) ++out[rest[k].second];
        for (std::size_t i = 0; i < ivs.size(); ++i)
            if (!capped[i] && w[i] > 0 && out[i] > cap[i]) {
                capped[i] = true;
                again = true;
            }
    }
    return out;
}

int fixedEvents(const std::vector<Interval>& ivs, const Pass& p) {
    int sum = 0;
    for (std::size_t i = 0; i < ivs.size(); ++i)
        if (!ivs[i].free()) sum += p.counts[i].events;
    return sum;
}

void checkTargets(const ArmSummary& arm, const std::vector<Interval>& ivs, Pass& p) {
    int events = 0;
    for (const IntervalCounts& c : p.counts) events += c.events;
    if (arm.events && events != *arm.events)
        p.notes.push_back("total events " + std::to_string(events) + " instead of " + std::to_string(*arm.events));
    for (std::size_t i = 0; i < ivs.size(); ++i) {
        const SurvKnot& k = ivs[i].stop;
        bool missed = k.crossing ? p.counts[i].survEnd > *k.surv : std::abs(p.counts[i].survEnd - *k.surv) > 0.005;
        if (k.surv && missed)
            p.notes.push_back("S(" + std::to_string(k.time) + ") = " + std::to_string(p.counts[i].survEnd) +
                              " instead of " + std::to_string(*k.surv));
    }
}

}  // namespace

ReconstructedArm reconstructArm(const ArmSummary& arm, double shape) {
    if (!(shape > 0)) throw std::invalid_argument("reconstructArm: shape must be positive");
    std::vector<Interval> ivs = makeIntervals(arm);
    std::vector<int> freeEvents(ivs.size(), 0);
    Pass p = runPass(arm, ivs, freeEvents, shape);
    // Fixed point of (free split -> pass): person-time and S-driven counts move a little when the
    // free events move; a few rounds settle it. The cap guards against a 2-cycle of roundings.
    for (int round = 0; round < 50 && arm.events; ++round) {
        std::vector<int> next = splitFree(ivs, p, *arm.events - fixedEvents(ivs, p));
        if (next == freeEvents) break;
        freeEvents = std::move(next);
        p = runPass(arm, ivs, freeEvents, shape);
    }
    checkTargets(arm, ivs, p);
    std::stable_sort(p.records.begin(), p.records.end(),
                     [](const IpdRecord& x, const IpdRecord& y) { return x.time < y.time; });
    return {std::move(p.records), std::move(p.counts), std::move(p.notes)};
}

}  // namespace ts
