#include "ui/legend.h"
#include "i18n/catalogue.h"

#include <string>
#include <vector>

#include "data/park_model.h"
#include "render/map_style.h"
#include "ui/draw_helpers.h"

namespace ui {

namespace {

enum class RowKind { Heading, Occupancy, Threshold, Operating, Building, Planned, ZoneDinhVu, ZoneSouthern, PinSmall, Landmark, Footnote };

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
    rows.push_back({RowKind::Landmark, i18n::tr("port, airport, centre", lang)});
    rows.push_back({RowKind::Footnote, i18n::tr("Outlines are approximate illustrations", lang)});
    return rows;
}

void draw_swatch(ImDrawList& dl, const Row& row, ImVec2 min, ImVec2 max, float s) {
    const auto& p = render::palette();
    const ImU32 outline = to_imgui(p.park_outline);
    const ImVec2 mid((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f);
    const render::Rgba teal = render::occupancy_colour(data::OccupancyClass::From80To95);
    switch (row.kind) {
        case RowKind::Occupancy:
            dl.AddRectFilled(min, max, to_imgui(render::occupancy_colour(row.occupancy)));
            dl.AddRect(min, max, outline, 0.0f, 0, 1.0f * s);
            break;
        case RowKind::Threshold:
            dl.AddLine(ImVec2(min.x - 2 * s, mid.y), ImVec2(max.x + 2 * s, mid.y), IM_COL32(200, 30, 30, 255), 2.5f * s);
            break;
        case RowKind::Operating:
            dl.AddRectFilled(min, max, to_imgui(teal));
            dl.AddRect(min, max, outline, 0.0f, 0, 1.5f * s);
            break;
        case RowKind::Building:
            dl.AddRectFilled(min, max, to_imgui(teal));
            draw_hatch(dl, min, max, IM_COL32(255, 255, 255, 150), 9.0f * s, 3.0f * s);
            draw_dashed_rect(dl, min, max, outline, 5.0f * s, 1.5f * s);
            break;
        case RowKind::Planned:
            dl.AddRectFilled(min, max, with_alpha(render::occupancy_colour(data::OccupancyClass::Unknown), 110));
            draw_dashed_rect(dl, min, max, outline, 2.5f * s, 1.6f * s);
            break;
        case RowKind::ZoneDinhVu:
            dl.AddRectFilled(min, max, with_alpha(p.zone_dinh_vu, 40));
            dl.AddRect(min, max, to_imgui(p.zone_dinh_vu), 0.0f, 0, 2.5f * s);
            break;
        case RowKind::ZoneSouthern:
            dl.AddRectFilled(min, max, with_alpha(p.zone_southern, 45));
            draw_dashed_rect(dl, min, max, to_imgui(p.zone_southern), 6.0f * s, 2.5f * s);
            break;
        case RowKind::PinSmall:
            dl.AddCircleFilled(ImVec2(min.x + 5 * s, mid.y), 4.5f * s, to_imgui(p.project_pin), 16);
            dl.AddCircleFilled(ImVec2(max.x - 7 * s, mid.y), 9.0f * s, IM_COL32_WHITE, 24);
            dl.AddCircleFilled(ImVec2(max.x - 7 * s, mid.y), 7.5f * s, to_imgui(p.project_pin), 24);
            break;
        case RowKind::Landmark: {
            const float r = 7.0f * s;
            dl.AddQuadFilled(ImVec2(mid.x, mid.y - r - 1.5f * s), ImVec2(mid.x + r + 1.5f * s, mid.y),
                             ImVec2(mid.x, mid.y + r + 1.5f * s), ImVec2(mid.x - r - 1.5f * s, mid.y), IM_COL32_WHITE);
            dl.AddQuadFilled(ImVec2(mid.x, mid.y - r), ImVec2(mid.x + r, mid.y), ImVec2(mid.x, mid.y + r),
                             ImVec2(mid.x - r, mid.y), to_imgui(p.landmark));
            break;
        }
        case RowKind::Heading:
        case RowKind::Footnote: break;
    }
}

}  // namespace

namespace {

// The folded legend: "Legend" and a chevron pointing up (it unfolds upwards).
LegendBox draw_folded(ImDrawList& dl, ImVec2 bottom_right, const MapFonts& fonts, i18n::Language lang, float s) {
    const char* text = i18n::tr("Legend", lang);
    const ImVec2 t = fonts.label->CalcTextSizeA(fonts.label->FontSize, 1e9f, 0.0f, text);
    const float pad = 10.0f * s, icon = t.y;
    const ImVec2 min(bottom_right.x - t.x - icon - 3 * pad, bottom_right.y - t.y - 2 * pad);
    dl.AddRectFilled(min, bottom_right, IM_COL32(255, 255, 255, 238), 8.0f * s);
    dl.AddRect(min, bottom_right, IM_COL32(60, 70, 80, 90), 8.0f * s, 0, 1.0f * s);
    const ImU32 ink = to_imgui(render::palette().label);
    dl.AddText(fonts.label, fonts.label->FontSize, ImVec2(min.x + pad, min.y + pad), ink, text);
    draw_icon(dl, Icon::ChevronUp, ImVec2(bottom_right.x - pad - icon * 0.5f, min.y + pad + t.y * 0.5f), icon, ink);
    const ImVec4 r(min.x, min.y, bottom_right.x, bottom_right.y);
    return {r, r};
}

}  // namespace

LegendBox draw_legend(ImDrawList& dl, ImVec2 bottom_right, const MapFonts& fonts, i18n::Language lang, float s,
                      const std::string& occupancy_asof, LegendFold fold, float max_height) {
    if (fold == LegendFold::Folded) return draw_folded(dl, bottom_right, fonts, lang, s);
    const auto rows = legend_rows(lang, occupancy_asof);
    const float body = fonts.body->FontSize;
    const float row_h = body * 1.35f;
    const float pad = 12.0f * s;
    const ImVec2 swatch(30.0f * s, body * 0.95f);
    const float text_x = pad + swatch.x + 10.0f * s;

    const float chevron = fold == LegendFold::Open ? fonts.label->FontSize + 8.0f * s : 0.0f;
    float width = 0.0f, height = pad;
    for (const auto& r : rows) {
        ImFont* font = r.kind == RowKind::Heading ? fonts.label : fonts.body;
        const ImVec2 t = font->CalcTextSizeA(font->FontSize, 1e9f, 0.0f, r.text.c_str());
        const bool indented = r.kind != RowKind::Heading && r.kind != RowKind::Footnote;
        width = std::max(width, (indented ? text_x : pad) + t.x + pad + (&r == &rows.front() ? chevron : 0.0f));
        height += r.kind == RowKind::Heading && &r != &rows.front() ? row_h * 1.35f : row_h;
    }
    height += pad * 0.5f;
    if (fold == LegendFold::Open && height > max_height) return draw_folded(dl, bottom_right, fonts, lang, s);
    const ImVec2 min(bottom_right.x - width, bottom_right.y - height);
    const ImVec2 max(bottom_right);
    dl.AddRectFilled(ImVec2(min.x + 2 * s, min.y + 3 * s), ImVec2(max.x + 2 * s, max.y + 3 * s), IM_COL32(0, 0, 0, 40),
                     8.0f * s);
    dl.AddRectFilled(min, max, IM_COL32(255, 255, 255, 238), 8.0f * s);
    dl.AddRect(min, max, IM_COL32(60, 70, 80, 90), 8.0f * s, 0, 1.0f * s);

    float y = min.y + pad;
    const ImU32 ink = to_imgui(render::palette().label);
    for (const auto& r : rows) {
        if (r.kind == RowKind::Heading && &r != &rows.front()) y += row_h * 0.35f;
        const float text_y = y + (row_h - body) * 0.5f - 1.0f * s;
        if (r.kind == RowKind::Heading) {
            dl.AddText(fonts.label, fonts.label->FontSize, ImVec2(min.x + pad, text_y), ink, r.text.c_str());
        } else if (r.kind == RowKind::Footnote) {
            dl.AddText(fonts.body, body * 0.92f, ImVec2(min.x + pad, text_y + 2 * s), IM_COL32(90, 90, 90, 255),
                       r.text.c_str());
        } else {
            const ImVec2 smin(min.x + pad, y + (row_h - swatch.y) * 0.5f);
            draw_swatch(dl, r, smin, ImVec2(smin.x + swatch.x, smin.y + swatch.y), s);
            const ImU32 colour = r.kind == RowKind::Threshold ? IM_COL32(180, 20, 20, 255) : ink;
            dl.AddText(fonts.body, body, ImVec2(min.x + text_x, text_y), colour, r.text.c_str());
        }
        y += row_h;
    }
    const ImVec4 header(min.x, min.y, max.x, min.y + pad + row_h);
    if (fold == LegendFold::Open)
        draw_icon(dl, Icon::ChevronDown, ImVec2(max.x - pad - chevron * 0.5f + 4.0f * s, min.y + pad + row_h * 0.5f),
                  fonts.label->FontSize, ink);
    return {ImVec4(min.x, min.y, max.x, max.y), header};
}

}  // namespace ui
