#include "tour/json.h"

#include "i18n/utf8.h"

#include <charconv>
#include <cmath>
#include <set>

namespace tour {

using i18n::N_;

bool JsonValue::is_integer() const { return kind == Kind::Number && std::floor(number) == number && std::abs(number) < 1e15; }

const JsonValue* JsonValue::find(std::string_view key) const {
    for (const auto& [k, v] : members)
        if (k == key) return &v;
    return nullptr;
}

JsonValue JsonValue::make_string(std::string s) {
    JsonValue v;
    v.kind = Kind::String;
    v.text = std::move(s);
    return v;
}
JsonValue JsonValue::make_number(double n) {
    JsonValue v;
    v.kind = Kind::Number;
    v.number = n;
    return v;
}
JsonValue JsonValue::make_array(std::vector<JsonValue> items) {
    JsonValue v;
    v.kind = Kind::Array;
    v.items = std::move(items);
    return v;
}
JsonValue JsonValue::make_object() {
    JsonValue v;
    v.kind = Kind::Object;
    return v;
}
JsonValue& JsonValue::add(std::string key, JsonValue value) {
    members.emplace_back(std::move(key), std::move(value));
    return members.back().second;
}

const char* kind_name(JsonValue::Kind kind) {
    switch (kind) {
        case JsonValue::Kind::Null: return N_("null");
        case JsonValue::Kind::Bool: return N_("true or false");
        case JsonValue::Kind::Number: return N_("a number");
        case JsonValue::Kind::String: return N_("a text in quotes");
        case JsonValue::Kind::Array: return N_("a list [ ]");
        case JsonValue::Kind::Object: return N_("an object { }");
    }
    return N_("null");
}

namespace {

class Parser {
public:
    explicit Parser(std::string_view text) : s_(text) {
        if (s_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
    }

    JsonParse run() {
        JsonParse out;
        JsonValue v;
        if (!value(v, 0)) {
            out.error = error_;
            return out;
        }
        skip_space();
        if (pos_ < s_.size()) {
            fail(N_("unexpected text after the end of the document"));
            out.error = error_;
            return out;
        }
        out.value = std::move(v);
        return out;
    }

private:
    bool fail(const char* problem, std::vector<std::string> args = {}) {
        error_ = {line_, int(pos_ - line_start_) + 1, {problem, std::move(args)}};
        return false;
    }
    void skip_space() {
        while (pos_ < s_.size()) {
            const char c = s_[pos_];
            if (c == '\n') {
                ++line_;
                line_start_ = ++pos_;
            } else if (c == ' ' || c == '\t' || c == '\r') {
                ++pos_;
            } else {
                break;
            }
        }
    }
    bool literal(std::string_view word) {
        if (s_.substr(pos_, word.size()) != word) return fail(N_("not JSON here: expected a value (text, number, list, object, true, false or null)"));
        pos_ += word.size();
        return true;
    }

    bool value(JsonValue& v, int depth) {
        skip_space();
        v.line = line_;
        v.column = int(pos_ - line_start_) + 1;
        if (pos_ >= s_.size()) return fail(N_("the file ends where a value was expected (is it cut short?)"));
        if (depth > kMaxDepth) return fail(N_("nested more than {0} levels deep"), {std::to_string(kMaxDepth)});
        const char c = s_[pos_];
        if (c == '{') return object(v, depth);
        if (c == '[') return array(v, depth);
        if (c == '"') {
            v.kind = JsonValue::Kind::String;
            return string(v.text);
        }
        if (c == 't' || c == 'f') {
            v.kind = JsonValue::Kind::Bool;
            v.boolean = c == 't';
            return literal(c == 't' ? "true" : "false");
        }
        if (c == 'n') return literal("null");
        if (c == '-' || (c >= '0' && c <= '9')) return number(v);
        return fail(N_("not JSON here: expected a value (text, number, list, object, true, false or null)"));
    }

    bool object(JsonValue& v, int depth) {
        v.kind = JsonValue::Kind::Object;
        ++pos_;
        std::set<std::string, std::less<>> keys;
        skip_space();
        if (pos_ < s_.size() && s_[pos_] == '}') return ++pos_, true;
        for (;;) {
            skip_space();
            if (pos_ >= s_.size()) return fail(N_("the file ends inside an object: a closing } is missing"));
            if (s_[pos_] != '"') return fail(N_("expected a key in quotes (is there a comma too many?)"));
            std::string key;
            const int key_line = line_, key_col = int(pos_ - line_start_) + 1;
            if (!string(key)) return false;
            if (!keys.insert(key).second) {
                error_ = {key_line, key_col, {N_("the key \"{0}\" appears twice in this object"), {key}}};
                return false;
            }
            skip_space();
            if (pos_ >= s_.size() || s_[pos_] != ':') return fail(N_("expected ':' after the key \"{0}\""), {key});
            ++pos_;
            JsonValue member;
            if (!value(member, depth + 1)) return false;
            v.members.emplace_back(std::move(key), std::move(member));
            skip_space();
            if (pos_ >= s_.size()) return fail(N_("the file ends inside an object: a closing } is missing"));
            if (s_[pos_] == ',') {
                ++pos_;
                continue;
            }
            if (s_[pos_] == '}') return ++pos_, true;
            return fail(N_("expected ',' or '}' (is a comma missing?)"));
        }
    }

    bool array(JsonValue& v, int depth) {
        v.kind = JsonValue::Kind::Array;
        ++pos_;
        skip_space();
        if (pos_ < s_.size() && s_[pos_] == ']') return ++pos_, true;
        for (;;) {
            JsonValue item;
            if (!value(item, depth + 1)) return false;
            v.items.push_back(std::move(item));
            skip_space();
            if (pos_ >= s_.size()) return fail(N_("the file ends inside a list: a closing ] is missing"));
            if (s_[pos_] == ',') {
                const int comma_line = line_, comma_col = int(pos_ - line_start_) + 1;
                ++pos_;
                skip_space();
                if (pos_ < s_.size() && s_[pos_] == ']') {
                    error_ = {comma_line, comma_col, {N_("a comma before ']': JSON allows no trailing comma"), {}}};
                    return false;
                }
                continue;
            }
            if (s_[pos_] == ']') return ++pos_, true;
            return fail(N_("expected ',' or ']' (is a comma missing?)"));
        }
    }

    bool hex4(unsigned& out) {
        if (pos_ + 4 > s_.size()) return fail(N_("a \\u escape needs four hexadecimal digits"));
        out = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = s_[pos_++];
            out <<= 4;
            if (c >= '0' && c <= '9') out |= unsigned(c - '0');
            else if (c >= 'a' && c <= 'f') out |= unsigned(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F') out |= unsigned(c - 'A' + 10);
            else return fail(N_("a \\u escape needs four hexadecimal digits"));
        }
        return true;
    }
    // Length of the valid UTF-8 sequence at pos_, or 0.
    size_t utf8_length() const {
        const auto b = [&](size_t i) { return pos_ + i < s_.size() ? static_cast<unsigned char>(s_[pos_ + i]) : 0u; };
        const unsigned c = b(0);
        const auto cont = [&](size_t i) { return (b(i) & 0xC0) == 0x80; };
        if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
        if (c >= 0xE0 && c <= 0xEF) {
            if (!cont(1) || !cont(2)) return 0;
            if (c == 0xE0 && b(1) < 0xA0) return 0;   // overlong
            if (c == 0xED && b(1) >= 0xA0) return 0;  // surrogates
            return 3;
        }
        if (c >= 0xF0 && c <= 0xF4) {
            if (!cont(1) || !cont(2) || !cont(3)) return 0;
            if (c == 0xF0 && b(1) < 0x90) return 0;
            if (c == 0xF4 && b(1) >= 0x90) return 0;
            return 4;
        }
        return 0;
    }

    bool string(std::string& out) {
        ++pos_;  // the opening quote
        for (;;) {
            if (pos_ >= s_.size()) return fail(N_("the file ends inside a text: a closing quote is missing"));
            const unsigned char c = static_cast<unsigned char>(s_[pos_]);
            if (c == '"') return ++pos_, true;
            if (c < 0x20) return fail(N_("a line break or control character inside a text (write \\n)"));
            if (c == '\\') {
                ++pos_;
                if (pos_ >= s_.size()) return fail(N_("the file ends inside a text: a closing quote is missing"));
                const char e = s_[pos_++];
                switch (e) {
                    case '"': out += '"'; break;
                    case '\\': out += '\\'; break;
                    case '/': out += '/'; break;
                    case 'b': out += '\b'; break;
                    case 'f': out += '\f'; break;
                    case 'n': out += '\n'; break;
                    case 'r': out += '\r'; break;
                    case 't': out += '\t'; break;
                    case 'u': {
                        unsigned cp = 0;
                        if (!hex4(cp)) return false;
                        if (cp >= 0xD800 && cp <= 0xDBFF) {
                            unsigned low = 0;
                            if (s_.substr(pos_, 2) != "\\u") return fail(N_("a \\u escape of half a character (a lone surrogate)"));
                            pos_ += 2;
                            if (!hex4(low)) return false;
                            if (low < 0xDC00 || low > 0xDFFF) return fail(N_("a \\u escape of half a character (a lone surrogate)"));
                            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                        } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                            return fail(N_("a \\u escape of half a character (a lone surrogate)"));
                        }
                        if (cp == 0) return fail(N_("a text holds a NUL character (\\u0000)"));
                        i18n::append_utf8(out, cp);
                        break;
                    }
                    default: --pos_; return fail(N_("an unknown escape \\{0} in a text"), {std::string(1, e)});
                }
                continue;
            }
            if (c < 0x80) {
                out += char(c);
                ++pos_;
                continue;
            }
            const size_t n = utf8_length();
            if (n == 0) return fail(N_("the text is not valid UTF-8 (save the file as UTF-8)"));
            out.append(s_.substr(pos_, n));
            pos_ += n;
        }
    }

