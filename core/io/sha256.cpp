#include "core/io/sha256.h"

#include <cmath>
#include <cstring>

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#include <immintrin.h>
#define TS_SHA_X86 1
#endif

namespace ts {

namespace {

// The first 32 bits of the fractional part of `x` (x > 0), in 64-bit long double arithmetic: a
// cube root of a prime below 312 needs 35 significant bits here, the square root of one below 20, 35.
std::uint32_t fraction32(long double x) {
    return static_cast<std::uint32_t>(std::floor((x - std::floor(x)) * 4294967296.0L));
}

std::array<std::uint32_t, 64> firstPrimes64() {
    std::array<std::uint32_t, 64> p{};
    std::size_t found = 0;
    for (std::uint32_t n = 2; found < p.size(); ++n) {
        bool prime = true;
        for (std::uint32_t d = 2; d * d <= n && prime; ++d) prime = n % d != 0;
        if (prime) p[found++] = n;
    }
    return p;
}

struct Constants {
    std::array<std::uint32_t, 64> k{};  // round constants K0..K63
    std::array<std::uint32_t, 8> h0{};  // initial hash H0..H7
    Constants() {
        const auto primes = firstPrimes64();
        for (std::size_t i = 0; i < 64; ++i) k[i] = fraction32(std::cbrt(static_cast<long double>(primes[i])));
        for (std::size_t i = 0; i < 8; ++i) h0[i] = fraction32(std::sqrt(static_cast<long double>(primes[i])));
    }
};

const Constants& constants() {
    static const Constants c;
    return c;
}

constexpr std::uint32_t rotr(std::uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

std::uint32_t bigEndian32(const unsigned char* p) {
    return static_cast<std::uint32_t>(p[0]) << 24 | static_cast<std::uint32_t>(p[1]) << 16 |
           static_cast<std::uint32_t>(p[2]) << 8 | static_cast<std::uint32_t>(p[3]);
}

// The standard's compression function (FIPS 180-4, 6.2.2) over `count` 64-byte blocks.
void portableBlocks(std::array<std::uint32_t, 8>& h, const unsigned char* p, std::size_t count) {
    const auto& k = constants().k;
    std::uint32_t w[64];
    for (; count > 0; --count, p += 64) {
        for (int t = 0; t < 16; ++t) w[t] = bigEndian32(p + 4 * t);
        for (int t = 16; t < 64; ++t) {
            const std::uint32_t s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3);
            const std::uint32_t s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10);
            w[t] = s1 + w[t - 7] + s0 + w[t - 16];
        }
        std::uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
        for (int t = 0; t < 64; ++t) {
            const std::uint32_t t1 = hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) +
                                     k[static_cast<std::size_t>(t)] + w[t];
            const std::uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
            hh = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        h[0] += a;
        h[1] += b;
        h[2] += c;
        h[3] += d;
        h[4] += e;
        h[5] += f;
        h[6] += g;
        h[7] += hh;
    }
}

#ifdef TS_SHA_X86
// The same with the SHA extensions. SHA256RNDS2 runs two rounds on the state held as two registers,
// ABEF and CDGH (A in the highest lane), with W + K of the two rounds in the low lanes of its third
// operand; SHA256MSG1 and SHA256MSG2 compute the message schedule four words at a time:
// W[t..t+3] = MSG2(MSG1(W[t-16..t-13], W[t-12..t-9]) + W[t-7..t-4], W[t-4..t-1]).
__attribute__((target("sha,sse4.1,ssse3"))) void extensionBlocks(std::array<std::uint32_t, 8>& h,
                                                                 const unsigned char* p, std::size_t count) {
    const auto& k = constants().k;
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);  // per 32-bit lane
    // h0..h3 = A B C D and h4..h7 = E F G H (lane 0 first) to ABEF = (F E B A) and CDGH = (H G D C).
    __m128i abcd = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(h.data())), 0xB1);      // B A D C
    __m128i cdgh = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(h.data() + 4)), 0x1B);  // H G F E
    __m128i abef = _mm_alignr_epi8(abcd, cdgh, 8);                                                            // F E B A
    cdgh = _mm_blend_epi16(cdgh, abcd, 0xF0);                                                                 // H G D C
    for (; count > 0; --count, p += 64) {
        const __m128i abefBefore = abef, cdghBefore = cdgh;
        __m128i w[4];
        for (int i = 0; i < 4; ++i)
            w[i] = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * i)), byteSwap);
        for (int i = 0; i < 16; ++i) {  // rounds 4i .. 4i + 3
            __m128i& x = w[i % 4];
            if (i >= 4)  // x held W[4i - 16 ..]; the others hold the three quartets after it
                x = _mm_sha256msg2_epu32(_mm_add_epi32(_mm_sha256msg1_epu32(x, w[(i + 1) % 4]),
                                                       _mm_alignr_epi8(w[(i + 3) % 4], w[(i + 2) % 4], 4)),
                                         w[(i + 3) % 4]);
            __m128i wk = _mm_add_epi32(x, _mm_loadu_si128(reinterpret_cast<const __m128i*>(k.data() + 4 * i)));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, wk);  // two rounds: cdgh now holds ABEF
            wk = _mm_shuffle_epi32(wk, 0x0E);              // the upper two W + K down
            abef = _mm_sha256rnds2_epu32(abef, cdgh, wk);  // two more: the roles back
        }
        abef = _mm_add_epi32(abef, abefBefore);
        cdgh = _mm_add_epi32(cdgh, cdghBefore);
    }
    const __m128i feba = _mm_shuffle_epi32(abef, 0x1B);                                          // A B E F
    const __m128i ghcd = _mm_shuffle_epi32(cdgh, 0xB1);                                          // G H C D
    _mm_storeu_si128(reinterpret_cast<__m128i*>(h.data()), _mm_blend_epi16(feba, ghcd, 0xF0));   // A B C D
    _mm_storeu_si128(reinterpret_cast<__m128i*>(h.data() + 4), _mm_alignr_epi8(ghcd, feba, 8));  // E F G H
}
#endif

}  // namespace

