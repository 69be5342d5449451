// The map legend: occupancy ramp with the Decree 35 threshold, park statuses, economic zones
// and pins, drawn from the same palette as the map.
#pragma once

#include <imgui.h>

#include "ui/fonts.h"
#include "ui/language.h"

namespace ui {

// Draws the legend with its bottom-left corner at `bottom_left`; returns its rectangle.
ImVec4 draw_legend(ImDrawList& dl, ImVec2 bottom_left, const MapFonts& fonts, Language lang, float scale);

}  // namespace ui
