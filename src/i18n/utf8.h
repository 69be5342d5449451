// Walking UTF-8 text one code point at a time.
#pragma once

#include <string>
#include <string_view>

namespace i18n {

// Appends code point `cp` to `s` as UTF-8.
inline void append_utf8(std::string& s, char32_t cp) {
    if (cp < 0x80) {
        s += char(cp);
    } else if (cp < 0x800) {
        s += char(0xC0 | (cp >> 6));
        s += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        s += char(0xE0 | (cp >> 12));
        s += char(0x80 | ((cp >> 6) & 0x3F));
        s += char(0x80 | (cp & 0x3F));
    } else {
        s += char(0xF0 | (cp >> 18));
        s += char(0x80 | ((cp >> 12) & 0x3F));
        s += char(0x80 | ((cp >> 6) & 0x3F));
        s += char(0x80 | (cp & 0x3F));
    }
}

// Decodes one UTF-8 code point at s[i], advancing i; invalid bytes come back as themselves.
inline char32_t next_code_point(std::string_view s, size_t& i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    const int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    if (c < 0x80 || i + extra >= s.size()) {
        ++i;
        return c;
    }
    char32_t cp = c & (0x3F >> extra);
    for (int k = 1; k <= extra; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    i += size_t(extra) + 1;
    return cp;
}

// Han, kana, Hangul and the CJK punctuation and full-width forms: the characters drawn from
// Noto Sans CJK, and two columns wide in a terminal.
inline bool is_cjk(char32_t cp) {
    return (cp >= 0x1100 && cp <= 0x11FF)      // Hangul Jamo
           || (cp >= 0x2E80 && cp <= 0x9FFF)   // radicals, CJK punctuation, kana, Hangul compatibility, Han
           || (cp >= 0xA960 && cp <= 0xA97F)   // Hangul Jamo extended-A
           || (cp >= 0xAC00 && cp <= 0xD7FF)   // Hangul syllables, Jamo extended-B
           || (cp >= 0xF900 && cp <= 0xFAFF)   // compatibility ideographs
           || (cp >= 0xFE30 && cp <= 0xFE4F)   // CJK compatibility forms
           || (cp >= 0xFF00 && cp <= 0xFF60)   // full-width forms (the half-width ones after are narrow)
           || (cp >= 0xFFE0 && cp <= 0xFFE6)
           || (cp >= 0x20000 && cp <= 0x3FFFF);  // supplementary ideographs
}

// Columns `s` takes in a terminal: CJK characters two, combining marks none, others one.
inline size_t display_columns(std::string_view s) {
    size_t columns = 0;
    for (size_t i = 0; i < s.size();) {
        const char32_t cp = next_code_point(s, i);
        columns += is_cjk(cp) ? 2 : (cp >= 0x0300 && cp <= 0x036F) ? 0 : 1;
    }
    return columns;
}

// `s` followed by spaces up to `columns` display columns (at least one space).
inline std::string pad_columns(std::string_view s, size_t columns) {
    const size_t used = display_columns(s);
    return std::string(s) + std::string(used < columns ? columns - used : 1, ' ');
}

}  // namespace i18n