    bool number(JsonValue& v) {
        const size_t start = pos_;
        if (s_[pos_] == '-') ++pos_;
        const auto digits = [&] {
            const size_t d = pos_;
            while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9') ++pos_;
            return pos_ - d;
        };
        const size_t int_start = pos_;
        const size_t int_digits = digits();
        if (int_digits == 0) return fail(N_("not a number"));
        if (int_digits > 1 && s_[int_start] == '0') return pos_ = int_start, fail(N_("a number may not start with 0"));
        if (pos_ < s_.size() && s_[pos_] == '.') {
            ++pos_;
            if (digits() == 0) return fail(N_("a number needs digits after its decimal point"));
        }
        if (pos_ < s_.size() && (s_[pos_] == 'e' || s_[pos_] == 'E')) {
            ++pos_;
            if (pos_ < s_.size() && (s_[pos_] == '+' || s_[pos_] == '-')) ++pos_;
            if (digits() == 0) return fail(N_("a number needs digits in its exponent"));
        }
        v.kind = JsonValue::Kind::Number;
        const auto [end, ec] = std::from_chars(s_.data() + start, s_.data() + pos_, v.number);
        if (ec != std::errc() || end != s_.data() + pos_ || !std::isfinite(v.number)) {
            pos_ = start;
            return fail(N_("a number too large to hold"));
        }
        return true;
    }

