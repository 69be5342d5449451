// The overlay's painter for the window and PNG renders: an ImGui draw list and the map fonts
// of its atlas.
#pragma once

#include <imgui.h>

#include "ui/fonts.h"
#include "ui/painter.h"

namespace ui {

class ImGuiPainter final : public Painter {
public:
    ImGuiPainter(ImDrawList& dl, const MapFonts& fonts) : dl_(dl), fonts_(fonts) {}

    float font_px(TextStyle style) const override { return font(style)->FontSize; }
    geo::Vec2 text_size(TextStyle style, float px, std::string_view text) const override;
    void text(TextStyle style, float px, geo::Vec2 top_left, render::Rgba ink, std::string_view text) override;
    void halo_text(TextStyle style, float px, geo::Vec2 top_left, render::Rgba ink, render::Rgba halo, float halo_px,
                   std::string_view text, bool centre_lines) override;
    void fill_rect(geo::Vec2 min, geo::Vec2 max, render::Rgba colour, float rounding) override;
    void stroke_rect(geo::Vec2 min, geo::Vec2 max, render::Rgba colour, float rounding, float width) override;
    void fill_circle(geo::Vec2 centre, float radius, render::Rgba colour) override;
    void stroke_circle(geo::Vec2 centre, float radius, render::Rgba colour, float width) override;
    void fill_convex(std::span<const geo::Vec2> points, render::Rgba colour) override;
    void polyline(std::span<const geo::Vec2> points, render::Rgba colour, float width, bool closed) override;
    void push_clip(geo::Vec2 min, geo::Vec2 max) override;
    void pop_clip() override;
    void split(int layers) override { splitter_.Split(&dl_, layers); }
    void set_layer(int layer) override { splitter_.SetCurrentChannel(&dl_, layer); }
    void merge() override { splitter_.Merge(&dl_); }

private:
    ImFont* font(TextStyle style) const;

    ImDrawList& dl_;
    const MapFonts& fonts_;
    ImDrawListSplitter splitter_;
};

}  // namespace ui
