// What the map's overlay (labels, legend, title, scale bar, north arrow, attribution) draws
// with, so that one piece of layout code draws the window's overlay (ImGui, `ImGuiPainter`) and
// a printed page's, as vectors and real text (Cairo, `print::CairoPainter`). Screen pixels,
// origin top-left, y down.
#pragma once

#include <span>
#include <string_view>

#include "geo/geometry.h"
#include "render/feature_style.h"

namespace ui {

enum class TextStyle { Label, Body, Title };  // park names; legend and furniture; the map's title

class Painter {
public:
    virtual ~Painter() = default;

    virtual float font_px(TextStyle style) const = 0;  // the style's text size
    // Width and height of `text` at `px`; a text with '\n' is as tall as its lines.
    virtual geo::Vec2 text_size(TextStyle style, float px, std::string_view text) const = 0;
    virtual void text(TextStyle style, float px, geo::Vec2 top_left, render::Rgba ink, std::string_view text) = 0;
    // Text on a light halo `halo_px` wide, so it reads on any fill (and on a projector).
    // `centre_lines`: the lines of a multi-line text centred on each other (a label on an area).
    virtual void halo_text(TextStyle style, float px, geo::Vec2 top_left, render::Rgba ink, render::Rgba halo,
                           float halo_px, std::string_view text, bool centre_lines) = 0;

    virtual void fill_rect(geo::Vec2 min, geo::Vec2 max, render::Rgba colour, float rounding = 0.0f) = 0;
    virtual void stroke_rect(geo::Vec2 min, geo::Vec2 max, render::Rgba colour, float rounding, float width) = 0;
    virtual void fill_circle(geo::Vec2 centre, float radius, render::Rgba colour) = 0;
    virtual void stroke_circle(geo::Vec2 centre, float radius, render::Rgba colour, float width) = 0;
    virtual void fill_convex(std::span<const geo::Vec2> points, render::Rgba colour) = 0;
    virtual void polyline(std::span<const geo::Vec2> points, render::Rgba colour, float width, bool closed = false) = 0;

    virtual void push_clip(geo::Vec2 min, geo::Vec2 max) = 0;
    virtual void pop_clip() = 0;

    // Drawing layers, composed bottom (0) to top whatever the order they were drawn in: the
    // overlay draws its furniture first, to know where labels may go, and shows it on top.
    virtual void split(int layers) = 0;
    virtual void set_layer(int layer) = 0;
    virtual void merge() = 0;
};

// Shapes made of the primitives above, the same on every painter.
void draw_line(Painter& p, geo::Vec2 a, geo::Vec2 b, render::Rgba colour, float width);
// Diagonal hatching inside a rectangle, matching the "under construction" fill pattern.
void draw_hatch(Painter& p, geo::Vec2 min, geo::Vec2 max, render::Rgba colour, float spacing, float thickness);
void draw_dashed_rect(Painter& p, geo::Vec2 min, geo::Vec2 max, render::Rgba colour, float dash, float thickness);
// A chevron pointing up (dir_y = -1) or down (+1), `size` wide, like ui::Icon's.
void draw_chevron(Painter& p, geo::Vec2 centre, float size, float dir_y, render::Rgba colour);

}  // namespace ui
