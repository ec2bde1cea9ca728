// Sha256 (core/io/sha256.h): the examples of FIPS 180-4 (NIST's "SHA256.pdf" example values) on both
// paths, and the digest Qt's QCryptographicHash gives for the same bytes, split at every length.
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include <QCryptographicHash>

#include "core/io/sha256.h"

using ts::Sha256;

namespace {

std::string digest(const std::string& bytes, bool extensions, std::size_t piece = 0) {
    Sha256 h(extensions);
    if (piece == 0) h.add(bytes.data(), bytes.size());
    else
        for (std::size_t at = 0; at < bytes.size(); at += piece)
            h.add(bytes.data() + at, std::min(piece, bytes.size() - at));
    return h.hex();
}

std::string qtDigest(const std::string& bytes) {
    return QCryptographicHash::hash(QByteArrayView(bytes.data(), static_cast<qsizetype>(bytes.size())),
                                    QCryptographicHash::Sha256)
        .toHex()
        .toStdString();
}

}  // namespace

TEST_CASE("SHA-256 of the standard's examples, with and without the CPU's extensions", "[sha256]") {
    const bool extensions = GENERATE(false, true);
    INFO("extensions " << extensions << " (this CPU has them: " << Sha256::cpuHasExtensions() << ")");
    CHECK(digest("abc", extensions) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(digest("", extensions) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(digest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", extensions) ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(digest(std::string(1000000, 'a'), extensions, 4093) ==
          "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("SHA-256 equals Qt's at every length around the block and padding edges, in any pieces", "[sha256]") {
    std::mt19937 random(17);
    std::string bytes;
    for (int i = 0; i < 300; ++i) bytes += static_cast<char>(random() & 0xFF);
    for (std::size_t n = 0; n <= bytes.size(); ++n) {
        const std::string part = bytes.substr(0, n);
        const std::string expected = qtDigest(part);
        INFO(n);
        CHECK(digest(part, false) == expected);
        CHECK(digest(part, true) == expected);
        CHECK(digest(part, true, 7) == expected);
        CHECK(digest(part, false, 64) == expected);
    }
}
