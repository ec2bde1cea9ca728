#pragma once
// A small streaming JSON writer: builds compact JSON text in a string. Numbers are printed in the
// shortest form that reads back to the same double (std::to_chars); an empty std::optional and a
// non-finite number are written as null; strings are escaped per RFC 8259.
//
//   JsonWriter w;
//   w.beginObject().key("n").value(3).key("median").value(std::optional<double>{}).endObject();
//   w.str() == R"({"n":3,"median":null})"
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ts {

class JsonWriter {
public:
    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& key(std::string_view name);

    JsonWriter& value(std::string_view v);
    JsonWriter& value(const char* v) { return value(std::string_view(v)); }
    JsonWriter& value(const std::string& v) { return value(std::string_view(v)); }
    JsonWriter& value(double v);
    JsonWriter& value(std::int64_t v);
    JsonWriter& value(int v) { return value(static_cast<std::int64_t>(v)); }
    JsonWriter& value(bool v);
    JsonWriter& null();
    template <class T>
    JsonWriter& value(const std::optional<T>& v) {
        return v ? value(*v) : null();
    }
    // key(name).value(v) in one call.
    template <class T>
    JsonWriter& field(std::string_view name, const T& v) {
        return key(name).value(v);
    }
    JsonWriter& stringArray(const std::vector<std::string>& items);

    const std::string& str() const { return m_out; }

private:
    void separate();
    std::string m_out;
    std::vector<bool> m_first;  // per open container: no element written yet
    bool m_afterKey = false;
};

}  // namespace ts
