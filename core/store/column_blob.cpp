#include "core/store/column_blob.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

namespace ts {

// Numbers are copied in host order; the layout says little-endian, which is what this build writes.
static_assert(std::endian::native == std::endian::little, "column_blob writes little-endian hosts' bytes");

namespace {

constexpr char kTag[4] = {'T', 'S', 'C', '1'};

class Writer {
public:
    Writer() { m_out.insert(m_out.end(), kTag, kTag + 4); }
    void count(std::size_t n) { raw(static_cast<std::uint32_t>(n)); }
    template <class T>
    void raw(const T& v) {
        const auto* p = reinterpret_cast<const std::uint8_t*>(&v);
        m_out.insert(m_out.end(), p, p + sizeof(T));
    }
    template <class T>
    void numbers(const std::vector<T>& v) {
        count(v.size());
        const auto* p = reinterpret_cast<const std::uint8_t*>(v.data());
        m_out.insert(m_out.end(), p, p + v.size() * sizeof(T));
    }
    void texts(const std::vector<std::string>& v) {
        count(v.size());
        for (const std::string& s : v) {
            count(s.size());
            m_out.insert(m_out.end(), s.begin(), s.end());
        }
    }
    std::vector<std::uint8_t> take() { return std::move(m_out); }

private:
    std::vector<std::uint8_t> m_out;
};

// Reads what Writer wrote; every read fails (returns false) rather than run past the end.
class Reader {
public:
    explicit Reader(std::span<const std::uint8_t> bytes) : m_bytes(bytes) {
        m_ok = bytes.size() >= 4 && std::memcmp(bytes.data(), kTag, 4) == 0;
        m_at = 4;
    }
    bool count(std::size_t& n) {
        std::uint32_t v = 0;
        if (!take(&v, sizeof v)) return false;
        n = v;
        return true;
    }
    template <class T>
    bool numbers(std::vector<T>& v, std::size_t expected) {
        std::size_t n = 0;
        if (!count(n) || n != expected || n > (m_bytes.size() - m_at) / sizeof(T)) return m_ok = false;
        v.resize(n);
        return take(v.data(), n * sizeof(T));
    }
    // The texts, or only the first `most` of them (then the bytes may end after those).
    bool texts(std::vector<std::string>& v, std::size_t most = SIZE_MAX) {
        std::size_t n = 0;
        if (!count(n)) return false;
        if (most < n) n = most;
        else if (n > m_bytes.size() - m_at) return m_ok = false;  // each text takes >= 4 bytes
        v.resize(n);
        for (std::string& s : v) {
            std::size_t len = 0;
            if (!count(len) || len > m_bytes.size() - m_at) return m_ok = false;
            s.assign(reinterpret_cast<const char*>(m_bytes.data() + m_at), len);
            m_at += len;
        }
        return m_ok;
    }
    bool done() const { return m_ok && m_at == m_bytes.size(); }
    // The next count, left to be read again (to choose how to read what it counts).
    bool peek(std::size_t& n) {
        const std::size_t at = m_at;
        const bool ok = count(n);
        m_at = at;
        return ok;
    }

private:
    bool take(void* out, std::size_t n) {
        if (!m_ok || n > m_bytes.size() - m_at) return m_ok = false;
        if (n > 0) std::memcpy(out, m_bytes.data() + m_at, n);
        m_at += n;
        return true;
    }
    std::span<const std::uint8_t> m_bytes;
    std::size_t m_at = 0;
    bool m_ok = false;
};

// Optional numbers: the values, then the presence bytes, each a counted list. The common cases are
// short: all present keeps no presence bytes, none present neither values nor presence bytes (a lab
// field no record of the study has). Only this canonical form is read back.
template <class T>
std::vector<std::uint8_t> packNumbers(const OptionalColumn<T>& column) {
    const std::size_t present = static_cast<std::size_t>(std::count(column.present.begin(), column.present.end(), 1));
    const std::vector<T> none;
    const std::vector<std::uint8_t> all;
    Writer w;
    w.numbers(present == 0 ? none : column.values);
    w.numbers(present == 0 || present == column.present.size() ? all : column.present);
    return w.take();
}

template <class T>
std::optional<OptionalColumn<T>> unpackNumbers(std::span<const std::uint8_t> bytes, std::size_t rows) {
    Reader r(bytes);
    OptionalColumn<T> c;
    std::size_t values = 0, flags = 0;
    if (!r.peek(values) || (values != 0 && values != rows) || !r.numbers(c.values, values)) return std::nullopt;
    if (!r.peek(flags) || (flags != 0 && flags != rows) || !r.numbers(c.present, flags) || !r.done())
        return std::nullopt;
    if (values == 0 && flags == 0) {  // none present (or no rows)
        c.values.assign(rows, T{});
        c.present.assign(rows, 0);
        return c;
    }
    if (values == 0) return std::nullopt;  // presence bytes without values
    if (flags == 0) {                      // all present
        c.present.assign(rows, 1);
        return c;
    }
    const auto present = std::count(c.present.begin(), c.present.end(), 1);
    const auto absent = std::count(c.present.begin(), c.present.end(), 0);
    if (present + absent != static_cast<std::ptrdiff_t>(rows) || present == 0 || absent == 0) return std::nullopt;
    return c;
}

bool inRange(const std::vector<std::int32_t>& v, std::size_t size) {
    for (std::int32_t x : v)
        if (x < -1 || (x >= 0 && static_cast<std::size_t>(x) >= size)) return false;
    return true;
}

}  // namespace

std::vector<std::uint8_t> packCoded(const CodedColumn& column) {
    Writer w;
    w.texts(column.levels);
    w.numbers(column.codes);
    return w.take();
}

std::vector<std::uint8_t> packOptional(const OptionalColumn<double>& column) { return packNumbers(column); }

std::vector<std::uint8_t> packOptional(const OptionalColumn<std::int32_t>& column) { return packNumbers(column); }

std::vector<std::uint8_t> packTte(const TteColumns& tte) {
    std::vector<std::uint8_t> provenance;
    provenance.reserve(tte.provenance.size());
    for (Provenance p : tte.provenance) provenance.push_back(static_cast<std::uint8_t>(p));
    Writer w;
    w.numbers(tte.subject);
    w.numbers(tte.aval);
    w.numbers(tte.cnsr);
    w.numbers(provenance);
    return w.take();
}

std::vector<std::uint8_t> packTexts(const std::vector<std::string>& texts) {
    Writer w;
    w.texts(texts);
    return w.take();
}

std::optional<CodedColumn> unpackCoded(std::span<const std::uint8_t> bytes, std::size_t rows) {
    Reader r(bytes);
    CodedColumn c;
    if (!r.texts(c.levels) || !r.numbers(c.codes, rows) || !r.done() || !inRange(c.codes, c.levels.size()))
        return std::nullopt;
    return c;
}

std::optional<TteColumns> unpackTte(std::span<const std::uint8_t> bytes, std::size_t rows, std::size_t subjects) {
    Reader r(bytes);
    TteColumns t;
    std::vector<std::uint8_t> provenance;
    if (!r.numbers(t.subject, rows) || !r.numbers(t.aval, rows) || !r.numbers(t.cnsr, rows) ||
        !r.numbers(provenance, rows) || !r.done() || !inRange(t.subject, subjects))
        return std::nullopt;
    const std::size_t kinds = provenances().all().size();
    t.provenance.reserve(rows);
    for (std::uint8_t p : provenance) {
        if (p >= kinds) return std::nullopt;
        t.provenance.push_back(static_cast<Provenance>(p));
    }
    return t;
}

std::optional<std::vector<std::string>> unpackTexts(std::span<const std::uint8_t> bytes) {
    Reader r(bytes);
    std::vector<std::string> texts;
    if (!r.texts(texts) || !r.done()) return std::nullopt;
    return texts;
}

std::optional<OptionalColumn<double>> unpackReals(std::span<const std::uint8_t> bytes, std::size_t rows) {
    return unpackNumbers<double>(bytes, rows);
}

std::optional<OptionalColumn<std::int32_t>> unpackInts(std::span<const std::uint8_t> bytes, std::size_t rows) {
    return unpackNumbers<std::int32_t>(bytes, rows);
}

std::optional<std::vector<std::string>> unpackLevels(std::span<const std::uint8_t> bytes, std::size_t most) {
    Reader r(bytes);
    std::vector<std::string> levels;
    if (!r.texts(levels, most)) return std::nullopt;
    return levels;
}

}  // namespace ts
