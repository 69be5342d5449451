// Walking UTF-8 text one code point at a time.
#pragma once

#include <string_view>

namespace i18n {

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

}  // namespace i18n
