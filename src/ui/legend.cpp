#include "ui/legend.h"
#include "i18n/catalogue.h"

#include <algorithm>
#include <string>
#include <vector>

#include "data/park_model.h"
#include "render/map_style.h"

namespace ui {

namespace {

render::Rgba with_alpha(render::Rgba c, uint8_t a) { return {c.r, c.g, c.b, a}; }
constexpr render::Rgba kCard = render::rgb(0xffffff, 238), kCardEdge = render::rgb(0x3c4650, 90);

enum class RowKind { Heading, Occupancy, Threshold, Operating, Building, Planned, ZoneDinhVu, ZoneSouthern, PinSmall, PinUncertain, Landmark, Footnote };

struct Row {
    RowKind kind;
    std::string text;
    data::OccupancyClass occupancy = data::OccupancyClass::Unknown;
};

std::vector<Row> legend_rows(i18n::Language lang, const std::string& occupancy_asof) {
    std::vector<Row> rows;
    const std::string heading = occupancy_asof.empty() ? std::string(i18n::tr("Occupancy", lang))
                                                       : i18n::trf(i18n::N_("Occupancy, {0}"), lang, {occupancy_asof});
    rows.push_back({RowKind::Heading, heading});
    for (auto c : data::kAllOccupancyClasses) {
        if (c == data::OccupancyClass::From40To60) rows.push_back({RowKind::Threshold, i18n::tr("60% threshold, Decree 35/2022", lang)});
        const std::string label = c == data::OccupancyClass::Unknown ? i18n::tr("unknown", lang) : data::occupancy_class_label(c);
        rows.push_back({RowKind::Occupancy, label, c});
    }
    rows.push_back({RowKind::Heading, i18n::tr("Status", lang)});
    rows.push_back({RowKind::Operating, i18n::tr("operating", lang)});
    rows.push_back({RowKind::Building, i18n::tr("under construction", lang)});
    rows.push_back({RowKind::Planned, i18n::tr("planned", lang)});
    rows.push_back({RowKind::Heading, i18n::tr("Economic zones", lang)});
    rows.push_back({RowKind::ZoneDinhVu, i18n::tr("Dinh Vu – Cat Hai EZ", lang)});
    rows.push_back({RowKind::ZoneSouthern, i18n::tr("Southern coastal EZ (Dec. 1511/2024)", lang)});
    rows.push_back({RowKind::Heading, i18n::tr("Pins", lang)});
    rows.push_back({RowKind::PinSmall, i18n::tr("investment (size = capital)", lang)});
    rows.push_back({RowKind::PinUncertain, i18n::tr("park or year not given by the source", lang)});
    rows.push_back({RowKind::Landmark, i18n::tr("port, airport, centre", lang)});
    rows.push_back({RowKind::Footnote, i18n::tr("Outlines are approximate illustrations", lang)});
    return rows;
}

void draw_swatch(Painter& p, const Row& row, geo::Vec2 min, geo::Vec2 max, float s) {
    const auto& pal = render::palette();
    const render::Rgba outline = pal.park_outline, white = render::rgb(0xffffff);
    const geo::Vec2 mid{(min.x + max.x) * 0.5, (min.y + max.y) * 0.5};
    const render::Rgba teal = render::occupancy_colour(data::OccupancyClass::From80To95);
    switch (row.kind) {
        case RowKind::Occupancy:
            p.fill_rect(min, max, render::occupancy_colour(row.occupancy));
            p.stroke_rect(min, max, outline, 0.0f, 1.0f * s);
            break;
        case RowKind::Threshold:
            draw_line(p, {min.x - 2 * s, mid.y}, {max.x + 2 * s, mid.y}, render::rgb(0xc81e1e), 2.5f * s);
            break;
        case RowKind::Operating:
            p.fill_rect(min, max, teal);
            p.stroke_rect(min, max, outline, 0.0f, 1.5f * s);
            break;
        case RowKind::Building:
            p.fill_rect(min, max, teal);
            draw_hatch(p, min, max, render::rgb(0xffffff, 150), 9.0f * s, 3.0f * s);
            draw_dashed_rect(p, min, max, outline, 5.0f * s, 1.5f * s);
            break;
        case RowKind::Planned:
            p.fill_rect(min, max, with_alpha(render::occupancy_colour(data::OccupancyClass::Unknown), 110));
            draw_dashed_rect(p, min, max, outline, 2.5f * s, 1.6f * s);
            break;
        case RowKind::ZoneDinhVu:
            p.fill_rect(min, max, with_alpha(pal.zone_dinh_vu, 40));
            p.stroke_rect(min, max, pal.zone_dinh_vu, 0.0f, 2.5f * s);
            break;
        case RowKind::ZoneSouthern:
            p.fill_rect(min, max, with_alpha(pal.zone_southern, 45));
            draw_dashed_rect(p, min, max, pal.zone_southern, 6.0f * s, 2.5f * s);
            break;
        case RowKind::PinSmall:
            p.fill_circle({min.x + 5 * s, mid.y}, 4.5f * s, pal.project_pin);
            p.fill_circle({max.x - 7 * s, mid.y}, 9.0f * s, white);
            p.fill_circle({max.x - 7 * s, mid.y}, 7.5f * s, pal.project_pin);
            break;
        case RowKind::PinUncertain:
            p.fill_circle({mid.x, mid.y}, 9.0f * s, white);
            p.fill_circle({mid.x, mid.y}, 7.5f * s, pal.project_pin);
            p.fill_circle({mid.x, mid.y}, 4.5f * s, white);
            p.fill_circle({mid.x, mid.y}, 3.0f * s, kCard);
            break;
        case RowKind::Landmark: {
            const double r = 7.0 * s, o = r + 1.5 * s;
            const geo::Vec2 ring[4] = {{mid.x, mid.y - o}, {mid.x + o, mid.y}, {mid.x, mid.y + o}, {mid.x - o, mid.y}};
            const geo::Vec2 pin[4] = {{mid.x, mid.y - r}, {mid.x + r, mid.y}, {mid.x, mid.y + r}, {mid.x - r, mid.y}};
            p.fill_convex(ring, white);
            p.fill_convex(pin, pal.landmark);
            break;
        }
        case RowKind::Heading:
        case RowKind::Footnote: break;
    }
}

}  // namespace

namespace {

// The folded legend: "Legend" and a chevron pointing up (it unfolds upwards).
LegendBox draw_folded(Painter& p, geo::Vec2 bottom_right, i18n::Language lang, float s) {
    const char* text = i18n::tr("Legend", lang);
    const float label_px = p.font_px(TextStyle::Label);
    const geo::Vec2 t = p.text_size(TextStyle::Label, label_px, text);
    const double pad = 10.0 * s, icon = t.y;
    const geo::Vec2 min{bottom_right.x - t.x - icon - 3 * pad, bottom_right.y - t.y - 2 * pad};
    p.fill_rect(min, bottom_right, kCard, 8.0f * s);
    p.stroke_rect(min, bottom_right, kCardEdge, 8.0f * s, 1.0f * s);
    const render::Rgba ink = render::palette().label;
    p.text(TextStyle::Label, label_px, {min.x + pad, min.y + pad}, ink, text);
    draw_chevron(p, {bottom_right.x - pad - icon * 0.5, min.y + pad + t.y * 0.5}, float(icon), -1.0f, ink);
    const geo::Box r{min, bottom_right};
    return {r, r};
}

}  // namespace

LegendBox draw_legend(Painter& p, geo::Vec2 bottom_right, i18n::Language lang, float s,
                      const std::string& occupancy_asof, LegendFold fold, float max_height) {
    if (fold == LegendFold::Folded) return draw_folded(p, bottom_right, lang, s);
    const auto rows = legend_rows(lang, occupancy_asof);
    const float body = p.font_px(TextStyle::Body), label_px = p.font_px(TextStyle::Label);
    const float row_h = body * 1.35f;
    const float pad = 12.0f * s;
    const geo::Vec2 swatch{30.0 * s, body * 0.95};
    const double text_x = pad + swatch.x + 10.0 * s;

    const float chevron = fold == LegendFold::Open ? label_px + 8.0f * s : 0.0f;
    double width = 0.0, height = pad;
    for (const auto& r : rows) {
        const bool heading = r.kind == RowKind::Heading;
        const geo::Vec2 t = p.text_size(heading ? TextStyle::Label : TextStyle::Body, heading ? label_px : body, r.text);
        const bool indented = !heading && r.kind != RowKind::Footnote;
        width = std::max(width, (indented ? text_x : pad) + t.x + pad + (&r == &rows.front() ? chevron : 0.0f));
        height += heading && &r != &rows.front() ? row_h * 1.35f : row_h;
    }
    height += pad * 0.5f;
    if (fold == LegendFold::Open && height > max_height) return draw_folded(p, bottom_right, lang, s);
    const geo::Vec2 min{bottom_right.x - width, bottom_right.y - height};
    const geo::Vec2 max = bottom_right;
    p.fill_rect({min.x + 2 * s, min.y + 3 * s}, {max.x + 2 * s, max.y + 3 * s}, render::rgb(0x000000, 40), 8.0f * s);
    p.fill_rect(min, max, kCard, 8.0f * s);
    p.stroke_rect(min, max, kCardEdge, 8.0f * s, 1.0f * s);

    double y = min.y + pad;
    const render::Rgba ink = render::palette().label;
    for (const auto& r : rows) {
        if (r.kind == RowKind::Heading && &r != &rows.front()) y += row_h * 0.35f;
        const double text_y = y + (row_h - body) * 0.5f - 1.0f * s;
        if (r.kind == RowKind::Heading) {
            p.text(TextStyle::Label, label_px, {min.x + pad, text_y}, ink, r.text);
        } else if (r.kind == RowKind::Footnote) {
            p.text(TextStyle::Body, body * 0.92f, {min.x + pad, text_y + 2 * s}, render::rgb(0x5a5a5a), r.text);
        } else {
            const geo::Vec2 smin{min.x + pad, y + (row_h - swatch.y) * 0.5};
            draw_swatch(p, r, smin, {smin.x + swatch.x, smin.y + swatch.y}, s);
            const render::Rgba colour = r.kind == RowKind::Threshold ? render::rgb(0xb41414) : ink;
            p.text(TextStyle::Body, body, {min.x + text_x, text_y}, colour, r.text);
        }
        y += row_h;
    }
    const geo::Box header{min, {max.x, min.y + pad + row_h}};
    if (fold == LegendFold::Open)
        draw_chevron(p, {max.x - pad - chevron * 0.5 + 4.0 * s, min.y + pad + row_h * 0.5}, label_px, 1.0f, ink);
    return {{min, max}, header};
}

}  // namespace ui
