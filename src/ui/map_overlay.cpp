#include "ui/map_overlay.h"
#include "i18n/catalogue.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

#include "geo/label_point.h"
#include "i18n/number_format.h"
#include "geo/web_mercator.h"
#include "render/label_placer.h"
#include "render/map_style.h"
#include "ui/imgui_painter.h"
#include "ui/legend.h"

namespace ui {

namespace {

// Which layers carry labels, and how they are placed and ranked.
struct LabelSource {
    data::LayerRole role;
    render::LabelAnchor anchor;
    double base_priority;
};

constexpr LabelSource kLabelSources[] = {
    {data::LayerRole::Landmarks, render::LabelAnchor::RightOf, 3e6},
    {data::LayerRole::Parks, render::LabelAnchor::Centre, 1e6},
    {data::LayerRole::EconomicZones, render::LabelAnchor::Centre, 0.0},
};

// The ink of marks' labels: the investment pins' magenta, darkened to read as text.
constexpr render::Rgba kMarkLabelInk = render::rgb(0x780a3c);

constexpr render::Rgba kWhite = render::rgb(0xffffff), kInk = render::rgb(0x1e1e1e);

struct LabelText {
    std::string text;
    render::Rgba colour;
    bool centred = false;  // on an area: its lines centred (a name with its Vietnamese beneath)
};

render::Rgba label_colour(data::LayerRole role, const data::Layer& layer, const data::Feature& f) {
    if (role == data::LayerRole::EconomicZones)
        return layer.text(f, "id").value_or("") == "southern-coastal" ? render::palette().zone_southern
                                                                       : render::palette().zone_dinh_vu;
    if (role == data::LayerRole::Landmarks) return render::palette().landmark;
    return render::palette().label;
}

OverlayReport draw_labels(Painter& p, const data::Catalog& catalog, const render::Camera& camera,
                          const OverlayOptions& options, const geo::Box& frame,
                          const std::vector<geo::Box>& obstacles) {
    std::vector<render::LabelCandidate> candidates;
    std::vector<LabelText> texts;
    const geo::Box visible = camera.visible_box();
    const float size = p.font_px(TextStyle::Label);
    auto add = [&](render::LabelCandidate c, std::string text, render::Rgba colour) {
        const geo::Vec2 extent = p.text_size(TextStyle::Label, size, text);
        c.id = texts.size();
        c.size = {extent.x + 2.0, extent.y};
        candidates.push_back(c);
        texts.push_back({std::move(text), colour, c.placement == render::LabelAnchor::Centre});
    };
    for (const auto& source : kLabelSources) {
        for (const auto& map_layer : catalog.layers) {
            if (map_layer.role != source.role || !map_layer.visible) continue;
            const data::Layer& layer = map_layer.layer;
            for (size_t i = 0; i < layer.features.size(); ++i) {
                const data::Feature& f = layer.features[i];
                const geo::Box b = f.geometry.bounds();
                if (b.empty() || !b.intersects(visible)) continue;
                const auto anchor = geo::label_point(f.geometry);
                if (!anchor) continue;
                std::string text = map_label_lines(layer, f, options.language, options.vietnamese_beneath);
                if (text.empty()) continue;
                render::LabelCandidate c;
                c.anchor = camera.map_to_screen(*anchor);
                c.placement = source.anchor;
                c.offset_px = 9.0 * options.scale;
                // Bigger parks first: area on screen ranks them within their layer.
                c.priority = source.base_priority + b.width() * b.height() / (camera.metres_per_pixel * camera.metres_per_pixel);
                if (&f == options.selected) c.priority = std::numeric_limits<double>::max();
                add(c, std::move(text), label_colour(source.role, layer, f));
            }
        }
    }
    // A drawing's own text (a DGN's text elements), where the drawing put it, under the parks' names.
    for (const auto& map_layer : catalog.layers) {
        const data::Layer& layer = map_layer.layer;
        if (map_layer.role != data::LayerRole::User || !map_layer.visible || layer.text_field.empty()) continue;
        for (const data::Feature& f : layer.features) {
            const geo::Box b = f.geometry.bounds();
            if (b.empty() || !b.intersects(visible)) continue;
            std::string text = layer.text(f, layer.text_field).value_or("");
            if (text.empty()) continue;
            render::LabelCandidate c;
            c.anchor = camera.map_to_screen({(b.min.x + b.max.x) / 2, (b.min.y + b.max.y) / 2});
            c.placement = render::LabelAnchor::Centre;
            c.priority = -1.0;
            add(c, std::move(text), render::palette().label);
        }
    }
    // Marks' labels (investment bubbles) rank with the landmarks: they are what their view is for.
    const size_t first_mark_label = texts.size();
    for (const MapMark& m : options.marks) {
        if (m.label.empty()) continue;
        render::LabelCandidate c;
        c.anchor = m.centre;
        c.placement = render::LabelAnchor::RightOf;
        c.offset_px = m.radius + 4.0 * options.scale;  // clear of the mark, which is an obstacle too
        c.priority = 2e6 - m.radius;  // small bubbles first: a big one has more room round it
        add(c, m.label, kMarkLabelInk);
    }
    const auto placed = render::place_labels(candidates, frame, obstacles, 3.0 * options.scale);
    OverlayReport report;
    report.labels_wanted = candidates.size();
    report.labels_placed = placed.size();
    report.mark_labels_wanted = texts.size() - first_mark_label;
    for (const auto& placed_label : placed) {
        if (placed_label.id >= first_mark_label) ++report.mark_labels_placed;
        const auto& t = texts[placed_label.id];
        p.halo_text(TextStyle::Label, size, {placed_label.rect.min.x + 1, placed_label.rect.min.y}, t.colour,
                    render::palette().halo, 1.6f * options.scale, t.text, t.centred);
        report.label_rects.push_back(placed_label.rect);
    }
    return report;
}

// Marks go under the labels and the furniture; returns the screen box of each.
std::vector<geo::Box> draw_marks(Painter& p, const std::vector<MapMark>& marks) {
    std::vector<geo::Box> boxes;
    const float label_px = p.font_px(TextStyle::Label);
    for (const MapMark& m : marks) {
        p.fill_circle(m.centre, m.radius, m.fill);
        p.stroke_circle(m.centre, m.radius, kWhite, 2.0f);
        if (!m.inside.empty()) {
            const geo::Vec2 ext = p.text_size(TextStyle::Label, label_px, m.inside);
            p.text(TextStyle::Label, label_px, {m.centre.x - ext.x * 0.5, m.centre.y - ext.y * 0.5}, kWhite, m.inside);
        }
        const double r = m.radius + 1.0;
        boxes.push_back({{m.centre.x - r, m.centre.y - r}, {m.centre.x + r, m.centre.y + r}});
    }
    return boxes;
}

geo::Box draw_title(Painter& p, const OverlayOptions& o, geo::Vec2 top_left) {
    const float s = o.scale;
    const geo::Vec2 pos{top_left.x + 18 * s, top_left.y + 14 * s};
    const char* title = i18n::tr("Hai Phong industrial parks", o.language);
    const char* subtitle = i18n::tr("Occupancy from Hai Phong People's Committee and HEZA reports, 2023–2024", o.language);
    const float title_px = p.font_px(TextStyle::Title), body_px = p.font_px(TextStyle::Body);
    const geo::Vec2 t = p.text_size(TextStyle::Title, title_px, title);
    const geo::Vec2 st = p.text_size(TextStyle::Body, body_px, subtitle);
    const geo::Vec2 max{pos.x + std::max(t.x, st.x) + 28 * s, pos.y + t.y + st.y + 22 * s};
    p.fill_rect(pos, max, render::rgb(0xffffff, 232), 8 * s);
    p.text(TextStyle::Title, title_px, {pos.x + 14 * s, pos.y + 8 * s}, render::rgb(0x14283c), title);
    p.text(TextStyle::Body, body_px, {pos.x + 14 * s, pos.y + 10 * s + t.y}, render::rgb(0x46505a), subtitle);
    return {pos, max};
}

geo::Box draw_scale_bar(Painter& p, const render::Camera& camera, float s, geo::Vec2 bottom_left, double centre_y) {
    // True at the visible map's centre: Web Mercator metres shrink to ground metres by cos(latitude).
    const double ground_mpp = camera.metres_per_pixel * geo::mercator_ground_scale(centre_y);
    const double length_m = nice_scale_length_m(ground_mpp, 140.0 * s);
    const double px = length_m / ground_mpp;
    char text[32];
    if (length_m >= 1000.0) std::snprintf(text, sizeof text, "%g km", length_m / 1000.0);
    else std::snprintf(text, sizeof text, "%g m", length_m);
    const double bar_h = 6 * s;
    const geo::Vec2 min{bottom_left.x + 10 * s, bottom_left.y - 6 * s - bar_h};
    const geo::Vec2 max{min.x + px, min.y + bar_h};
    const float body_px = p.font_px(TextStyle::Body);
    const geo::Vec2 ts = p.text_size(TextStyle::Body, body_px, text);
    const geo::Vec2 back_min{min.x - 10 * s, min.y - ts.y - 10 * s}, back_max{max.x + 10 * s, max.y + 6 * s};
    p.fill_rect(back_min, back_max, render::rgb(0xffffff, 210), 5 * s);
    p.fill_rect(min, {min.x + px * 0.5, max.y}, kInk);
    p.fill_rect({min.x + px * 0.5, min.y}, max, kWhite);
    p.stroke_rect(min, max, kInk, 0, 1.2f * s);
    p.text(TextStyle::Body, body_px, {min.x, min.y - ts.y - 3 * s}, kInk, text);
    return {back_min, back_max};
}

geo::Box draw_north_arrow(Painter& p, float s, geo::Vec2 top_right) {
    const geo::Vec2 c{top_right.x - 26 * s, top_right.y + 40 * s};
    p.fill_circle(c, 22 * s, render::rgb(0xffffff, 220));
    const geo::Vec2 west[3] = {{c.x, c.y - 16 * s}, {c.x - 8 * s, c.y + 10 * s}, {c.x, c.y + 5 * s}};
    const geo::Vec2 east[3] = {{c.x, c.y - 16 * s}, {c.x, c.y + 5 * s}, {c.x + 8 * s, c.y + 10 * s}};
    p.fill_convex(west, kInk);
    p.fill_convex(east, render::rgb(0x787878));
    const float label_px = p.font_px(TextStyle::Label);
    const geo::Vec2 ts = p.text_size(TextStyle::Label, label_px, "N");
    p.text(TextStyle::Label, label_px, {c.x - ts.x * 0.5, c.y - 24 * s - ts.y}, kInk, "N");
    return {{c.x - 24 * s, c.y - 26 * s - ts.y}, {c.x + 24 * s, c.y + 24 * s}};
}

geo::Box draw_attribution(Painter& p, const OverlayOptions& o, geo::Vec2 bottom_right) {
    const char* text = i18n::tr("Shoreline: GSHHG 2.3.7 (Wessel & Smith), LGPL · Data: Hai Phong UBND & HEZA reports 2023–2024", o.language);
    const float size = p.font_px(TextStyle::Body) * 0.85f;
    const geo::Vec2 ts = p.text_size(TextStyle::Body, size, text);
    const geo::Vec2 min{bottom_right.x - ts.x - 12 * o.scale, bottom_right.y - ts.y - 6 * o.scale};
    p.fill_rect(min, bottom_right, render::rgb(0xffffff, 200));
    p.text(TextStyle::Body, size, {min.x + 6 * o.scale, min.y + 3 * o.scale}, render::rgb(0x323232), text);
    return {min, bottom_right};
}

// The distinct as-of dates of the park occupancy figures, e.g. "Dec 2023" (from "2023-12").
std::string occupancy_dates(const data::Catalog& catalog, i18n::Language lang) {
    const data::MapLayer* parks = catalog.find(data::LayerRole::Parks);
    if (!parks) return {};
    std::vector<std::string> dates;
    for (const auto& f : parks->layer.features) {
        if (!parks->layer.number(f, "occ_pct")) continue;
        const std::string asof = parks->layer.text(f, "occ_asof").value_or("");
        std::string shown = asof;
        int year = 0, month = 0;
        if (std::sscanf(asof.c_str(), "%d-%d", &year, &month) == 2 && month >= 1 && month <= 12)
            shown = i18n::format_month(year, month, 0, lang);
        if (!shown.empty() && std::find(dates.begin(), dates.end(), shown) == dates.end()) dates.push_back(shown);
    }
    std::string out;
    for (const auto& d : dates) out += (out.empty() ? "" : ", ") + d;
    return out;
}

}  // namespace

std::string map_label(const data::Layer& layer, const data::Feature& f, i18n::Language lang) {
    using i18n::Language;
    // Short map label first, then the full name: in the asked language, else English (what a
    // foreign reader is likeliest to read), else Vietnamese; a user's file may have only "name".
    const Language second = lang == Language::En ? Language::Vi : Language::En;
    const Language third = lang == Language::En || lang == Language::Vi ? lang : Language::Vi;
    for (const char* field : {i18n::label_field(lang), i18n::name_field(lang), i18n::label_field(second),
                              i18n::name_field(second), i18n::label_field(third), i18n::name_field(third), "name", "id"}) {
        std::string name = layer.text(f, field).value_or("");
        if (!name.empty()) return name;
    }
    return {};
}

std::string map_label_lines(const data::Layer& layer, const data::Feature& f, i18n::Language lang, bool vietnamese_beneath) {
    std::string label = map_label(layer, f, lang);
    if (!vietnamese_beneath || lang == i18n::Language::Vi || label.empty()) return label;
    const std::string vi = map_label(layer, f, i18n::Language::Vi);
    return vi.empty() || vi == label ? label : label + "\n" + vi;
}

double nice_scale_length_m(double ground_metres_per_pixel, double max_px) {
    const double max_m = ground_metres_per_pixel * max_px;
    if (!(max_m > 0.0)) return 0.0;
    const double decade = std::pow(10.0, std::floor(std::log10(max_m)));
    for (double step : {5.0, 2.0, 1.0})
        if (step * decade <= max_m) return step * decade;
    return decade;
}

OverlayReport draw_map_overlay(Painter& p, const data::Catalog& catalog, const render::Camera& camera,
                               const OverlayOptions& options) {
    const float s = options.scale;
    const geo::Box frame = options.frame.empty()
                               ? geo::Box{{0.0, 0.0}, {double(camera.width_px), double(camera.height_px)}}
                               : options.frame;
    const geo::Vec2 top_left = frame.min, bottom_right = frame.max;
    std::vector<geo::Box> furniture;
    // Marks first, then labels, then the furniture over both; labels keep clear of the other two.
    p.split(3);
    p.set_layer(2);
    geo::Box title_rect;
    if (options.title) furniture.push_back(title_rect = draw_title(p, options, top_left));
    const geo::Box north = draw_north_arrow(p, s, {bottom_right.x - 10 * s, top_left.y + 10 * s});
    furniture.push_back(north);
    geo::Box attribution{bottom_right, bottom_right};
    if (options.attribution) furniture.push_back(attribution = draw_attribution(p, options, bottom_right));
    geo::Box legend_rect, legend_header;
    if (options.legend) {
        // Below the north arrow, above the attribution.
        const double bottom = attribution.min.y - 10 * s, top = north.max.y + 8 * s;
        const LegendBox legend = draw_legend(p, {bottom_right.x - 14 * s, bottom}, options.language, s,
                                             options.occupancy_dates.empty() ? occupancy_dates(catalog, options.language)
                                                                             : options.occupancy_dates,
                                             options.legend_fold, float(bottom - top));
        legend_rect = legend.rect;
        legend_header = legend.header;
        furniture.push_back(legend_rect);
    }
    furniture.push_back(draw_scale_bar(p, camera, s, {top_left.x + 14 * s, bottom_right.y - 14 * s},
                                       camera.screen_to_map(frame.centre()).y));
    p.set_layer(0);
    const std::vector<geo::Box> marks = draw_marks(p, options.marks);
    p.set_layer(1);
    std::vector<geo::Box> obstacles = furniture;
    obstacles.insert(obstacles.end(), marks.begin(), marks.end());
    OverlayReport report = draw_labels(p, catalog, camera, options, frame, obstacles);
    p.merge();
    report.legend_rect = legend_rect;
    report.legend_header = legend_header;
    report.title_rect = title_rect;
    report.furniture = std::move(furniture);
    report.mark_rects = marks;
    return report;
}

OverlayReport draw_map_overlay(ImDrawList& dl, const data::Catalog& catalog, const render::Camera& camera,
                               const MapFonts& fonts, const OverlayOptions& options) {
    ImGuiPainter painter(dl, fonts);
    return draw_map_overlay(painter, catalog, camera, options);
}

}  // namespace ui
