#pragma once
// SHA-256 (FIPS 180-4) of a byte stream, for the data fingerprint (data_digest.h).
//
// Input : bytes, in as many add() calls as convenient. Output: hex(), 64 lower-case hex digits.
// Speed : on a CPU with the x86 SHA extensions (SHA-NI, in AMD Zen and Intel since Ice Lake) the
//         blocks go through them; elsewhere through the portable rounds of the standard. On 118 MB
//         here (AMD EPYC): 1,440 MB/s and 310 MB/s; Qt's QCryptographicHash, used before, 176 MB/s,
//         which made it a fifth of the CPU of importing that ADLB (docs/benchmarks.md, 2026-12-05).
// The round constants and initial hash are computed from their definition (the first 32 bits of
// the fractional parts of the cube roots of the first 64 primes, and of the square roots of the
// first 8), not typed in; the tests check the standard's examples and Qt's digests.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

namespace ts {

class Sha256 {
public:
    // `extensions`: use the CPU's SHA extensions where present (false: the portable rounds only).
    explicit Sha256(bool extensions = true);
    void add(const void* data, std::size_t bytes);
    std::string hex();  // pads and finishes: call once, last

    // True when this CPU has the SHA extensions (and the SSE4.1 they are used with).
    static bool cpuHasExtensions();

private:
    void blocks(const unsigned char* p, std::size_t count);

    std::array<std::uint32_t, 8> m_state;
    std::array<unsigned char, 64> m_pending{};
    std::size_t m_used = 0;  // bytes in m_pending
    std::uint64_t m_total = 0;
    bool m_extensions = false;
};

}  // namespace ts
