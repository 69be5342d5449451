// The default look of the map: colours and widths per layer role and, for parks, per
// occupancy class and status. One place, so the map and its legend cannot disagree.
#pragma once

#include <optional>
#include <vector>

#include "data/catalog.h"
#include "data/park_model.h"
#include "render/feature_style.h"

namespace render {

struct Palette {
    Rgba background = rgb(0x9ccbe6);  // sea, also the clear colour
    Rgba land = rgb(0xf4f1ea);
    Rgba coastline = rgb(0x5d8fb3);
    Rgba river = rgb(0x86b9dc);
    Rgba park_outline = rgb(0x22313f);
    Rgba zone_dinh_vu = rgb(0x5e3c99);
    Rgba zone_southern = rgb(0xc2185b);
    Rgba project_pin = rgb(0xd81b60);
    Rgba landmark = rgb(0x1a237e);
    Rgba label = rgb(0x1b1f24);
    Rgba halo = rgb(0xffffff, 220);
};

const Palette& palette();

// Fill colour of an occupancy class: oranges below the 60% break, teals above.
Rgba occupancy_colour(data::OccupancyClass c);

// Capital (M USD) → pin diameter in pixels; area proportional to capital. Unknown: smallest.
float pin_diameter_px(std::optional<double> capital_musd);

// One style per feature of the layer, same order.
std::vector<FeatureStyle> style_layer(const data::MapLayer& layer);

// Styles of a parks layer with the occupancy given per feature (e.g. as of a chosen date)
// instead of the layer's occ_pct; nullopt, or a feature past the end, is drawn as unknown.
std::vector<FeatureStyle> style_parks(const data::MapLayer& parks, const std::vector<std::optional<double>>& occ_pct);

}  // namespace render
