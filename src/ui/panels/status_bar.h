// The status bar along the bottom of the window: one line of text.
#pragma once

#include <optional>
#include <string>

#include "geo/geometry.h"

namespace ui {

// "106.70312° E, 20.91439° N · VN-2000 / TM-3 105°45' (EPSG:9210): E 5xx xxx.x m, N 2 3xx xxx.x m"
std::string status_text(std::optional<geo::Vec2> lonlat, std::optional<geo::Vec2> vn2000, double ground_mpp);

void draw_status_bar(const std::string& text, float width, float height, float y);

}  // namespace ui
