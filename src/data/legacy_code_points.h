// Legacy bytes to code points, and UTF-8 to code points counting what is broken: the step
// under decode_text that the encoding detection scores (legacy_detection.cpp); internal to src/data.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "data/legacy_vietnamese.h"

namespace data::legacy {

inline constexpr char32_t kReplacement = 0xFFFD;

// Appends the code points of UTF-8 text; a byte that starts no valid sequence (overlong forms,
// surrogates and values past U+10FFFF included) becomes U+FFFD. Returns how many did.
size_t append_utf8_code_points(std::string_view s, std::u32string& out);

// `bytes` in `encoding` as composed (NFC) code points; `replaced` counts bytes with no meaning.
std::u32string decode_code_points(std::string_view bytes, TextEncoding encoding, size_t& replaced);

}  // namespace data::legacy