    std::string_view s_;
    size_t pos_ = 0;
    int line_ = 1;
    size_t line_start_ = 0;
    JsonError error_;
};

void write_string(std::string& out, const std::string& s) {
    out += '"';
    for (const unsigned char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (c < 0x20) {
                    static const char* hex = "0123456789abcdef";
                    out += "\\u00";
                    out += hex[c >> 4];
                    out += hex[c & 15];
                } else {
                    out += char(c);
                }
        }
    }
    out += '"';
}

void write_number(std::string& out, double n) {
    char buf[64];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, n);
    out.append(buf, ec == std::errc() ? end : buf);
}

// Short arrays of scalars (a box, a list of feature names) read best on one line.
bool fits_one_line(const JsonValue& v) {
    size_t length = 0;
    for (const auto& item : v.items) {
        if (item.kind == JsonValue::Kind::Array || item.kind == JsonValue::Kind::Object) return false;
        length += item.kind == JsonValue::Kind::String ? item.text.size() + 4 : 12;
    }
    return length <= 80;
}

void write_value(std::string& out, const JsonValue& v, int indent) {
    const std::string pad(size_t(indent) * 2, ' '), inner(size_t(indent + 1) * 2, ' ');
    switch (v.kind) {
        case JsonValue::Kind::Null: out += "null"; break;
        case JsonValue::Kind::Bool: out += v.boolean ? "true" : "false"; break;
        case JsonValue::Kind::Number: write_number(out, v.number); break;
        case JsonValue::Kind::String: write_string(out, v.text); break;
        case JsonValue::Kind::Array:
            if (v.items.empty()) {
                out += "[]";
            } else if (fits_one_line(v)) {
                out += '[';
                for (size_t i = 0; i < v.items.size(); ++i) {
                    if (i) out += ", ";
                    write_value(out, v.items[i], indent + 1);
                }
                out += ']';
            } else {
                out += "[\n";
                for (size_t i = 0; i < v.items.size(); ++i) {
                    out += inner;
                    write_value(out, v.items[i], indent + 1);
                    out += i + 1 < v.items.size() ? ",\n" : "\n";
                }
                out += pad + "]";
            }
            break;
        case JsonValue::Kind::Object:
            if (v.members.empty()) {
                out += "{}";
                break;
            }
            out += "{\n";
            for (size_t i = 0; i < v.members.size(); ++i) {
                out += inner;
                write_string(out, v.members[i].first);
                out += ": ";
                write_value(out, v.members[i].second, indent + 1);
                out += i + 1 < v.members.size() ? ",\n" : "\n";
            }
            out += pad + "}";
            break;
    }
}

}  // namespace

JsonParse parse_json(std::string_view text) { return Parser(text).run(); }

std::string write_json(const JsonValue& value) {
    std::string out;
    write_value(out, value, 0);
    out += '\n';
    return out;
}

}  // namespace tour
