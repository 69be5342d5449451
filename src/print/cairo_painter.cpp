#include "print/cairo_painter.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <string>

namespace print {

void rounded_rect_path(cairo_t* cr, geo::Vec2 min, geo::Vec2 max, double r) {
    r = std::clamp(r, 0.0, std::min(max.x - min.x, max.y - min.y) * 0.5);
    constexpr double kQuarter = std::numbers::pi / 2;
    cairo_new_sub_path(cr);
    cairo_arc(cr, max.x - r, min.y + r, r, -kQuarter, 0);
    cairo_arc(cr, max.x - r, max.y - r, r, 0, kQuarter);
    cairo_arc(cr, min.x + r, max.y - r, r, kQuarter, 2 * kQuarter);
    cairo_arc(cr, min.x + r, min.y + r, r, 2 * kQuarter, 3 * kQuarter);
    cairo_close_path(cr);
}

CairoPainter::CairoPainter(const Typesetter& type, const ui::Theme& theme) : type_(type), theme_(theme) {}

float CairoPainter::font_px(ui::TextStyle style) const {
    switch (style) {
        case ui::TextStyle::Label: return theme_.map_label_px;
        case ui::TextStyle::Title: return theme_.title_px;
        case ui::TextStyle::Body: break;
    }
    return theme_.body_px;
}

TextSpec CairoPainter::spec(ui::TextStyle style, float px, render::Rgba ink) const {
    TextSpec s;
    s.px = px;
    s.bold = style != ui::TextStyle::Body;  // as the window's fonts: labels and titles bold
    s.ink = ink;
    return s;
}

geo::Vec2 CairoPainter::text_size(ui::TextStyle style, float px, std::string_view text) const {
    return type_.measure(spec(style, px, {}), text);
}

void CairoPainter::add(Step step) {
    if (layers_.empty()) step(type_.cairo());
    else layers_[std::clamp(current_, 0, int(layers_.size()) - 1)].push_back(std::move(step));
}

void CairoPainter::text(ui::TextStyle style, float px, geo::Vec2 top_left, render::Rgba ink, std::string_view text) {
    add([this, s = spec(style, px, ink), top_left, t = std::string(text)](cairo_t*) { type_.draw(s, top_left, t); });
}

void CairoPainter::halo_text(ui::TextStyle style, float px, geo::Vec2 top_left, render::Rgba ink, render::Rgba halo,
                             float halo_px, std::string_view text, bool centre_lines) {
    TextSpec s = spec(style, px, ink);
    s.centre_lines = centre_lines;
    add([this, s, top_left, halo, halo_px, t = std::string(text)](cairo_t*) { type_.draw_with_halo(s, top_left, halo, halo_px, t); });
}

void CairoPainter::fill_rect(geo::Vec2 min, geo::Vec2 max, render::Rgba colour, float rounding) {
    add([=](cairo_t* cr) {
        rounded_rect_path(cr, min, max, rounding);
        set_source(cr, colour);
        cairo_fill(cr);
    });
}

void CairoPainter::stroke_rect(geo::Vec2 min, geo::Vec2 max, render::Rgba colour, float rounding, float width) {
    add([=](cairo_t* cr) {
        rounded_rect_path(cr, min, max, rounding);
        set_source(cr, colour);
        cairo_set_line_width(cr, width);
        cairo_stroke(cr);
    });
}

void CairoPainter::fill_circle(geo::Vec2 c, float radius, render::Rgba colour) {
    add([=](cairo_t* cr) {
        cairo_new_sub_path(cr);
        cairo_arc(cr, c.x, c.y, radius, 0, 2 * std::numbers::pi);
        set_source(cr, colour);
        cairo_fill(cr);
    });
}

void CairoPainter::stroke_circle(geo::Vec2 c, float radius, render::Rgba colour, float width) {
    add([=](cairo_t* cr) {
        cairo_new_sub_path(cr);
        cairo_arc(cr, c.x, c.y, radius, 0, 2 * std::numbers::pi);
        set_source(cr, colour);
        cairo_set_line_width(cr, width);
        cairo_stroke(cr);
    });
}

void CairoPainter::fill_convex(std::span<const geo::Vec2> points, render::Rgba colour) {
    add([pts = std::vector<geo::Vec2>(points.begin(), points.end()), colour](cairo_t* cr) {
        for (const auto& p : pts) cairo_line_to(cr, p.x, p.y);
        cairo_close_path(cr);
        set_source(cr, colour);
        cairo_fill(cr);
    });
}

void CairoPainter::polyline(std::span<const geo::Vec2> points, render::Rgba colour, float width, bool closed) {
    add([pts = std::vector<geo::Vec2>(points.begin(), points.end()), colour, width, closed](cairo_t* cr) {
        for (const auto& p : pts) cairo_line_to(cr, p.x, p.y);
        if (closed) cairo_close_path(cr);
        set_source(cr, colour);
        cairo_set_line_width(cr, width);
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
        cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
        cairo_stroke(cr);
    });
}

void CairoPainter::push_clip(geo::Vec2 min, geo::Vec2 max) {
    add([=](cairo_t* cr) {
        cairo_save(cr);
        cairo_rectangle(cr, min.x, min.y, max.x - min.x, max.y - min.y);
        cairo_clip(cr);
    });
}

void CairoPainter::pop_clip() {
    add([](cairo_t* cr) { cairo_restore(cr); });
}

void CairoPainter::split(int layers) {
    layers_.assign(size_t(std::max(1, layers)), {});
    current_ = 0;
}

void CairoPainter::merge() {
    auto layers = std::move(layers_);
    layers_.clear();
    for (auto& layer : layers)
        for (auto& step : layer) step(type_.cairo());
}

}  // namespace print
