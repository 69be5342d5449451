// The overlay's painter for printed maps: Cairo paths and Pango text, so labels, legend, scale
// bar and north arrow come out of a PDF or SVG as vectors and selectable text.
#pragma once

#include <functional>
#include <vector>

#include "print/typesetter.h"
#include "ui/painter.h"
#include "ui/theme.h"

namespace print {

class CairoPainter final : public ui::Painter {
public:
    // `theme`: its map label, body and title sizes, in page units.
    CairoPainter(const Typesetter& type, const ui::Theme& theme);

    float font_px(ui::TextStyle style) const override;
    geo::Vec2 text_size(ui::TextStyle style, float px, std::string_view text) const override;
    void text(ui::TextStyle style, float px, geo::Vec2 top_left, render::Rgba ink, std::string_view text) override;
    void halo_text(ui::TextStyle style, float px, geo::Vec2 top_left, render::Rgba ink, render::Rgba halo, float halo_px,
                   std::string_view text, bool centre_lines) override;
    void fill_rect(geo::Vec2 min, geo::Vec2 max, render::Rgba colour, float rounding) override;
    void stroke_rect(geo::Vec2 min, geo::Vec2 max, render::Rgba colour, float rounding, float width) override;
    void fill_circle(geo::Vec2 centre, float radius, render::Rgba colour) override;
    void stroke_circle(geo::Vec2 centre, float radius, render::Rgba colour, float width) override;
    void fill_convex(std::span<const geo::Vec2> points, render::Rgba colour) override;
    void polyline(std::span<const geo::Vec2> points, render::Rgba colour, float width, bool closed) override;
    void push_clip(geo::Vec2 min, geo::Vec2 max) override;
    void pop_clip() override;
    void split(int layers) override;
    void set_layer(int layer) override { current_ = layer; }
    void merge() override;

private:
    using Step = std::function<void(cairo_t*)>;
    // Drawn at once without layers; kept per layer and replayed by merge() with them.
    void add(Step step);
    TextSpec spec(ui::TextStyle style, float px, render::Rgba ink) const;

    const Typesetter& type_;
    ui::Theme theme_;
    std::vector<std::vector<Step>> layers_;
    int current_ = 0;
};

// A rectangle with rounded corners as the current path.
void rounded_rect_path(cairo_t* cr, geo::Vec2 min, geo::Vec2 max, double radius);

}  // namespace print
