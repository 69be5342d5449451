// Vietnamese text in the 8-bit encodings that planners' .dbf files still come in (TCVN3, VNI,
// VISCII, Windows-1258) when no .cpg says which: decoding to UTF-8, and a guess at which one a
// file holds, made by asking which decoding reads as Vietnamese syllables.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace data {

enum class TextEncoding { Utf8, Cp1258, Tcvn3, Vni, Viscii };

// The name a user reads: "UTF-8", "Windows-1258", "TCVN3 (ABC)", "VNI-Windows", "VISCII".
const char* encoding_name(TextEncoding encoding);

// Reads a name as people and .cpg files write it ("utf8", "UTF-8", "1258", "ANSI 1258",
// "windows-1258", "tcvn3", "abc", "vn3", "vni", "vni-windows", "viscii", ...), in any case and
// with any spaces, dashes or underscores; nullopt for a name it does not know.
std::optional<TextEncoding> parse_encoding_name(std::string_view name);

// Valid UTF-8 in NFC: Vietnamese letters come out precomposed (ệ is U+1EC7, never e with
// combining marks), whether the bytes held them precomposed (TCVN3, VISCII), as a letter and
// mark bytes (VNI) or with combining tone marks (Windows-1258, decomposed UTF-8). A byte with no
// meaning in the encoding becomes U+FFFD; `replaced`, when given, receives how many did.
std::string decode_text(std::string_view bytes, TextEncoding encoding, size_t* replaced = nullptr);

// The inverse, for tests and fuzz seeds: a character the encoding cannot hold becomes '?'
// (TCVN3 has no capital letters with tone marks; VISCII has no room for punctuation beyond ASCII).
std::string encode_text(std::string_view utf8, TextEncoding encoding);

struct EncodingGuess {
    TextEncoding encoding = TextEncoding::Utf8;
    double confidence = 0;        // 0..1: how far ahead the winner is, and on how much evidence
    size_t values_looked_at = 0;
    size_t non_ascii_values = 0;  // values with a byte that encodings read differently
};

// Guesses the encoding of raw attribute values (a .dbf's text fields). All ASCII: UTF-8, sure.
// All valid UTF-8: UTF-8, surer the more multi-byte characters there are. Otherwise each
// encoding decodes the distinct values and scores by the share of words with non-ASCII letters
// that are well-formed Vietnamese syllables, less replaced bytes and control characters.
EncodingGuess detect_encoding(const std::vector<std::string>& raw_values);

}  // namespace data
