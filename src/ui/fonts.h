// Fonts for the map and panels: Noto Sans with exactly the glyphs the texts need, so
// Vietnamese diacritics (and any other script in the data) render instead of "?".
#pragma once

#include <string>
#include <vector>

#include "ui/theme.h"

struct ImFont;

namespace ui {

struct MapFonts {
    ImFont* label = nullptr;    // park names on the map
    ImFont* body = nullptr;     // legend and furniture
    ImFont* title = nullptr;
    ImFont* heading = nullptr;  // panel headings, the toolbar's title (bold)
    ImFont* caption = nullptr;  // small print: sources under figures
    // The label font grown by label_halo_px (its glyphs dilated in the atlas): one pass of it
    // under a label draws the label's halo, where offset copies took eight.
    ImFont* label_halo = nullptr;
    float label_halo_px = 0.0f;
    std::string regular_path;   // the files used, for the log; empty = ImGui's built-in font
    std::string bold_path;
};

// Adds the fonts to the current ImGui context's atlas, at the theme's type scale times
// `pixel_ratio` (framebuffer pixels per screen pixel: HiDPI). `texts`: every string that
// will be drawn (feature names, UI words).
// If no Noto/DejaVu file is found, falls back to ImGui's font and says so in *warning.
// Builds the atlas (the halo font is made from its pixels).
MapFonts load_map_fonts(const std::vector<std::string>& texts, const Theme& theme, float pixel_ratio, std::string* warning);

}  // namespace ui
