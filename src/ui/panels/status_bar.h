// The status bar along the bottom of the window: one line of text.
#pragma once

#include <optional>
#include <string>

#include "geo/geometry.h"
#include "i18n/language.h"

namespace ui {

// "106.70312° E, 20.91439° N · VN-2000 / TM-3 105°45' (EPSG:9210): E 5xx xxx.x m, N 2 3xx xxx.x m"
std::string status_text(std::optional<geo::Vec2> lonlat, std::optional<geo::Vec2> vn2000, double ground_mpp,
                        i18n::Language lang = i18n::Language::En);

// Draws the bar's content in the current window (a dock the desk has begun): the cursor's
// position on the left, the last message on the right.
void draw_status_bar(const std::string& position, const std::string& message);

}  // namespace ui
