// A small JSON reader and writer for tour files. Every value keeps the line and column it
// starts at, so that a problem found after parsing (a wrong type, an unknown feature) can be
// reported where the author wrote it; the JSON libraries Debian offers do not keep positions.
// Strict RFC 8259: no comments, no trailing commas, no duplicate keys, UTF-8 in and out.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "i18n/catalogue.h"

namespace tour {

struct JsonValue {
    enum class Kind { Null, Bool, Number, String, Array, Object };
    Kind kind = Kind::Null;
    int line = 1, column = 1;        // where the value starts, 1-based; column in bytes
    bool boolean = false;
    double number = 0.0;
    std::string text;                                         // String
    std::vector<JsonValue> items;                             // Array
    std::vector<std::pair<std::string, JsonValue>> members;   // Object, in the file's order

    bool is(Kind k) const { return kind == k; }
    bool is_integer() const;
    const JsonValue* find(std::string_view key) const;        // Object member, or null

    static JsonValue make_string(std::string s);
    static JsonValue make_number(double n);
    static JsonValue make_array(std::vector<JsonValue> items = {});
    static JsonValue make_object();
    JsonValue& add(std::string key, JsonValue value);         // appends an Object member
};

struct JsonError {
    int line = 0, column = 0;
    i18n::Message problem;
};

struct JsonParse {
    std::optional<JsonValue> value;
    JsonError error;                 // when value is empty
};

// Parses a whole document (an optional UTF-8 byte order mark is skipped). Nesting deeper than
// kMaxDepth is refused rather than recursed into.
inline constexpr int kMaxDepth = 64;
JsonParse parse_json(std::string_view text);

// Writes `value` with two-space indentation; arrays of numbers or short strings stay on one
// line. Non-ASCII text is written as UTF-8, not escaped.
std::string write_json(const JsonValue& value);

// "Number", "text", ... in English (a catalogue entry).
const char* kind_name(JsonValue::Kind kind);

}  // namespace tour
