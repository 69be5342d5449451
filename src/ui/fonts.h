// Fonts for the map and panels: Noto Sans with exactly the glyphs the texts need, so
// Vietnamese diacritics (and any other script in the data) render instead of "?".
#pragma once

#include <string>
#include <vector>

struct ImFont;

namespace ui {

struct MapFonts {
    ImFont* label = nullptr;    // park names on the map
    ImFont* body = nullptr;     // legend and furniture
    ImFont* title = nullptr;
    std::string regular_path;   // the files used, for the log; empty = ImGui's built-in font
    std::string bold_path;
};

// Adds the fonts to the current ImGui context's atlas. `texts`: every string that will be
// drawn (feature names, UI words). `scale` multiplies every size (HiDPI, big images).
// If no Noto/DejaVu file is found, falls back to ImGui's font and says so in *warning.
MapFonts load_map_fonts(const std::vector<std::string>& texts, float scale, std::string* warning);

}  // namespace ui
