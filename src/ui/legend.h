// The map legend: occupancy ramp with the Decree 35 threshold, park statuses, economic zones
// and pins, drawn from the same palette as the map.
#pragma once

#include <imgui.h>

#include <string>

#include "ui/fonts.h"
#include "i18n/language.h"

namespace ui {

// Draws the legend with its bottom-right corner at `bottom_right`; returns its rectangle.
// `occupancy_asof`: the dates of the occupancy figures shown, e.g. "Dec 2023" (may be empty).
ImVec4 draw_legend(ImDrawList& dl, ImVec2 bottom_right, const MapFonts& fonts, i18n::Language lang, float scale,
                   const std::string& occupancy_asof);

}  // namespace ui
