#include "data/legacy_vietnamese.h"

#include "i18n/utf8.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <unordered_set>

namespace data {

namespace {

constexpr char32_t kReplacement = 0xFFFD;

// ---- The letters ---------------------------------------------------------------------------

// Vietnamese tones (ngang, huyền, hỏi, ngã, sắc, nặng) and the marks that make a new vowel.
enum Tone : uint8_t { kLevel, kGrave, kHook, kTilde, kAcute, kDot };
enum Mod : uint8_t { kPlain, kBreve, kCircumflex, kHorn };

struct Vowel {
    char32_t base;        // the ASCII letter under the marks
    Mod mod;
    char32_t forms[6];    // small letter, by Tone
};

// The twelve vowels and their 72 small forms (Unicode's Latin-1 and Latin Extended Additional).
constexpr Vowel kVowels[] = {
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
constexpr int kVowelCount = static_cast<int>(std::size(kVowels));

// The capital of a small Vietnamese letter: Unicode puts each one 0x20 or one code point below.
constexpr char32_t to_capital(char32_t c) {
    if ((c >= U'a' && c <= U'z') || (c >= 0xE0 && c <= 0xFE && c != 0xF7)) return c - 0x20;
    if (c >= 0x1EA0 && c <= 0x1EF9) return c & ~char32_t{1};
    switch (c) {
        case U'ă': case U'đ': case U'ĩ': case U'ũ': case U'ơ': case U'ư': return c - 1;
        default: return c;
    }
}

struct LetterEntry {
    char32_t code;
    uint8_t vowel;
    uint8_t tone;
    bool capital;
};

// Every vowel form, small and capital, sorted by code point for a binary search.
constexpr auto kLetterIndex = [] {
    std::array<LetterEntry, kVowelCount * 6 * 2> index{};
    size_t n = 0;
    for (int v = 0; v < kVowelCount; ++v)
        for (int t = 0; t < 6; ++t)
            for (bool capital : {false, true}) {
                const char32_t small = kVowels[v].forms[t];
                index[n++] = {capital ? to_capital(small) : small, uint8_t(v), uint8_t(t), capital};
            }
    std::sort(index.begin(), index.end(), [](const LetterEntry& a, const LetterEntry& b) { return a.code < b.code; });
    return index;
}();

struct Letter {
    int vowel;
    Tone tone;
    bool capital;
};

std::optional<Letter> vowel_letter(char32_t c) {
    const auto it = std::lower_bound(kLetterIndex.begin(), kLetterIndex.end(), c,
                                     [](const LetterEntry& e, char32_t code) { return e.code < code; });
    if (it == kLetterIndex.end() || it->code != c) return std::nullopt;
    return Letter{it->vowel, Tone(it->tone), it->capital};
}

int vowel_with(char32_t base, Mod mod) {
    for (int v = 0; v < kVowelCount; ++v)
        if (kVowels[v].base == base && kVowels[v].mod == mod) return v;
    return -1;
}

char32_t letter_code(int vowel, Tone tone, bool capital) {
    const char32_t small = kVowels[vowel].forms[tone];
    return capital ? to_capital(small) : small;
}

// ---- Composing to NFC ----------------------------------------------------------------------

// The combining marks, by Tone and by Mod.
constexpr char32_t kToneMark[6] = {0, 0x0300, 0x0309, 0x0303, 0x0301, 0x0323};
constexpr char32_t kModMark[4] = {0, 0x0306, 0x0302, 0x031B};

// Canonical combining class (UnicodeData.txt) of the marks Vietnamese uses; 0 for anything else.
int mark_class(char32_t c) {
    switch (c) {
        case 0x0300: case 0x0301: case 0x0302: case 0x0303: case 0x0306: case 0x0309: return 230;
        case 0x031B: return 216;
        case 0x0323: return 220;
        default: return 0;
    }
}

struct LetterState {
    char32_t base;
    Mod mod;
    Tone tone;
};

// Adds a mark where Unicode has a precomposed letter that is canonically this letter plus that
// mark: ậ is ạ + circumflex and ợ is ơ + dot below, so â + dot below does not compose directly.
bool add_mark(LetterState& s, char32_t mark) {
    for (int t = kGrave; t <= kDot; ++t) {
        if (mark != kToneMark[t]) continue;
        if (s.tone != kLevel || (t == kDot && s.mod != kPlain && s.mod != kHorn)) return false;
        s.tone = Tone(t);
        return true;
    }
    for (int m = kBreve; m <= kHorn; ++m) {
        if (mark != kModMark[m]) continue;
        if (s.mod != kPlain || vowel_with(s.base, Mod(m)) < 0) return false;
        if (s.tone != kLevel && !(s.tone == kDot && m != kHorn)) return false;
        s.mod = Mod(m);
        return true;
    }
    return false;
}

// Unicode's normalisation to NFC (UAX #15) for the Vietnamese letters: a vowel and the marks
// after it are decomposed, put in canonical order and composed again. Marks on other letters are
// only put in canonical order (ñ or ĕ stay decomposed), and marks Vietnamese does not use stay
// where they are.
void compose_vietnamese(std::u32string& text) {
    std::u32string out, marks, rest;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size();) {
        const char32_t c = text[i];
        if (i + 1 == text.size() || mark_class(text[i + 1]) == 0) {
            out += c;
            ++i;
            continue;
        }
        const auto letter = vowel_letter(c);
        marks.clear();
        if (letter && kVowels[letter->vowel].mod != kPlain) marks += kModMark[kVowels[letter->vowel].mod];
        if (letter && letter->tone != kLevel) marks += kToneMark[letter->tone];
        size_t j = i + 1;
        for (; j < text.size() && mark_class(text[j]) != 0; ++j) marks += text[j];
        std::stable_sort(marks.begin(), marks.end(),
                         [](char32_t a, char32_t b) { return mark_class(a) < mark_class(b); });
        i = j;
        if (!letter) {  // marks on another letter: only put in canonical order
            out += c;
            out += marks;
            continue;
        }
        const Vowel& vowel = kVowels[letter->vowel];
        LetterState state{vowel.base, kPlain, kLevel};
        rest.clear();
        int blocking = 0;  // class of the last mark left over: it blocks marks of its class or lower
        for (const char32_t m : marks) {
            const int cls = mark_class(m);
            if ((rest.empty() || blocking < cls) && add_mark(state, m)) continue;
            rest += m;
            blocking = cls;
        }
        out += letter_code(vowel_with(state.base, state.mod), state.tone, letter->capital);
        out += rest;
    }
    text.swap(out);
}

// ---- UTF-8 ---------------------------------------------------------------------------------

// Appends the code points of UTF-8 text; a byte that starts no valid sequence (overlong forms,
// surrogates and values past U+10FFFF included) becomes U+FFFD. Returns how many did.
size_t append_utf8_code_points(std::string_view s, std::u32string& out) {
    size_t replaced = 0;
    for (size_t i = 0; i < s.size();) {
        const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
        const unsigned char lead = byte(i);
        size_t n = 0;
        char32_t cp = 0;
        if (lead < 0x80) { out += lead; ++i; continue; }
        if ((lead & 0xE0) == 0xC0) { n = 2; cp = lead & 0x1F; }
        else if ((lead & 0xF0) == 0xE0) { n = 3; cp = lead & 0x0F; }
        else if ((lead & 0xF8) == 0xF0) { n = 4; cp = lead & 0x07; }
        bool ok = n != 0 && i + n <= s.size();
        for (size_t k = 1; ok && k < n; ++k) {
            ok = (byte(i + k) & 0xC0) == 0x80;
            cp = (cp << 6) | (byte(i + k) & 0x3F);
        }
        static constexpr char32_t kMinForLength[] = {0, 0, 0x80, 0x800, 0x10000};
        if (ok && (cp < kMinForLength[n] || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)) ok = false;
        if (!ok) {
            out += kReplacement;
            ++replaced;
            ++i;
            continue;
        }
        out += cp;
        i += n;
    }
    return replaced;
}

// ---- The code pages ------------------------------------------------------------------------
// 0 marks a byte the encoding leaves unassigned.

// Windows-1252 at 0x80..0x9F: Microsoft's table (unicode.org MAPPINGS/VENDORS/MICSFT/WINDOWS/
// CP1252.TXT). TCVN3 and VNI text typed in Windows keeps these quotes and dashes.
constexpr char32_t kCp1252C1[32] = {
    0x20AC, 0x0000, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x0000, 0x017D, 0x0000,  // 88
    0x0000, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x0000, 0x017E, 0x0178,  // 98
};

// Windows-1258 at 0x80..0xFF: Microsoft's table (same place, CP1258.TXT). Tones are combining
// marks at CC, D2, DE, EC, F2, written after the letter.
constexpr char32_t kCp1258High[128] = {
    0x20AC, 0x0000, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80
    0x02C6, 0x2030, 0x0000, 0x2039, 0x0152, 0x0000, 0x0000, 0x0000,  // 88
    0x0000, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90
    0x02DC, 0x2122, 0x0000, 0x203A, 0x0153, 0x0000, 0x0000, 0x0178,  // 98
    0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7,  // A0
    0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,  // A8
    0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7,  // B0
    0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF,  // B8
    0x00C0, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x00C5, 0x00C6, 0x00C7,  // C0
    0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x0300, 0x00CD, 0x00CE, 0x00CF,  // C8
    0x0110, 0x00D1, 0x0309, 0x00D3, 0x00D4, 0x01A0, 0x00D6, 0x00D7,  // D0
    0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x01AF, 0x0303, 0x00DF,  // D8
    0x00E0, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x00E5, 0x00E6, 0x00E7,  // E0
    0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x0301, 0x00ED, 0x00EE, 0x00EF,  // E8
    0x0111, 0x00F1, 0x0323, 0x00F3, 0x00F4, 0x01A1, 0x00F6, 0x00F7,  // F0
    0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x01B0, 0x20AB, 0x00FF,  // F8
};

// TCVN 5712:1993 at 0xA0..0xFF. VN3 (TCVN3, the ABC fonts such as .VnTime) holds the no-break
// space, the capitals Ă Â Ê Ô Ơ Ư Đ and the 67 small letters; capitals with tones are typed with
// a capitals font (.VnTimeH) over the small letters' codes. The positions marked "VN2" hold
// capitals and combining tone marks only in VN2, a superset; they are read as VN2 reads them.
constexpr char32_t kTcvnHigh[96] = {
    0x00A0, 0x0102, 0x00C2, 0x00CA, 0x00D4, 0x01A0, 0x01AF, 0x0110,  // A0
    0x0103, 0x00E2, 0x00EA, 0x00F4, 0x01A1, 0x01B0, 0x0111, 0x1EB0,  // A8, AF VN2
    0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00E0, 0x1EA3, 0x00E3,  // B0, B0-B4 VN2
    0x00E1, 0x1EA1, 0x1EB2, 0x1EB1, 0x1EB3, 0x1EB5, 0x1EAF, 0x1EB4,  // B8, BA BF VN2
    0x1EAE, 0x1EA6, 0x1EA8, 0x1EAA, 0x1EA4, 0x1EC0, 0x1EB7, 0x1EA7,  // C0, C0-C5 VN2
    0x1EA9, 0x1EAB, 0x1EA5, 0x1EAD, 0x00E8, 0x1EC2, 0x1EBB, 0x1EBD,  // C8, CD VN2
    0x00E9, 0x1EB9, 0x1EC1, 0x1EC3, 0x1EC5, 0x1EBF, 0x1EC7, 0x00EC,  // D0
    0x1EC9, 0x1EC4, 0x1EBE, 0x1ED2, 0x0129, 0x00ED, 0x1ECB, 0x00F2,  // D8, D9-DB VN2
    0x1ED4, 0x1ECF, 0x00F5, 0x00F3, 0x1ECD, 0x1ED3, 0x1ED5, 0x1ED7,  // E0, E0 VN2
    0x1ED1, 0x1ED9, 0x1EDD, 0x1EDF, 0x1EE1, 0x1EDB, 0x1EE3, 0x00F9,  // E8
    0x1ED6, 0x1EE7, 0x0169, 0x00FA, 0x1EE5, 0x1EEB, 0x1EED, 0x1EEF,  // F0, F0 VN2
    0x1EE9, 0x1EF1, 0x1EF3, 0x1EF7, 0x1EF9, 0x00FD, 0x1EF5, 0x1ED0,  // F8, FF VN2
};

bool tcvn_vn2_only(unsigned char b) {
    return b == 0xAF || (b >= 0xB0 && b <= 0xB4) || b == 0xBA || b == 0xBF || (b >= 0xC0 && b <= 0xC5) ||
           b == 0xCD || (b >= 0xD9 && b <= 0xDB) || b == 0xE0 || b == 0xF0 || b == 0xFF;
}

// VISCII 1.1 at 0x80..0xFF: RFC 1456, table 1. Every byte is a letter.
constexpr char32_t kVisciiHigh[128] = {
    0x1EA0, 0x1EAE, 0x1EB0, 0x1EB6, 0x1EA4, 0x1EA6, 0x1EA8, 0x1EAC,  // 80
    0x1EBC, 0x1EB8, 0x1EBE, 0x1EC0, 0x1EC2, 0x1EC4, 0x1EC6, 0x1ED0,  // 88
    0x1ED2, 0x1ED4, 0x1ED6, 0x1ED8, 0x1EE2, 0x1EDA, 0x1EDC, 0x1EDE,  // 90
    0x1ECA, 0x1ECE, 0x1ECC, 0x1EC8, 0x1EE6, 0x0168, 0x1EE4, 0x1EF2,  // 98
    0x00D5, 0x1EAF, 0x1EB1, 0x1EB7, 0x1EA5, 0x1EA7, 0x1EA9, 0x1EAD,  // A0
    0x1EBD, 0x1EB9, 0x1EBF, 0x1EC1, 0x1EC3, 0x1EC5, 0x1EC7, 0x1ED1,  // A8
    0x1ED3, 0x1ED5, 0x1ED7, 0x1EE0, 0x01A0, 0x1ED9, 0x1EDD, 0x1EDF,  // B0
    0x1ECB, 0x1EF0, 0x1EE8, 0x1EEA, 0x1EEC, 0x01A1, 0x1EDB, 0x01AF,  // B8
    0x00C0, 0x00C1, 0x00C2, 0x00C3, 0x1EA2, 0x0102, 0x1EB3, 0x1EB5,  // C0
    0x00C8, 0x00C9, 0x00CA, 0x1EBA, 0x00CC, 0x00CD, 0x0128, 0x1EF3,  // C8
    0x0110, 0x1EE9, 0x00D2, 0x00D3, 0x00D4, 0x1EA1, 0x1EF7, 0x1EEB,  // D0
    0x1EED, 0x00D9, 0x00DA, 0x1EF9, 0x1EF5, 0x00DD, 0x1EE1, 0x01B0,  // D8
    0x00E0, 0x00E1, 0x00E2, 0x00E3, 0x1EA3, 0x0103, 0x1EEF, 0x1EAB,  // E0
    0x00E8, 0x00E9, 0x00EA, 0x1EBB, 0x00EC, 0x00ED, 0x0129, 0x1EC9,  // E8
    0x0111, 0x1EF1, 0x00F2, 0x00F3, 0x00F4, 0x00F5, 0x1ECF, 0x1ECD,  // F0
    0x1EE5, 0x00F9, 0x00FA, 0x0169, 0x1EE7, 0x00FD, 0x1EE3, 0x1EEE,  // F8
};

// ...and the six control positions RFC 1456 gives to capitals that did not fit above.
struct LowLetter {
    unsigned char byte;
    char32_t code;
};
constexpr LowLetter kVisciiLow[] = {{0x02, 0x1EB2}, {0x05, 0x1EB4}, {0x06, 0x1EAA},
                                    {0x14, 0x1EF6}, {0x19, 0x1EF8}, {0x1E, 0x1EF4}};

// VNI-Windows, from VNI Software's font chart as converters (e.g. VBKey's code tables) publish
// it: a vowel is its ASCII letter followed by a byte that is a mark (a tone, a modifier or both);
// đ, ơ, ư and the toned i's and ỵ are bytes of their own. 0xE0..0xFF hold the small forms and
// 0xC0..0xDF the capital ones, in the same order; the few bytes VNI leaves free keep Latin-1,
// as 0x80..0xBF keep Windows-1252 (the VNI fonts are Windows fonts over that layout).
enum class VniKind : uint8_t { Mark, Letter, Latin1 };
struct VniByte {
    VniKind kind;
    char32_t letter;  // small form, for VniKind::Letter
    Mod mod;
    Tone tone;
};
constexpr VniByte kVni[32] = {
    {VniKind::Mark, 0, kCircumflex, kGrave},    // E0 à / C0 À
    {VniKind::Mark, 0, kCircumflex, kAcute},    // E1 á
    {VniKind::Mark, 0, kCircumflex, kLevel},    // E2 â
    {VniKind::Mark, 0, kCircumflex, kTilde},    // E3 ã
    {VniKind::Mark, 0, kCircumflex, kDot},      // E4 ä  ("Vieät" is Việt)
    {VniKind::Mark, 0, kCircumflex, kHook},     // E5 å
    {VniKind::Letter, U'ỉ', kPlain, kLevel},    // E6 æ
    {VniKind::Latin1, 0, kPlain, kLevel},       // E7 ç
    {VniKind::Mark, 0, kBreve, kGrave},         // E8 è
    {VniKind::Mark, 0, kBreve, kAcute},         // E9 é
    {VniKind::Mark, 0, kBreve, kLevel},         // EA ê
    {VniKind::Mark, 0, kBreve, kDot},           // EB ë
    {VniKind::Letter, U'ì', kPlain, kLevel},    // EC ì
    {VniKind::Letter, U'í', kPlain, kLevel},    // ED í
    {VniKind::Letter, U'ỵ', kPlain, kLevel},    // EE î
    {VniKind::Mark, 0, kPlain, kDot},           // EF ï
    {VniKind::Latin1, 0, kPlain, kLevel},       // F0 ð
    {VniKind::Letter, U'đ', kPlain, kLevel},    // F1 ñ
    {VniKind::Letter, U'ị', kPlain, kLevel},    // F2 ò
    {VniKind::Letter, U'ĩ', kPlain, kLevel},    // F3 ó
    {VniKind::Letter, U'ơ', kPlain, kLevel},    // F4 ô
    {VniKind::Mark, 0, kPlain, kTilde},         // F5 õ
    {VniKind::Letter, U'ư', kPlain, kLevel},    // F6 ö
    {VniKind::Latin1, 0, kPlain, kLevel},       // F7 ÷
    {VniKind::Mark, 0, kPlain, kGrave},         // F8 ø
    {VniKind::Mark, 0, kPlain, kAcute},         // F9 ù
    {VniKind::Mark, 0, kBreve, kHook},          // FA ú
    {VniKind::Mark, 0, kPlain, kHook},          // FB û
    {VniKind::Mark, 0, kBreve, kTilde},         // FC ü
    {VniKind::Latin1, 0, kPlain, kLevel},       // FD ý
    {VniKind::Latin1, 0, kPlain, kLevel},       // FE þ
    {VniKind::Latin1, 0, kPlain, kLevel},       // FF ÿ
};

// Puts a VNI mark on the letter before it, if that letter can carry it.
bool add_vni_mark(char32_t& previous, Mod mod, Tone tone) {
    const auto letter = vowel_letter(previous);
    if (!letter) return false;
    const Vowel& vowel = kVowels[letter->vowel];
    int target = letter->vowel;
    if (mod != kPlain) {
        if (vowel.mod != kPlain) return false;
        target = vowel_with(vowel.base, mod);
        if (target < 0) return false;
    }
    if (tone != kLevel && letter->tone != kLevel) return false;
    previous = letter_code(target, tone != kLevel ? tone : letter->tone, letter->capital);
    return true;
}

char32_t windows_c1(unsigned char b) { return kCp1252C1[b - 0x80]; }

// The code points of `bytes`, composed; unassigned bytes and VNI marks with no letter to sit on
// become U+FFFD, counted in `replaced`.
std::u32string decode_code_points(std::string_view bytes, TextEncoding encoding, size_t& replaced) {
    std::u32string out;
    out.reserve(bytes.size());
    replaced = 0;
    const auto put = [&](unsigned char b, char32_t c) {  // c == 0 for a byte the table leaves unassigned
        if (c == 0 && b != 0) {
            c = kReplacement;
            ++replaced;
        }
        out += c;
    };
    switch (encoding) {
        case TextEncoding::Utf8:
            replaced = append_utf8_code_points(bytes, out);
            break;
        case TextEncoding::Cp1258:
            for (const char ch : bytes) {
                const auto b = static_cast<unsigned char>(ch);
                put(b, b < 0x80 ? char32_t{b} : kCp1258High[b - 0x80]);
            }
            break;
        case TextEncoding::Tcvn3:
            for (const char ch : bytes) {
                const auto b = static_cast<unsigned char>(ch);
                put(b, b < 0x80 ? char32_t{b} : b < 0xA0 ? windows_c1(b) : kTcvnHigh[b - 0xA0]);
            }
            break;
        case TextEncoding::Viscii:
            for (const char ch : bytes) {
                const auto b = static_cast<unsigned char>(ch);
                char32_t c = b < 0x80 ? char32_t{b} : kVisciiHigh[b - 0x80];
                for (const auto& low : kVisciiLow)
                    if (low.byte == b) c = low.code;
                put(b, c);
            }
            break;
        case TextEncoding::Vni:
            for (const char ch : bytes) {
                const auto b = static_cast<unsigned char>(ch);
                if (b < 0xC0) {
                    put(b, b < 0x80 || b >= 0xA0 ? char32_t{b} : windows_c1(b));
                    continue;
                }
                const VniByte& v = kVni[b & 0x1F];
                const bool capital = b < 0xE0;
                if (v.kind == VniKind::Latin1) put(b, b);
                else if (v.kind == VniKind::Letter) put(b, capital ? to_capital(v.letter) : v.letter);
                else if (out.empty() || !add_vni_mark(out.back(), v.mod, v.tone)) put(b, 0);
            }
            break;
    }
    compose_vietnamese(out);
    return out;
}

// ---- Encoding ------------------------------------------------------------------------------

// The byte that decodes to `c` on its own, or -1.
int single_byte(char32_t c, TextEncoding encoding) {
    const auto find = [c](const char32_t* table, size_t size, int first) {
        for (size_t i = 0; i < size; ++i)
            if (table[i] == c) return first + int(i);
        return -1;
    };
    if (c == 0) return 0;
    switch (encoding) {
        case TextEncoding::Utf8:
            return -1;
        case TextEncoding::Cp1258:
            return c < 0x80 ? int(c) : find(kCp1258High, 128, 0x80);
        case TextEncoding::Tcvn3: {
            if (c < 0x80) return int(c);
            const int b = find(kCp1252C1, 32, 0x80);
            if (b >= 0) return b;
            const int high = find(kTcvnHigh, 96, 0xA0);
            return high >= 0 && !tcvn_vn2_only(static_cast<unsigned char>(high)) ? high : -1;  // writes VN3 proper
        }
        case TextEncoding::Viscii:
            for (const auto& low : kVisciiLow) {
                if (low.code == c) return low.byte;
                if (low.byte == c) return -1;  // that control byte reads back as a letter
            }
            return c < 0x80 ? int(c) : find(kVisciiHigh, 128, 0x80);
        case TextEncoding::Vni: {
            if (c < 0x80 || (c >= 0xA0 && c < 0xC0)) return int(c);
            const int b = find(kCp1252C1, 32, 0x80);
            if (b >= 0) return b;
            for (int i = 0; i < 32; ++i) {
                // Ý and ý are written y + mark, as the VNI fonts show them; the free bytes keep the rest.
                const bool free_byte = c == char32_t(0xC0 + i) || c == char32_t(0xE0 + i);
                if (kVni[i].kind == VniKind::Latin1 && free_byte && !vowel_letter(c)) return int(c);
                if (kVni[i].kind != VniKind::Letter) continue;
                if (c == kVni[i].letter) return 0xE0 + i;
                if (c == to_capital(kVni[i].letter)) return 0xC0 + i;
            }
            return -1;
        }
    }
    return -1;
}

// The VNI byte of the mark for a modifier and tone, small or capital; -1 if there is none.
int vni_mark(Mod mod, Tone tone, bool capital) {
    for (int i = 0; i < 32; ++i)
        if (kVni[i].kind == VniKind::Mark && kVni[i].mod == mod && kVni[i].tone == tone)
            return (capital ? 0xC0 : 0xE0) + i;
    return -1;
}

// Appends `c` in a legacy encoding; false if the encoding cannot write it.
bool encode_char(char32_t c, TextEncoding encoding, std::string& out) {
    if (const int b = single_byte(c, encoding); b >= 0) {
        out += char(b);
        return true;
    }
    const auto letter = vowel_letter(c);
    if (!letter) return false;
    const Vowel& vowel = kVowels[letter->vowel];
    if (encoding == TextEncoding::Cp1258) {
        // The letter without its tone, then the combining tone mark: how Windows writes them.
        if (letter->tone == kLevel) return false;
        const int base = single_byte(letter_code(letter->vowel, kLevel, letter->capital), encoding);
        const int mark = single_byte(kToneMark[letter->tone], encoding);
        if (base < 0 || mark < 0) return false;
        out += char(base);
        out += char(mark);
        return true;
    }
    if (encoding == TextEncoding::Vni) {
        // ơ and ư are bytes of their own that take a tone mark; the others are ASCII + one mark.
        const bool horn = vowel.mod == kHorn;
        const int base = horn ? single_byte(letter_code(letter->vowel, kLevel, letter->capital), encoding)
                              : int(letter->capital ? to_capital(vowel.base) : vowel.base);
        const int mark = vni_mark(horn ? kPlain : vowel.mod, letter->tone, letter->capital);
        if (base < 0 || mark < 0) return false;
        out += char(base);
        out += char(mark);
        return true;
    }
    return false;
}

// ---- Scoring how Vietnamese a decoding reads -----------------------------------------------

bool is_vowel(char32_t c) {
    for (const Vowel& v : kVowels)
        if (v.forms[kLevel] == c) return true;
    return false;
}

template <size_t N>
bool one_of(std::u32string_view s, const std::u32string_view (&list)[N]) {
    return std::find(std::begin(list), std::end(list), s) != std::end(list);
}

// Spelling of the syllable's parts (âm đầu, vần), toneless and small.
constexpr std::u32string_view kOnsets[] = {U"b", U"c", U"ch", U"d", U"đ", U"g", U"gh", U"gi", U"h", U"k", U"kh",
                                           U"l", U"m", U"n", U"ng", U"ngh", U"nh", U"p", U"ph", U"qu", U"r", U"s",
                                           U"t", U"th", U"tr", U"v", U"x"};
constexpr std::u32string_view kCodas[] = {U"c", U"ch", U"m", U"n", U"ng", U"nh", U"p", U"t"};
// Vowel groups that end the syllable (a glide closes them), that need a final consonant, or either.
constexpr std::u32string_view kOpenNuclei[] = {
    U"ai", U"ao", U"au", U"ay", U"âu", U"ây", U"eo", U"êu", U"ia", U"iu", U"oi", U"ôi", U"ơi", U"ua", U"ui",
    U"ưa", U"ưi", U"ưu", U"iêu", U"yêu", U"oai", U"oay", U"oao", U"oeo", U"uôi", U"ươi", U"ươu", U"uây",
    U"uya", U"uyu", U"uơ"};
constexpr std::u32string_view kClosedNuclei[] = {U"ă", U"â", U"iê", U"yê", U"uô", U"ươ", U"oă", U"uâ", U"uyê", U"oo"};
constexpr std::u32string_view kEitherNuclei[] = {U"a", U"e", U"ê", U"i", U"o", U"ô", U"ơ", U"u", U"ư", U"y",
                                                 U"oa", U"oe", U"uê", U"uy"};
constexpr std::u32string_view kPalatalNuclei[] = {U"a", U"ê", U"i", U"y", U"oa", U"uê", U"uy"};  // before ch, nh
constexpr std::u32string_view kFrontNuclei[] = {U"i", U"y", U"ê", U"uy", U"uê"};                  // never before c, ng

// Whether a word is one well-formed Vietnamese syllable: Vietnamese letters only, one tone at
// most, capitals only first or throughout, onset + vowel group + final consonant in the shapes
// the orthography allows, and a final p, t, c or ch only under the sắc or nặng tone.
// `small_codes_in_capitals`: TCVN3 writes capitals with tones in small letters' codes (the ABC
// capitals fonts draw them big), so there small non-ASCII letters say nothing about case.
bool is_syllable(std::u32string_view word, bool small_codes_in_capitals) {
    constexpr size_t kLongest = 7;  // nghiêng
    if (word.empty() || word.size() > kLongest) return false;
    std::array<char32_t, kLongest> plain{};
    size_t cased = 0, capitals = 0, tones = 0;  // letters that show their case, capitals among them
    Tone tone = kLevel;
    for (size_t i = 0; i < word.size(); ++i) {
        const char32_t c = word[i];
        bool capital = false;
        bool shows_case = true;
        if (c < 0x80) {
            if (!((c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'))) return false;
            capital = c <= U'Z';
            plain[i] = capital ? c + 0x20 : c;
        } else if (c == U'đ' || c == U'Đ') {
            capital = c == U'Đ';
            shows_case = capital || !small_codes_in_capitals;
            plain[i] = U'đ';
        } else if (const auto letter = vowel_letter(c)) {
            capital = letter->capital;
            shows_case = capital || !small_codes_in_capitals;
            plain[i] = kVowels[letter->vowel].forms[kLevel];
            if (letter->tone != kLevel) {
                ++tones;
                tone = letter->tone;
            }
        } else {
            return false;
        }
        if (!shows_case) continue;
        if (capital && cased != capitals) return false;  // a capital after a small letter
        capitals += capital;
        ++cased;
    }
    if (tones > 1 || (capitals > 1 && capitals != cased)) return false;

    const std::u32string_view w(plain.data(), word.size());
    size_t onset_end = 0;
    while (onset_end < w.size() && !is_vowel(w[onset_end])) ++onset_end;
    std::u32string_view onset = w.substr(0, onset_end);
    if (onset == U"q") {
        if (onset_end == w.size() || w[onset_end] != U'u') return false;
        onset = w.substr(0, ++onset_end);
    } else if (onset == U"g" && onset_end + 1 < w.size() && w[onset_end] == U'i' && is_vowel(w[onset_end + 1])) {
        onset = w.substr(0, ++onset_end);
    }
    if (!onset.empty() && !one_of(onset, kOnsets)) return false;
    size_t nucleus_end = onset_end;
    while (nucleus_end < w.size() && is_vowel(w[nucleus_end])) ++nucleus_end;
    const std::u32string_view nucleus = w.substr(onset_end, nucleus_end - onset_end);
    const std::u32string_view coda = w.substr(nucleus_end);
    if (nucleus.empty() || (!coda.empty() && !one_of(coda, kCodas))) return false;

    if (one_of(nucleus, kOpenNuclei)) {
        if (!coda.empty()) return false;
    } else if (one_of(nucleus, kClosedNuclei)) {
        if (coda.empty()) return false;
    } else if (!one_of(nucleus, kEitherNuclei)) {
        return false;
    }
    if ((coda == U"ch" || coda == U"nh") && !one_of(nucleus, kPalatalNuclei)) return false;
    if ((coda == U"c" || coda == U"ng") && one_of(nucleus, kFrontNuclei)) return false;
    const bool stop = coda == U"c" || coda == U"ch" || coda == U"p" || coda == U"t";
    if (stop && tone != kAcute && tone != kDot) return false;

    // k, gh, ngh spell the onsets before i, e, ê, y; c, g, ng before the other vowels.
    const char32_t first = nucleus.front();
    const bool front = first == U'i' || first == U'e' || first == U'ê' || first == U'y';
    if ((onset == U"k" || onset == U"gh" || onset == U"ngh") && !front) return false;
    if ((onset == U"c" || onset == U"ng") && front) return false;
    if (onset == U"g" && (first == U'e' || first == U'ê')) return false;
    return true;
}

bool is_word_break(char32_t c) {
    if (c < 0x80) return !((c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'));
    switch (c) {
        case 0x00A0: case 0x00AB: case 0x00BB: case 0x2013: case 0x2014: case 0x2018: case 0x2019:
        case 0x201C: case 0x201D: case 0x2022: case 0x2026:
            return true;
        default:
            return false;
    }
}

bool is_control(char32_t c) { return (c < 0x20 && c != U'\t' && c != U'\n' && c != U'\r') || (c >= 0x7F && c < 0xA0); }

// Distinct words with a non-ASCII character that read as syllables (good) or not (bad), plus
// replaced bytes and control characters (bad too).
struct Tally {
    size_t good = 0;
    size_t bad = 0;
    double score() const { return good + bad == 0 ? 0.0 : double(good) / double(good + bad); }
};

Tally score_decoding(const std::vector<std::string_view>& values, TextEncoding encoding) {
    Tally tally;
    std::unordered_set<std::u32string> seen;
    for (const auto value : values) {
        size_t replaced = 0;
        const std::u32string text = decode_code_points(value, encoding, replaced);
        tally.bad += replaced;
        for (size_t i = 0; i < text.size();) {
            if (is_word_break(text[i])) {
                if (is_control(text[i])) ++tally.bad;
                ++i;
                continue;
            }
            size_t j = i;
            bool non_ascii = false;
            for (; j < text.size() && !is_word_break(text[j]); ++j) {
                non_ascii = non_ascii || text[j] >= 0x80;
                if (is_control(text[j])) ++tally.bad;
            }
            std::u32string word = text.substr(i, j - i);
            i = j;
            if (!non_ascii || !seen.insert(word).second) continue;
            (is_syllable(word, encoding == TextEncoding::Tcvn3) ? tally.good : tally.bad) += 1;
        }
    }
    return tally;
}

bool has_high_byte(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

std::string utf8_of(const std::u32string& text) {
    std::string out;
    out.reserve(text.size());
    for (const char32_t c : text) i18n::append_utf8(out, c);
    return out;
}

}  // namespace

const char* encoding_name(TextEncoding encoding) {
    switch (encoding) {
        case TextEncoding::Utf8: return "UTF-8";
        case TextEncoding::Cp1258: return "Windows-1258";
        case TextEncoding::Tcvn3: return "TCVN3 (ABC)";
        case TextEncoding::Vni: return "VNI-Windows";
        case TextEncoding::Viscii: return "VISCII";
    }
    return "UTF-8";
}

std::optional<TextEncoding> parse_encoding_name(std::string_view name) {
    // Letters and digits only, small: "ANSI 1258", "windows_1258" and "TCVN3 (ABC)" become keys.
    std::string key;
    for (const char ch : name) {
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 'A' && c <= 'Z') key += char(c + 0x20);
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.') key += char(c);
        else if (!std::strchr(" -_()\t\r\n:", c)) return std::nullopt;
    }
    struct Alias {
        std::string_view key;
        TextEncoding encoding;
    };
    static constexpr Alias kAliases[] = {
        {"utf8", TextEncoding::Utf8},        {"65001", TextEncoding::Utf8},        {"cp65001", TextEncoding::Utf8},
        {"cp1258", TextEncoding::Cp1258},    {"windows1258", TextEncoding::Cp1258}, {"win1258", TextEncoding::Cp1258},
        {"1258", TextEncoding::Cp1258},      {"ansi1258", TextEncoding::Cp1258},   {"ms1258", TextEncoding::Cp1258},
        {"tcvn3", TextEncoding::Tcvn3},      {"tcvn", TextEncoding::Tcvn3},        {"abc", TextEncoding::Tcvn3},
        {"vn3", TextEncoding::Tcvn3},        {"tcvn3abc", TextEncoding::Tcvn3},    {"tcvn5712", TextEncoding::Tcvn3},
        {"tcvn57123", TextEncoding::Tcvn3},  {"tcvn57121993", TextEncoding::Tcvn3}, {"vscii", TextEncoding::Tcvn3},
        {"vscii3", TextEncoding::Tcvn3},     {"vni", TextEncoding::Vni},           {"vniwindows", TextEncoding::Vni},
        {"vniwin", TextEncoding::Vni},       {"viscii", TextEncoding::Viscii},     {"viscii1.1", TextEncoding::Viscii},
        {"viscii11", TextEncoding::Viscii},
    };
    for (const auto& alias : kAliases)
        if (alias.key == key) return alias.encoding;
    return std::nullopt;
}

std::string decode_text(std::string_view bytes, TextEncoding encoding, size_t* replaced) {
    size_t count = 0;
    const std::u32string text = decode_code_points(bytes, encoding, count);
    if (replaced) *replaced = count;
    return utf8_of(text);
}

std::string encode_text(std::string_view utf8, TextEncoding encoding) {
    size_t ignored = 0;
    const std::u32string text = decode_code_points(utf8, TextEncoding::Utf8, ignored);
    if (encoding == TextEncoding::Utf8) return utf8_of(text);
    std::string out;
    out.reserve(text.size() * 2);
    for (const char32_t c : text)
        if (c == kReplacement || !encode_char(c, encoding, out)) out += '?';
    return out;
}

EncodingGuess detect_encoding(const std::vector<std::string>& raw_values) {
    EncodingGuess guess;
    guess.values_looked_at = raw_values.size();
    // Distinct values only: a district repeated over 2,000 records is one piece of evidence.
    std::vector<std::string_view> distinct;
    std::unordered_set<std::string_view> seen;
    bool all_utf8 = true;
    size_t multibyte = 0;  // multi-byte characters in the distinct values, if they are UTF-8
    for (const auto& value : raw_values) {
        if (!has_high_byte(value)) continue;
        ++guess.non_ascii_values;
        if (!seen.insert(value).second) continue;
        distinct.push_back(value);
        std::u32string code_points;
        if (append_utf8_code_points(value, code_points) != 0) all_utf8 = false;
        multibyte += size_t(std::count_if(code_points.begin(), code_points.end(), [](char32_t c) { return c > 0x7F; }));
    }
    if (distinct.empty()) {
        guess.confidence = 1.0;
        return guess;
    }
    if (all_utf8) {
        // Legacy bytes rarely pair up as a lead byte and its continuation bytes, and must do so for
        // every character of every value to pass; each character that does makes a fluke rarer.
        guess.confidence = 1.0 - std::pow(0.1, double(std::min<size_t>(multibyte, 12)));
        return guess;
    }

    // Ties go to the first: the Windows code page before the font encodings, UTF-8 last (some
    // of its values are already broken).
    constexpr TextEncoding kCandidates[] = {TextEncoding::Cp1258, TextEncoding::Tcvn3, TextEncoding::Vni,
                                            TextEncoding::Viscii, TextEncoding::Utf8};
    double best = -1, second = -1;
    Tally best_tally;
    for (const TextEncoding candidate : kCandidates) {
        const Tally tally = score_decoding(distinct, candidate);
        const double score = tally.score();
        if (score > best) {
            second = best;
            best = score;
            best_tally = tally;
            guess.encoding = candidate;
        } else if (score > second) {
            second = score;
        }
    }
    // Sure when the winner reads well, leads the runner-up clearly (a quarter of the words or
    // more) and has read enough words: one short value is not enough to tell.
    const double evidence = double(best_tally.good + best_tally.bad);
    const double margin = std::clamp((best - std::max(second, 0.0)) / 0.25, 0.0, 1.0);
    guess.confidence = best * margin * evidence / (evidence + 3.0);
    return guess;
}

}  // namespace data
