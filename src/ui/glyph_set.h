// The characters a window or a picture will draw: the font atlas rasterises exactly these, so
// that a Chinese park name or a Korean menu is there without baking whole CJK blocks (tens of
// thousands of glyphs, tens of megabytes) into the atlas.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "i18n/language.h"

namespace ui {

class GlyphSet {
public:
    GlyphSet();

    // Adds every code point of a UTF-8 text.
    void add(std::string_view utf8);
    void add(char32_t code_point);

    bool contains(char32_t code_point) const;
    // True when every code point of `other` is here too.
    bool covers(const GlyphSet& other) const;
    size_t size() const { return count_; }

    // Code points drawn from Noto Sans CJK rather than Noto Sans: Han, kana, Hangul and the CJK
    // punctuation and full-width forms.
    static bool is_cjk(char32_t code_point);
    // The code points here for which is_cjk() holds, ascending.
    std::vector<char32_t> cjk() const;
    // Every code point here, ascending.
    std::vector<char32_t> code_points() const;

private:
    std::vector<uint64_t> bits_;
    size_t count_ = 0;
};

// Adds what the interface may draw in `lang` whatever the data: its catalogue's translations,
// its months and days as dates are written ("2023年12月"), digits and punctuation; with
// `language_menu`, the five languages' own names too.
void add_interface_glyphs(GlyphSet& glyphs, i18n::Language lang, bool language_menu);

// Runs of consecutive code points as [first, last] pairs, ending with 0 (ImGui's glyph ranges).
std::vector<uint32_t> glyph_ranges(const std::vector<char32_t>& ascending);

}  // namespace ui
