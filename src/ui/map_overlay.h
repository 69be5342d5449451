// Everything drawn over the map in screen space: park and place labels, the legend, title,
// scale bar, north arrow and attribution. Used by the window and by headless rendering alike.
#pragma once

#include <string>
#include <vector>

#include "data/catalog.h"
#include "geo/geometry.h"
#include "render/camera.h"
#include "ui/fonts.h"
#include "i18n/language.h"

struct ImDrawList;

namespace ui {

struct OverlayOptions {
    i18n::Language language = i18n::Language::En;
    float scale = 1.0f;            // UI scale (HiDPI, large images)
    bool legend = true;
    bool title = true;
    const data::Feature* selected = nullptr;  // its label is placed before all others
    std::string occupancy_dates = {};  // legend heading after "Occupancy, "; empty: the layer's occ_asof dates
    std::vector<geo::Box> keep_clear = {};  // screen boxes labels avoid: what is drawn over them (pin badges)
};

struct OverlayReport {
    size_t labels_wanted = 0;
    size_t labels_placed = 0;
    geo::Box legend_rect;          // screen pixels
    geo::Box title_rect = {};      // screen pixels; empty without a title
};

OverlayReport draw_map_overlay(ImDrawList& dl, const data::Catalog& catalog, const render::Camera& camera,
                               const MapFonts& fonts, const OverlayOptions& options);

// Name shown on the map: the short label in `lang` (label_vi / label_en), else the full name,
// else the other language's, else the id.
std::string map_label(const data::Layer& layer, const data::Feature& f, i18n::Language lang);

// The ground length the scale bar shows for at most `max_px` pixels: 1, 2 or 5 × 10^k metres.
double nice_scale_length_m(double ground_metres_per_pixel, double max_px);

}  // namespace ui
