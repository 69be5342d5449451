#include "ui/glyph_set.h"

#include <bit>

#include "i18n/catalogue.h"
#include "i18n/number_format.h"
#include "i18n/utf8.h"

namespace ui {

namespace {
constexpr char32_t kCodePoints = 0x110000;
}

GlyphSet::GlyphSet() : bits_(kCodePoints / 64, 0) {}

void GlyphSet::add(char32_t cp) {
    if (cp >= kCodePoints) return;
    uint64_t& word = bits_[cp / 64];
    const uint64_t bit = uint64_t(1) << (cp % 64);
    if (!(word & bit)) ++count_;
    word |= bit;
}

void GlyphSet::add(std::string_view utf8) {
    for (size_t i = 0; i < utf8.size();) {
        if (static_cast<unsigned char>(utf8[i]) < 0x80) {  // most of any text: no decoding
            add(char32_t(utf8[i++]));
            continue;
        }
        add(i18n::next_code_point(utf8, i));
    }
}

bool GlyphSet::contains(char32_t cp) const { return cp < kCodePoints && (bits_[cp / 64] >> (cp % 64)) & 1; }

bool GlyphSet::covers(const GlyphSet& other) const {
    for (size_t w = 0; w < bits_.size(); ++w)
        if (other.bits_[w] & ~bits_[w]) return false;
    return true;
}

bool GlyphSet::is_cjk(char32_t cp) {
    return i18n::is_cjk(cp) || (cp >= 0xFF61 && cp <= 0xFFEF);  // half-width kana and Hangul too
}

std::vector<char32_t> GlyphSet::code_points() const {
    std::vector<char32_t> out;
    out.reserve(count_);
    for (size_t w = 0; w < bits_.size(); ++w)
        for (uint64_t word = bits_[w]; word; word &= word - 1)
            out.push_back(char32_t(w * 64 + size_t(std::countr_zero(word))));
    return out;
}

std::vector<char32_t> GlyphSet::cjk() const {
    std::vector<char32_t> out;
    for (char32_t cp : code_points())
        if (is_cjk(cp)) out.push_back(cp);
    return out;
}

void add_interface_glyphs(GlyphSet& glyphs, i18n::Language lang, bool language_menu) {
    glyphs.add("0123456789 .,:;%+-−×Σ/()[]{}'\"°·…–—’“”‹›");
    for (std::string_view t : i18n::translations(lang)) glyphs.add(t);
    for (int month = 1; month <= 12; ++month) glyphs.add(i18n::format_month(2023, month, 15, lang));
    if (language_menu)
        for (const i18n::Language l : i18n::kLanguages) glyphs.add(i18n::native_name(l));
}

std::vector<uint32_t> glyph_ranges(const std::vector<char32_t>& ascending) {
    std::vector<uint32_t> out;
    for (size_t i = 0; i < ascending.size();) {
        size_t j = i;
        while (j + 1 < ascending.size() && ascending[j + 1] == ascending[j] + 1) ++j;
        out.push_back(ascending[i]);
        out.push_back(ascending[j]);
        i = j + 1;
    }
    out.push_back(0);
    return out;
}

}  // namespace ui
