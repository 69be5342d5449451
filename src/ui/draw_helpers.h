// Small drawing helpers over ImGui draw lists, shared by the map overlay pieces.
#pragma once

#include <imgui.h>

#include <string>

#include "geo/geometry.h"
#include "render/camera.h"
#include "render/feature_style.h"

namespace ui {

inline ImU32 to_imgui(render::Rgba c) { return IM_COL32(c.r, c.g, c.b, c.a); }
inline ImU32 with_alpha(render::Rgba c, uint8_t a) { return IM_COL32(c.r, c.g, c.b, a); }

// Text with a light halo so it reads on any background (projector-friendly). With
// `halo_font` (the font dilated, see MapFonts::label_halo) the halo is one pass of it, else
// eight offset copies of the text, `halo_px` away.
// `centre_lines`: the lines of a multi-line text centred on each other (a label on an area).
void draw_halo_text(ImDrawList& dl, ImFont* font, float size, ImVec2 pos, ImU32 colour, ImU32 halo,
                    const std::string& text, float halo_px = 1.5f, ImFont* halo_font = nullptr, bool centre_lines = false);

// The rings of a polygon geometry (display CRS) as screen polylines: the highlight of a feature
// in a big layer, whose cached pictures are not restyled for a hover or a click.
void draw_geometry_outline(ImDrawList& dl, const render::Camera& camera, const geo::Geometry& geometry, ImU32 colour,
                           float thickness);

// The last ImGui item's rectangle (window pixels): where a test or the state dump finds it.
geo::Box last_item_box();

}  // namespace ui
