#include "ui/slide_overlay.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "i18n/utf8.h"
#include "ui/draw_helpers.h"

namespace ui {

namespace {

using namespace slide_colours;

ImVec2 iv(geo::Vec2 v) { return ImVec2(float(v.x), float(v.y)); }

// Chinese and Japanese break between characters; Hangul words keep together.
bool breaks_anywhere(char32_t cp) {
    return (cp >= 0x2E80 && cp <= 0x312F) || (cp >= 0x3190 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
           (cp >= 0xFF00 && cp <= 0xFF60);
}

float text_width(ImFont* font, float size, std::string_view s) {
    return font->CalcTextSizeA(size, 1e9f, 0.0f, s.data(), s.data() + s.size()).x;
}

// The fields a card shows, in this order (describe_feature's rows are found by their field).
const char* kCardFields[] = {
    "status", "area_ha", "lease_ha", "occ_pct", "free_land", "developer", "tenants",
    "investor", "country", "cap_musd", "sector", "park_id",
};

}  // namespace

Theme presentation_theme(float height_px) {
    const float scale = std::max(0.75f, height_px / 900.0f);
    Theme t = make_theme(scale);
    t.room_px = 34.0f * scale;
    t.map_label_px = 17.0f * scale;  // names read from the back of the room
    return t;
}

FigureCard figure_card(const data::Catalog& catalog, size_t layer, size_t feature, i18n::Language lang) {
    FigureCard card;
    if (layer >= catalog.layers.size() || feature >= catalog.layers[layer].layer.feature_count()) return card;
    const data::MapLayer& ml = catalog.layers[layer];
    card.title = feature_title(ml, feature, lang);
    const auto rows = describe_feature(catalog, ml, feature, lang);
    for (const char* wanted : kCardFields)
        for (const DetailRow& row : rows)
            if (row.field == wanted) card.rows.push_back(row);
    return card;
}

std::vector<std::string> wrap_text(ImFont* font, float size, const std::string& text, float width) {
    std::vector<std::string> lines;
    size_t start = 0;
    for (;;) {
        const size_t nl = text.find('\n', start);
        const std::string_view paragraph =
            std::string_view(text).substr(start, nl == std::string::npos ? std::string::npos : nl - start);
        size_t line_start = 0, last_break = 0, i = 0;
        while (i < paragraph.size()) {
            const size_t at = i;
            const char32_t cp = i18n::next_code_point(paragraph, i);
            // A line may end after a space, or before a character that breaks anywhere.
            if (cp == ' ') last_break = i;
            else if (breaks_anywhere(cp)) last_break = at;
            if (last_break > line_start && text_width(font, size, paragraph.substr(line_start, i - line_start)) > width) {
                std::string done(paragraph.substr(line_start, last_break - line_start));
                while (!done.empty() && done.back() == ' ') done.pop_back();
                lines.push_back(std::move(done));
                line_start = last_break;
                while (line_start < paragraph.size() && paragraph[line_start] == ' ') ++line_start;
                i = std::max(i, line_start);
            }
        }
        lines.emplace_back(paragraph.substr(line_start));
        if (nl == std::string::npos) return lines;
        start = nl + 1;
    }
}

namespace {

struct BandLayout {
    float caption_size = 0;
    std::vector<std::string> caption_lines, source_lines;
    float pad = 0, height = 0, text_width = 0;
};

BandLayout layout_band(const SlideText& text, const MapFonts& fonts, const Theme& theme, const geo::Box& screen) {
    BandLayout b;
    ImFont* room = fonts.room ? fonts.room : fonts.title;
    const float screen_h = float(screen.max.y - screen.min.y), screen_w = float(screen.max.x - screen.min.x);
    b.pad = std::round(0.9f * theme.pad + screen_h * 0.012f);
    const float counter_w = text_width(fonts.heading, theme.heading_px, text.counter + "  " + text.status) + b.pad;
    b.text_width = screen_w - 2 * b.pad - counter_w;
    // Shrink to two lines, but never below what the back of the room can read.
    const float floor = std::ceil(screen_h * kRoomCaptionFraction);
    for (float size = std::max(theme.room_px, floor);; size = std::max(floor, size * 0.92f)) {
        b.caption_size = size;
        b.caption_lines = wrap_text(room, size, text.caption, b.text_width);
        if (b.caption_lines.size() <= 2 || size <= floor) break;
    }
    b.source_lines = text.sources.empty() ? std::vector<std::string>{}
                                          : wrap_text(fonts.caption, theme.caption_px, text.sources, b.text_width);
    b.height = 2 * b.pad + float(b.caption_lines.size()) * b.caption_size * 1.2f +
               float(b.source_lines.size()) * theme.caption_px * 1.35f + (b.source_lines.empty() ? 0 : theme.gap);
    return b;
}

}  // namespace

float caption_band_height(const SlideText& text, const MapFonts& fonts, const Theme& theme, const geo::Box& screen) {
    return layout_band(text, fonts, theme, screen).height;
}

geo::Box draw_caption_band(ImDrawList& dl, const SlideText& text, const MapFonts& fonts, const Theme& theme,
                           const geo::Box& screen) {
    const BandLayout b = layout_band(text, fonts, theme, screen);
    geo::Box band;
    band.expand({screen.min.x, screen.max.y - b.height});
    band.expand(screen.max);
    dl.AddRectFilled(iv(band.min), iv(band.max), with_alpha(kBand, kBandAlpha));
    dl.AddRectFilled(iv(band.min), ImVec2(float(band.max.x), float(band.min.y) + 3.0f * theme.scale), to_imgui(colours::kAccent));
    ImFont* room = fonts.room ? fonts.room : fonts.title;
    float y = float(band.min.y) + b.pad;
    for (const auto& line : b.caption_lines) {
        dl.AddText(room, b.caption_size, ImVec2(float(band.min.x) + b.pad, y), to_imgui(kBandText), line.c_str());
        y += b.caption_size * 1.2f;
    }
    if (!b.source_lines.empty()) y += theme.gap;
    for (const auto& line : b.source_lines) {
        dl.AddText(fonts.caption, theme.caption_px, ImVec2(float(band.min.x) + b.pad, y), to_imgui(kBandMuted), line.c_str());
        y += theme.caption_px * 1.35f;
    }
    const std::string right = text.status.empty() ? text.counter : text.status + "   " + text.counter;
    const float w = text_width(fonts.heading, theme.heading_px, right);
    dl.AddText(fonts.heading, theme.heading_px, ImVec2(float(band.max.x) - b.pad - w, float(band.min.y) + b.pad),
               to_imgui(kBandMuted), right.c_str());
    return band;
}

geo::Box draw_figure_card(ImDrawList& dl, const FigureCard& card, geo::Vec2 at, float width, const MapFonts& fonts,
                          const Theme& theme) {
    const float pad = theme.pad * 1.2f, inner = width - 2 * pad;
    // Measure first (the background goes under the text).
    struct Line { ImFont* font; float size; std::string text; render::Rgba colour; float gap_after; };
    std::vector<Line> lines;
    // A card opened during the talk is read from the back of the room: its sizes step up.
    ImFont* title_font = card.large && fonts.room ? fonts.room : fonts.title;
    const float title_px = card.large && fonts.room ? theme.room_px : theme.title_px;
    ImFont* row_font = card.large ? fonts.title : fonts.heading;
    const float row_px = card.large ? theme.title_px : theme.heading_px;
    ImFont* note_font = card.large ? fonts.body : fonts.caption;
    const float note_px = card.large ? theme.body_px : theme.caption_px;
    for (const auto& l : wrap_text(title_font, title_px, card.title, inner)) lines.push_back({title_font, title_px, l, colours::kInk, 0});
    lines.back().gap_after = theme.gap;
    for (const DetailRow& row : card.rows) {
        for (const auto& l : wrap_text(row_font, row_px, row.label + ": " + row.value, inner))
            lines.push_back({row_font, row_px, l, colours::kInk, 0});
        if (!row.note.empty())
            for (const auto& l : wrap_text(note_font, note_px, row.note, inner))
                lines.push_back({note_font, note_px, l, colours::kInkMuted, 0});
        lines.back().gap_after = theme.gap * 0.75f;
    }
    float height = 2 * pad;
    for (const Line& l : lines) height += l.size * 1.25f + l.gap_after;
    geo::Box box;
    box.expand(at);
    box.expand({at.x + width, at.y + height});
    dl.AddRectFilled(iv(box.min), iv(box.max), with_alpha(colours::kPanel, 245), theme.rounding);
    dl.AddRectFilled(iv(box.min), ImVec2(float(box.min.x) + 4.0f * theme.scale, float(box.max.y)), to_imgui(kHighlight));
    dl.AddRect(iv(box.min), iv(box.max), to_imgui(colours::kLine), theme.rounding);
    float y = float(at.y) + pad;
    for (const Line& l : lines) {
        dl.AddText(l.font, l.size, ImVec2(float(at.x) + pad, y), to_imgui(l.colour), l.text.c_str());
        y += l.size * 1.25f + l.gap_after;
    }
    return box;
}

void draw_slide_highlight(ImDrawList& dl, const render::Camera& camera, const geo::Geometry& geometry, const Theme& theme) {
    const float px = 3.5f * theme.scale;
    if (!geometry.polygons.empty()) {
        draw_geometry_outline(dl, camera, geometry, with_alpha(kHighlightEdge, 220), px + 3.0f * theme.scale);
        draw_geometry_outline(dl, camera, geometry, to_imgui(kHighlight), px);
    }
    for (const auto& line : geometry.lines) {
        std::vector<ImVec2> pts;
        for (const auto& p : line) pts.push_back(iv(camera.map_to_screen(p)));
        if (pts.size() >= 2) dl.AddPolyline(pts.data(), int(pts.size()), to_imgui(kHighlight), 0, px);
    }
    for (const auto& p : geometry.points) {
        const ImVec2 c = iv(camera.map_to_screen(p));
        dl.AddCircle(c, 22.0f * theme.scale, with_alpha(kHighlightEdge, 220), 0, px + 3.0f * theme.scale);
        dl.AddCircle(c, 22.0f * theme.scale, to_imgui(kHighlight), 0, px);
    }
}

void draw_blank_screen(ImDrawList& dl, const geo::Box& screen, bool white) {
    dl.AddRectFilled(iv(screen.min), iv(screen.max), white ? IM_COL32_WHITE : IM_COL32_BLACK);
}

}  // namespace ui