bool Sha256::cpuHasExtensions() {
#ifdef TS_SHA_X86
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return false;
    const bool sse = (c & bit_SSE4_1) != 0 && (c & bit_SSSE3) != 0;
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return false;
    return sse && (b & bit_SHA) != 0;
#else
    return false;
#endif
}

Sha256::Sha256(bool extensions) : m_state(constants().h0), m_extensions(extensions && cpuHasExtensions()) {}

void Sha256::blocks(const unsigned char* p, std::size_t count) {
#ifdef TS_SHA_X86
    if (m_extensions) return extensionBlocks(m_state, p, count);
#endif
    portableBlocks(m_state, p, count);
}

void Sha256::add(const void* data, std::size_t bytes) {
    const auto* p = static_cast<const unsigned char*>(data);
    m_total += bytes;
    if (m_used > 0) {
        const std::size_t take = std::min(bytes, m_pending.size() - m_used);
        std::memcpy(m_pending.data() + m_used, p, take);
        m_used += take;
        p += take;
        bytes -= take;
        if (m_used < m_pending.size()) return;
        blocks(m_pending.data(), 1);
        m_used = 0;
    }
    blocks(p, bytes / 64);
    m_used = bytes % 64;
    if (m_used > 0) std::memcpy(m_pending.data(), p + bytes - m_used, m_used);
}

std::string Sha256::hex() {
    // Padding (5.1.1): a 1 bit, zeros to 56 bytes mod 64, the message length in bits, big-endian.
    const std::uint64_t bits = m_total * 8;
    const unsigned char one = 0x80;
    add(&one, 1);
    const unsigned char zeros[64] = {};
    add(zeros, (m_used <= 56 ? 56 : 120) - m_used);
    unsigned char length[8];
    for (int i = 0; i < 8; ++i) length[i] = static_cast<unsigned char>(bits >> (56 - 8 * i));
    add(length, 8);
    std::string out;
    const char* digits = "0123456789abcdef";
    for (std::uint32_t word : m_state)
        for (int shift = 28; shift >= 0; shift -= 4) out += digits[(word >> shift) & 0xF];
    return out;
}

}  // namespace ts
