// Everything drawn over the map in screen space: park and place labels, the legend, title,
// scale bar, north arrow and attribution. Used by the window and by headless rendering alike.
#pragma once

#include <string>
#include <vector>

#include "data/catalog.h"
#include "geo/geometry.h"
#include "render/camera.h"
#include "render/feature_style.h"
#include "ui/fonts.h"
#include "ui/legend.h"
#include "ui/painter.h"
#include "i18n/language.h"

struct ImDrawList;

namespace ui {

// A mark drawn on the map by the overlay, under its legend and furniture, that labels keep
// clear of: a cluster of pins with their count, or a park's investment bubble with a label
// placed among the map's names.
struct MapMark {
    geo::Vec2 centre;              // screen pixels
    float radius = 0.0f;
    render::Rgba fill;
    std::string inside;            // drawn in the middle (a count); may be empty
    std::string label;             // placed beside the mark like a pin's name; may be empty
};

struct OverlayOptions {
    i18n::Language language = i18n::Language::En;
    bool vietnamese_beneath = false;  // labels: the Vietnamese name under the chosen language's
    float scale = 1.0f;            // UI scale (HiDPI, large images)
    bool legend = true;
    LegendFold legend_fold = LegendFold::Fixed;  // the window's legend folds to its heading
    bool title = true;
    bool attribution = true;       // off where the page credits the data elsewhere (a brochure's footer)
    geo::Box frame = {};           // the visible map (screen pixels): furniture and labels stay in it; empty: all
    const data::Feature* selected = nullptr;  // its label is placed before all others
    std::string occupancy_dates = {};  // legend heading after "Occupancy, "; empty: the layer's occ_asof dates
    std::vector<MapMark> marks = {};
};

struct OverlayReport {
    size_t labels_wanted = 0;
    size_t labels_placed = 0;
    geo::Box legend_rect;          // screen pixels
    geo::Box legend_header = {};   // the legend's heading line: a click there folds or unfolds it
    geo::Box title_rect = {};      // screen pixels; empty without a title
    std::vector<geo::Box> furniture;   // legend, scale bar, north arrow, attribution, title
    std::vector<geo::Box> label_rects; // every label placed, marks' labels included
    size_t mark_labels_wanted = 0, mark_labels_placed = 0;
    std::vector<geo::Box> mark_rects;  // every mark drawn
};

OverlayReport draw_map_overlay(Painter& painter, const data::Catalog& catalog, const render::Camera& camera,
                               const OverlayOptions& options);
// The same on an ImGui draw list with the atlas's fonts (the window, PNG renders).
OverlayReport draw_map_overlay(ImDrawList& dl, const data::Catalog& catalog, const render::Camera& camera,
                               const MapFonts& fonts, const OverlayOptions& options);

// Name shown on the map: the short label in `lang` (label_vi, label_zh...), else the full name
// (name_vi, name_zh...), else English's, else Vietnamese's, else "name", else the id.
std::string map_label(const data::Layer& layer, const data::Feature& f, i18n::Language lang);
// map_label, and with `vietnamese_beneath` the Vietnamese label on a second line when it differs
// (what a visiting delegation matches against road signs).
std::string map_label_lines(const data::Layer& layer, const data::Feature& f, i18n::Language lang, bool vietnamese_beneath);

// The ground length the scale bar shows for at most `max_px` pixels: 1, 2 or 5 × 10^k metres.
double nice_scale_length_m(double ground_metres_per_pixel, double max_px);

}  // namespace ui
