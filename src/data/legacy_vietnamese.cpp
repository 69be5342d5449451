#include "data/legacy_vietnamese.h"

#include "i18n/utf8.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <iterator>

#include "data/legacy_code_points.h"
#include "data/vietnamese_letters.h"

namespace data {

namespace {

using namespace vietnamese;
using legacy::kReplacement;

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


std::string utf8_of(const std::u32string& text) {
    std::string out;
    out.reserve(text.size());
    for (const char32_t c : text) i18n::append_utf8(out, c);
    return out;
}


}  // namespace

namespace legacy {

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

}  // namespace legacy

using legacy::decode_code_points;

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


}  // namespace data
