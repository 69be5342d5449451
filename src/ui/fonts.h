// Fonts for the map and panels: Noto Sans with exactly the glyphs the texts need, so
// Vietnamese diacritics (and any other script in the data) render instead of "?"; Noto Sans
// CJK merged in for the Chinese, Korean and Japanese characters in use, in the regional forms
// of the chosen language.
#pragma once

#include <string>
#include <vector>

#include "i18n/language.h"
#include "ui/glyph_set.h"
#include "ui/theme.h"

struct ImFont;

namespace ui {

struct MapFonts {
    ImFont* label = nullptr;    // park names on the map
    ImFont* body = nullptr;     // legend and furniture
    ImFont* title = nullptr;
    ImFont* heading = nullptr;  // panel headings, the toolbar's title (bold)
    ImFont* caption = nullptr;  // small print: sources under figures
    ImFont* room = nullptr;     // a slide's caption for a room; only with a theme's room_px
    // The label font grown by label_halo_px (its glyphs dilated in the atlas): one pass of it
    // under a label draws the label's halo, where offset copies took eight.
    ImFont* label_halo = nullptr;
    float label_halo_px = 0.0f;
    std::string regular_path;   // the files used, for the log; empty = ImGui's built-in font
    std::string bold_path;
    std::string cjk_path;       // empty when no CJK character is drawn (or no CJK font is installed)
    int cjk_face = -1;          // the face inside the .ttc: 0 JP, 1 KR, 2 SC
    size_t cjk_glyphs = 0;      // CJK characters rasterised
    size_t missing_cjk = 0;     // CJK characters wanted but not drawable (no font; beyond U+FFFF)
};

// The Noto Sans CJK face for `lang`'s regional forms of Han characters: Japanese, Korean or
// Simplified Chinese; for English and Vietnamese, Japanese if there is kana, Korean if there is
// Hangul and no Han, else Simplified Chinese.
int cjk_face_for(i18n::Language lang, const GlyphSet& glyphs);

// Adds the fonts to the current ImGui context's atlas, at the theme's type scale times
// `pixel_ratio` (framebuffer pixels per screen pixel: HiDPI). `glyphs`: every character that
// will be drawn (feature names, UI words); `lang` chooses the CJK face.
// If no Noto/DejaVu file is found, falls back to ImGui's font and says so in *warning; so it
// does when CJK characters are wanted and fonts-noto-cjk is missing.
// Builds the atlas (the halo font is made from its pixels) and lets go of the font files.
MapFonts load_map_fonts(const GlyphSet& glyphs, i18n::Language lang, const Theme& theme, float pixel_ratio,
                        std::string* warning);
MapFonts load_map_fonts(const std::vector<std::string>& texts, const Theme& theme, float pixel_ratio, std::string* warning,
                        i18n::Language lang = i18n::Language::En);

}  // namespace ui
