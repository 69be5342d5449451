// The measure tool on screen: its points and line over the map, and a card at the top of the
// visible map with the distance and area so far.
#pragma once

#include <imgui.h>

#include <string>

#include "geo/geometry.h"
#include "i18n/language.h"
#include "render/camera.h"
#include "state/measure_tool.h"

namespace ui {

// "3 points · distance (geodesic) 12.35 km · area (geodesic) 456.7 ha"; empty when off.
std::string measure_summary(const state::MeasureTool& tool, i18n::Language lang);

// Draws the points, the polyline (and the closed polygon with ≥ 3 points).
void draw_measure(ImDrawList& dl, const state::MeasureTool& tool, const render::Camera& camera, float scale);

// The summary in a card centred at the top of `frame` (the visible map).
void draw_measure_card(const std::string& summary, const geo::Box& frame);

}  // namespace ui
