#include "data/vietnamese_letters.h"

#include <algorithm>
#include <array>

namespace data::vietnamese {

namespace {

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

// ---- Composing to NFC ----------------------------------------------------------------------


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

}  // namespace

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


bool is_vowel(char32_t c) {
    for (const Vowel& v : kVowels)
        if (v.forms[kLevel] == c) return true;
    return false;
}

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


}  // namespace data::vietnamese
