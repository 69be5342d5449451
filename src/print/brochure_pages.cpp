#include "print/brochure_pages.h"

#include <algorithm>

#include "data/park_model.h"
#include "i18n/catalogue.h"
#include "i18n/number_format.h"
#include "print/cairo_painter.h"
#include "print/map_picture.h"
#include "render/map_style.h"
#include "ui/panels/feature_text.h"

namespace print {

namespace {

using i18n::N_;
using namespace sheet;

constexpr double kPageW = 900.0, kPageH = 900.0 * 841.89 / 595.28;
constexpr double kBandH = 132.0, kSlimBandH = 64.0, kFooterH = 54.0;
constexpr double kMapH = 400.0;
constexpr double kSideW = 250.0;

void fill_rect(cairo_t* cr, geo::Vec2 min, geo::Vec2 max, render::Rgba c, double rounding = 0.0) {
    rounded_rect_path(cr, min, max, rounding);
    set_source(cr, c);
    cairo_fill(cr);
}

constexpr double kTitleW = kPageW - 2 * kMargin - 150;  // the status pill keeps the right

std::string band_subtitle(const ParkSheet& s) {
    std::string sub = s.vietnamese_name;
    if (!s.district.empty()) sub += (sub.empty() ? "" : " · ") + s.district;
    return sub;
}

// How tall the first page's band is: the name may take two lines.
double band_height(const Typesetter& type, const ParkSheet& s) {
    const double title = type.measure({30.0f, true, {}, kTitleW}, s.title).y;
    const std::string sub = band_subtitle(s);
    const double below = sub.empty() ? 0.0 : 6.0 + type.measure({14.0f, false, {}, kTitleW}, sub).y;
    return std::max(kBandH, 38.0 + title + below + 22.0);
}

// The park's name in a navy band across the top; a continued page gets a slim one.
void draw_band(const Typesetter& type, const ParkSheet& s, bool continued) {
    cairo_t* cr = type.cairo();
    const double h = continued ? kSlimBandH : band_height(type, s);
    fill_rect(cr, {0, 0}, {kPageW, h}, kNavy);
    fill_rect(cr, {0, h - 5}, {kPageW, h}, kTeal);
    const render::Rgba white = render::rgb(0xffffff), pale = render::rgb(0xc8d4e0);
    if (continued) {
        type.draw({17.0f, true, white, kPageW - 2 * kMargin}, {kMargin, 20},
                  s.title + " · " + i18n::tr("continued", type.language()));
        return;
    }
    type.draw({12.5f, true, pale}, {kMargin, 18}, i18n::tr("Hai Phong, Viet Nam · industrial park", type.language()));
    const geo::Vec2 t = type.draw({30.0f, true, white, kTitleW}, {kMargin, 38}, s.title);
    const std::string sub = band_subtitle(s);
    if (!sub.empty()) type.draw({14.0f, false, pale, kTitleW}, {kMargin, 44 + t.y}, sub);
    // The status as a pill at the right.
    const TextSpec pill{13.0f, true, kNavy};
    const geo::Vec2 ps = type.measure(pill, s.status);
    const geo::Vec2 min{kPageW - kMargin - ps.x - 24, 42}, max{kPageW - kMargin, 42 + ps.y + 10};
    fill_rect(cr, min, max, render::rgb(0xe0f2f1), (max.y - min.y) * 0.5);
    type.draw(pill, {min.x + 12, min.y + 5}, s.status);
}

void draw_footer(const Typesetter& type, const BrochureContext& ctx, const std::string& what, int page, int total) {
    cairo_t* cr = type.cairo();
    const double y = kPageH - kFooterH + 14;
    cairo_move_to(cr, kMargin, y - 6);
    cairo_line_to(cr, kPageW - kMargin, y - 6);
    set_source(cr, kRule);
    cairo_set_line_width(cr, 0.8);
    cairo_stroke(cr);
    const i18n::Language lang = type.language();
    const std::string left = what + " · " + i18n::trf(N_("figures as of {0}; made by Park Atlas on {1}"), lang,
                                                      {ctx.asof, ctx.generated_on});
    const std::string right = i18n::trf(N_("page {0} of {1}"), lang, {std::to_string(page), std::to_string(total)});
    const TextSpec small{10.5f, false, kGrey};
    const geo::Vec2 rs = type.measure(small, right);
    type.draw({10.5f, false, kGrey, kPageW - 2 * kMargin - rs.x - 20}, {kMargin, y}, left);
    type.draw(small, {kPageW - kMargin - rs.x, y}, right);
    type.draw({9.5f, false, kGrey, kPageW - 2 * kMargin}, {kMargin, y + 16},
              i18n::tr("Shoreline: GSHHG 2.3.7 (Wessel & Smith), LGPL · Data: Hai Phong UBND & HEZA reports 2023–2024", lang));
}

// A view of at least `min_m` display metres around a box.
geo::Box around(const geo::Box& b, double factor, double min_m) {
    const geo::Vec2 c = b.centre();
    const double half = std::max(std::max(b.width(), b.height()) * factor, min_m) * 0.5;
    return {{c.x - half, c.y - half}, {c.x + half, c.y + half}};
}

// Occupancy and free land in large type, with the 60% line on a bar.
void draw_occupancy_card(const Typesetter& type, const BrochureContext& ctx, size_t feature, geo::Vec2 at, double width) {
    cairo_t* cr = type.cairo();
    const i18n::Language lang = type.language();
    const analysis::ParkAvailability& a = ctx.figures.parks[feature];
    fill_rect(cr, at, {at.x + width, at.y + 150}, render::rgb(0xf3f6f8), 8);
    type.draw({12.5f, true, kGrey}, {at.x + 14, at.y + 10}, i18n::tr("Occupancy", lang));
    const auto cls = data::classify_occupancy(a.occ_pct.value);
    const render::Rgba colour = a.occ_pct.known() ? render::occupancy_colour(cls) : kGrey;
    const std::string occ = a.occ_pct.known() ? i18n::format_number(*a.occ_pct.value, 1, lang) + " %" : i18n::tr("unknown", lang);
    type.draw({28.0f, true, a.occ_pct.known() ? render::rgb(0x1b1f24) : kGrey}, {at.x + 14, at.y + 26}, occ);
    const double bx = at.x + 14, bw = width - 28, by = at.y + 70;
    fill_rect(cr, {bx, by}, {bx + bw, by + 10}, render::rgb(0xdde3e8), 5);
    if (a.occ_pct.known()) fill_rect(cr, {bx, by}, {bx + bw * std::clamp(*a.occ_pct.value / 100.0, 0.0, 1.0), by + 10}, colour, 5);
    cairo_move_to(cr, bx + bw * 0.6, by - 4);
    cairo_line_to(cr, bx + bw * 0.6, by + 14);
    set_source(cr, render::rgb(0xc81e1e));
    cairo_set_line_width(cr, 2.0);
    cairo_stroke(cr);
    type.draw({10.0f, false, render::rgb(0xb41414)}, {bx + bw * 0.6 + 3, by + 12}, i18n::tr("60% (Decree 35)", lang));
    type.draw({12.5f, true, kGrey}, {at.x + 14, at.y + 96}, i18n::tr("Free land", lang));
    const std::string free_land = a.free_ha.known() ? analysis::approx_hectares(*a.free_ha.value, lang) : i18n::tr("unknown", lang);
    type.draw({22.0f, true, a.free_ha.known() ? render::rgb(0x1b1f24) : kGrey}, {at.x + 14, at.y + 112}, free_land);
}

}  // namespace

ParkLayout layout_park(const Typesetter& type, const BrochureContext& ctx, size_t park_feature) {
    ParkLayout p;
    p.sheet = park_sheet(ctx.catalog, ctx.figures, ctx.gauge, park_feature, type.language());
    const i18n::Language lang = type.language();
    const ParkSheet& s = p.sheet;
    p.blocks.push_back({i18n::trf(N_("Land as of {0}"), lang, {ctx.asof}), s.land, {}});
    p.blocks.push_back({i18n::tr("Distances (straight line)", lang), s.distances, {}, s.distance_note});
    p.blocks.push_back({i18n::tr("For investors", lang), s.site, {}, s.site_unknown});
    if (!s.people.empty()) p.blocks.push_back({i18n::tr("Developer and tenants", lang), s.people, {}});
    if (!s.investments.empty()) p.blocks.push_back({i18n::tr("Investments recorded in this park", lang), s.investments, {}});
    p.blocks.push_back({i18n::tr("Decree 35/2022 and new parks", lang), {}, s.decree35});
    p.blocks.push_back({i18n::tr("Where to ask", lang), s.contacts, {}});
    p.map_top = band_height(type, s) + 22.0;
    const FlowArea area{p.map_top + kMapH + 26, kSlimBandH + 28, kPageH - kFooterH - 10, kMargin, kPageW - 2 * kMargin};
    p.pieces = flow_blocks(type, p.blocks, area);
    p.pages = 1 + (p.pieces.empty() ? 0 : p.pieces.back().page);
    return p;
}

void draw_park(Document& doc, const Typesetter& type, const BrochureContext& ctx, const ParkLayout& park, int page_number,
               int total) {
    const ParkSheet& s = park.sheet;
    const data::MapLayer& parks = ctx.catalog.layers[ctx.figures.parks_layer];
    const data::Feature& f = parks.layer.features[s.feature];
    const i18n::Language lang = type.language();
    draw_band(type, s, false);
    const double kMapTop = park.map_top;

    // The park and its surroundings; beside it, where that is in the city.
    const ui::Theme theme = ui::make_theme(0.85f);
    MapPicture main;
    main.frame = {{kMargin, kMapTop}, {kPageW - kMargin - kSideW - 18, kMapTop + kMapH}};
    main.view = s.located ? around(f.geometry.bounds(), 2.0, 7000.0) : ctx.city_view;
    main.theme = theme;
    main.title = main.legend = main.attribution = false;
    main.styles = ctx.styles;
    main.selected = &f;
    main.highlight = s.located ? &f.geometry : nullptr;
    const MapPictureReport drawn = draw_map_picture(type, ctx.catalog, main);
    cairo_t* cr = type.cairo();
    if (!s.located) {
        const TextSpec warn{15.0f, true, render::rgb(0xb41414), main.frame.width() - 80};
        const geo::Vec2 ws = type.measure(warn, s.location_note);
        fill_rect(cr, {kMargin + 30, kMapTop + 30}, {kMargin + 50 + ws.x, kMapTop + 50 + ws.y}, render::rgb(0xffffff, 235), 8);
        type.draw(warn, {kMargin + 40, kMapTop + 40}, s.location_note);
    } else {
        type.draw({10.5f, false, kGrey}, {kMargin, kMapTop + kMapH + 4}, s.location_note);
    }

    const double side_x = kPageW - kMargin - kSideW;
    type.draw({12.5f, true, kGrey}, {side_x, kMapTop - 2}, i18n::tr("Where in Hai Phong", lang));
    MapPicture locator;
    locator.frame = {{side_x, kMapTop + 18}, {kPageW - kMargin, kMapTop + 18 + kSideW - 20}};
    locator.view = ctx.city_view;
    locator.theme = ui::make_theme(0.6f);
    locator.overlay = false;
    locator.styles = ctx.styles;
    locator.highlight = s.located ? &f.geometry : nullptr;
    const MapPictureReport loc = draw_map_picture(type, ctx.catalog, locator);
    if (s.located) {
        // The main map's extent on the locator.
        const geo::Box seen = drawn.camera.visible_box();
        geo::Box r;
        r.expand(loc.camera.map_to_screen(seen.min));
        r.expand(loc.camera.map_to_screen(seen.max));
        cairo_save(cr);
        cairo_rectangle(cr, locator.frame.min.x, locator.frame.min.y, locator.frame.width(), locator.frame.height());
        cairo_clip(cr);
        cairo_rectangle(cr, locator.frame.min.x + r.min.x, locator.frame.min.y + r.min.y, r.width(), r.height());
        set_source(cr, render::rgb(0xd32f2f));
        cairo_set_line_width(cr, 1.8);
        cairo_stroke(cr);
        cairo_restore(cr);
    }
    draw_occupancy_card(type, ctx, s.feature, {side_x, locator.frame.max.y + 12}, kSideW);

    for (int page = 0; page < park.pages; ++page) {
        if (page > 0) {
            doc.next_page(doc.page());
            draw_band(type, s, true);
        }
        for (const Piece& piece : park.pieces)
            if (piece.page == page)
                draw_piece(type, park.blocks[piece.block], piece, column_width({0, 0, 0, kMargin, kPageW - 2 * kMargin}));
        draw_footer(type, ctx, s.title, page_number + page, total);
    }
}

void draw_cover(const Typesetter& type, const BrochureContext& ctx, size_t parks, int total) {
    cairo_t* cr = type.cairo();
    const i18n::Language lang = type.language();
    fill_rect(cr, {0, 0}, {kPageW, 330}, kNavy);
    fill_rect(cr, {0, 324}, {kPageW, 330}, kTeal);
    const render::Rgba white = render::rgb(0xffffff), pale = render::rgb(0xc8d4e0);
    type.draw({15.0f, true, pale}, {kMargin, 60}, i18n::tr("Investor brochure", lang));
    const geo::Vec2 t = type.draw({44.0f, true, white, kPageW - 2 * kMargin}, {kMargin, 88},
                                  i18n::tr("Hai Phong industrial parks", lang));
    type.draw({18.0f, false, pale, kPageW - 2 * kMargin}, {kMargin, 100 + t.y},
              i18n::trf(N_("{0} parks: where they are, land left, who is there, how far the port is"), lang,
                        {std::to_string(parks)}));
    type.draw({14.0f, false, pale}, {kMargin, 270}, i18n::trf(N_("Figures as of {0}"), lang, {ctx.asof}));

    MapPicture map;
    map.frame = {{0, 330}, {kPageW, 960}};
    map.view = ctx.city_view;
    map.theme = ui::make_theme(0.9f);
    map.title = false;
    map.legend = false;
    map.attribution = false;
    map.styles = ctx.styles;
    draw_map_picture(type, ctx.catalog, map);

    double y = 990;
    for (const auto& p : decree35_context(ctx.gauge, lang)) y += type.draw(paragraph(kPageW - 2 * kMargin), {kMargin, y}, p).y + 8;
    type.draw(note(kPageW - 2 * kMargin), {kMargin, y + 6},
              i18n::tr("Every figure in this brochure carries its source and as-of date; \"unknown\" means no source gives it. "
                       "Outlines are approximate illustrations.", lang));
    draw_footer(type, ctx, i18n::tr("Hai Phong industrial parks", lang), 1, total);
}

void draw_overview(const Typesetter& type, const BrochureContext& ctx, int page_number, int total) {
    const i18n::Language lang = type.language();
    type.draw({26.0f, true, kNavy}, {kMargin, 44}, i18n::tr("The city's parks at a glance", lang));
    MapPicture map;
    map.frame = {{kMargin, 96}, {kPageW - kMargin, 860}};
    map.view = ctx.city_view;
    map.theme = ui::make_theme(0.8f);
    map.title = false;
    map.attribution = false;
    map.styles = ctx.styles;
    map.occupancy_dates = ctx.occupancy_dates;
    draw_map_picture(type, ctx.catalog, map);
    const Block decree{i18n::tr("Decree 35/2022 and new parks", lang), {}, decree35_context(ctx.gauge, lang), {}};
    draw_block(type, decree, {kMargin, 884}, kPageW - 2 * kMargin);
    draw_footer(type, ctx, i18n::tr("Overview", lang), page_number, total);
}

void draw_index(const Typesetter& type, const BrochureContext& ctx, const std::vector<IndexEntry>& entries, int page_number,
                int total) {
    cairo_t* cr = type.cairo();
    const i18n::Language lang = type.language();
    type.draw({26.0f, true, kNavy}, {kMargin, 44}, i18n::tr("Index of parks", lang));
    // Columns: name, status, area, occupancy, free land, page.
    // Left edges; numbers are right-aligned to the next column's edge.
    const double x[] = {kMargin, 410, 520, 620, 720, 800, kPageW - kMargin};
    const char* heads[] = {N_("Park"), N_("Status"), N_("Total area"), N_("Occupancy"), N_("Free land"), N_("Page")};
    double y = 100;
    auto cell = [&](int c, TextSpec spec, const std::string& text) {
        spec.wrap_width = x[c + 1] - x[c] - 12;
        spec.align = c >= 2 ? Align::Right : Align::Left;
        type.draw(spec, {x[c], y}, text);
    };
    for (int c = 0; c < 6; ++c) cell(c, {11.5f, true, kGrey}, i18n::tr(heads[c], lang));
    y += 34;
    const data::MapLayer& parks = ctx.catalog.layers[ctx.figures.parks_layer];
    for (size_t i = 0; i < entries.size(); ++i) {
        const IndexEntry& e = entries[i];
        const analysis::ParkAvailability& a = ctx.figures.parks[e.feature];
        if (i % 2 == 0) fill_rect(cr, {kMargin - 6, y - 5}, {kPageW - kMargin + 6, y + 37}, render::rgb(0xf3f6f8));
        auto num = [&](const analysis::Figure& f, int decimals, const char* unit) {
            return f.known() ? i18n::format_number(*f.value, decimals, lang) + unit : std::string(i18n::tr("unknown", lang));
        };
        const std::string status = ui::status_words(parks.layer.text(parks.layer.features[e.feature], "status").value_or(""), lang);
        const std::string cells[] = {e.title, status, num(a.area_ha, 0, " ha"), num(a.occ_pct, 1, " %"), num(a.free_ha, 0, " ha"),
                                     std::to_string(e.page)};
        for (int c = 0; c < 6; ++c) cell(c, {c == 0 ? 13.5f : 12.5f, c == 0 || c == 5, c == 0 ? kInk : kGrey}, cells[c]);
        y += 42;
    }
    type.draw(note(kPageW - 2 * kMargin), {kMargin, y + 10},
              i18n::trf(N_("Occupancy and free land as of {0}; free land = leasable land (else total area) × (1 − occupancy)."),
                        lang, {ctx.asof}));
    draw_footer(type, ctx, i18n::tr("Index of parks", lang), page_number, total);
}

}  // namespace print
