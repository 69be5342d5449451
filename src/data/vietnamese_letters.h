// The Vietnamese letters: the twelve vowels with their tones, small and capital, and text put
// in Unicode's composed form (NFC). Shared by the legacy code pages (legacy_vietnamese.cpp) and
// the encoding detection (legacy_detection.cpp); internal to src/data.
#pragma once

#include <cstdint>
#include <iterator>
#include <optional>
#include <string>

namespace data::vietnamese {

// Vietnamese tones (ngang, huyền, hỏi, ngã, sắc, nặng) and the marks that make a new vowel.
enum Tone : uint8_t { kLevel, kGrave, kHook, kTilde, kAcute, kDot };
enum Mod : uint8_t { kPlain, kBreve, kCircumflex, kHorn };

struct Vowel {
    char32_t base;        // the ASCII letter under the marks
    Mod mod;
    char32_t forms[6];    // small letter, by Tone
};

// The twelve vowels and their 72 small forms (Unicode's Latin-1 and Latin Extended Additional).
inline constexpr Vowel kVowels[] = {
    {U'a', kPlain, {U'a', U'à', U'ả', U'ã', U'á', U'ạ'}},
    {U'a', kBreve, {U'ă', U'ằ', U'ẳ', U'ẵ', U'ắ', U'ặ'}},
    {U'a', kCircumflex, {U'â', U'ầ', U'ẩ', U'ẫ', U'ấ', U'ậ'}},
    {U'e', kPlain, {U'e', U'è', U'ẻ', U'ẽ', U'é', U'ẹ'}},
    {U'e', kCircumflex, {U'ê', U'ề', U'ể', U'ễ', U'ế', U'ệ'}},
    {U'i', kPlain, {U'i', U'ì', U'ỉ', U'ĩ', U'í', U'ị'}},
    {U'o', kPlain, {U'o', U'ò', U'ỏ', U'õ', U'ó', U'ọ'}},
    {U'o', kCircumflex, {U'ô', U'ồ', U'ổ', U'ỗ', U'ố', U'ộ'}},
    {U'o', kHorn, {U'ơ', U'ờ', U'ở', U'ỡ', U'ớ', U'ợ'}},
    {U'u', kPlain, {U'u', U'ù', U'ủ', U'ũ', U'ú', U'ụ'}},
    {U'u', kHorn, {U'ư', U'ừ', U'ử', U'ữ', U'ứ', U'ự'}},
    {U'y', kPlain, {U'y', U'ỳ', U'ỷ', U'ỹ', U'ý', U'ỵ'}},
};
inline constexpr int kVowelCount = static_cast<int>(std::size(kVowels));

// The capital of a small Vietnamese letter: Unicode puts each one 0x20 or one code point below.
constexpr char32_t to_capital(char32_t c) {
    if ((c >= U'a' && c <= U'z') || (c >= 0xE0 && c <= 0xFE && c != 0xF7)) return c - 0x20;
    if (c >= 0x1EA0 && c <= 0x1EF9) return c & ~char32_t{1};
    switch (c) {
        case U'ă': case U'đ': case U'ĩ': case U'ũ': case U'ơ': case U'ư': return c - 1;
        default: return c;
    }
}

struct Letter {
    int vowel;
    Tone tone;
    bool capital;
};

// The vowel letter at `c` (any tone, small or capital); nullopt for anything else.
std::optional<Letter> vowel_letter(char32_t c);
// The vowel with this base letter and modifier; -1 if there is none (e.g. 'i' with a breve).
int vowel_with(char32_t base, Mod mod);
// The code point of a vowel with a tone, small or capital.
char32_t letter_code(int vowel, Tone tone, bool capital);
// A small vowel without tone (a, ă, â, e, ê, i, o, ô, ơ, u, ư, y).
bool is_vowel(char32_t c);

// The combining marks, by Tone and by Mod.
inline constexpr char32_t kToneMark[6] = {0, 0x0300, 0x0309, 0x0303, 0x0301, 0x0323};
inline constexpr char32_t kModMark[4] = {0, 0x0306, 0x0302, 0x031B};

// Puts a vowel and the combining marks after it into one precomposed letter where Unicode has
// one (NFC for Vietnamese text); other text is left as it is.
void compose_vietnamese(std::u32string& text);

}  // namespace data::vietnamese
