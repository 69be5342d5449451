// Which legacy encoding a .dbf's text is in: each candidate decodes the distinct values, and the
// one whose words read as well-formed Vietnamese syllables wins (legacy_vietnamese.h).
#include "data/legacy_vietnamese.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "data/legacy_code_points.h"
#include "data/vietnamese_letters.h"

namespace data {

namespace {

using namespace vietnamese;
using legacy::append_utf8_code_points;
using legacy::decode_code_points;

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


}  // namespace

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
