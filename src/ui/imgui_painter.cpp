#include "ui/imgui_painter.h"

#include <string>
#include <vector>

#include "ui/draw_helpers.h"

namespace ui {

namespace {

ImVec2 im(geo::Vec2 v) { return ImVec2(float(v.x), float(v.y)); }

}  // namespace

ImFont* ImGuiPainter::font(TextStyle style) const {
    switch (style) {
        case TextStyle::Label: return fonts_.label;
        case TextStyle::Title: return fonts_.title;
        case TextStyle::Body: break;
    }
    return fonts_.body;
}

geo::Vec2 ImGuiPainter::text_size(TextStyle style, float px, std::string_view text) const {
    const ImVec2 s = font(style)->CalcTextSizeA(px, 1e9f, 0.0f, text.data(), text.data() + text.size());
    return {s.x, s.y};
}

void ImGuiPainter::text(TextStyle style, float px, geo::Vec2 top_left, render::Rgba ink, std::string_view text) {
    dl_.AddText(font(style), px, im(top_left), to_imgui(ink), text.data(), text.data() + text.size());
}

void ImGuiPainter::halo_text(TextStyle style, float px, geo::Vec2 top_left, render::Rgba ink, render::Rgba halo,
                             float halo_px, std::string_view text, bool centre_lines) {
    // The label font has a dilated twin in the atlas: one pass of it is the halo.
    ImFont* halo_font = style == TextStyle::Label && px == fonts_.label->FontSize ? fonts_.label_halo : nullptr;
    draw_halo_text(dl_, font(style), px, im(top_left), to_imgui(ink), to_imgui(halo), std::string(text), halo_px, halo_font,
                   centre_lines);
}

void ImGuiPainter::fill_rect(geo::Vec2 min, geo::Vec2 max, render::Rgba colour, float rounding) {
    dl_.AddRectFilled(im(min), im(max), to_imgui(colour), rounding);
}

void ImGuiPainter::stroke_rect(geo::Vec2 min, geo::Vec2 max, render::Rgba colour, float rounding, float width) {
    dl_.AddRect(im(min), im(max), to_imgui(colour), rounding, 0, width);
}

void ImGuiPainter::fill_circle(geo::Vec2 centre, float radius, render::Rgba colour) {
    dl_.AddCircleFilled(im(centre), radius, to_imgui(colour), 32);
}

void ImGuiPainter::stroke_circle(geo::Vec2 centre, float radius, render::Rgba colour, float width) {
    dl_.AddCircle(im(centre), radius, to_imgui(colour), 32, width);
}

void ImGuiPainter::fill_convex(std::span<const geo::Vec2> points, render::Rgba colour) {
    std::vector<ImVec2> pts;
    for (const auto& p : points) pts.push_back(im(p));
    dl_.AddConvexPolyFilled(pts.data(), int(pts.size()), to_imgui(colour));
}

void ImGuiPainter::polyline(std::span<const geo::Vec2> points, render::Rgba colour, float width, bool closed) {
    std::vector<ImVec2> pts;
    for (const auto& p : points) pts.push_back(im(p));
    dl_.AddPolyline(pts.data(), int(pts.size()), to_imgui(colour), closed ? ImDrawFlags_Closed : 0, width);
}

void ImGuiPainter::push_clip(geo::Vec2 min, geo::Vec2 max) { dl_.PushClipRect(im(min), im(max), true); }
void ImGuiPainter::pop_clip() { dl_.PopClipRect(); }

}  // namespace ui
