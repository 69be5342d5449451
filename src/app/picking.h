// What lies under a screen point: every visible feature hit, top-most layer first, with exact
// tests (holes, multipolygons) after a grid index narrows the candidates. Pins and lines are
// hit within a few pixels.
#pragma once

#include <functional>
#include <vector>

#include "data/catalog.h"
#include "geo/spatial_index.h"
#include "render/camera.h"

namespace app {

struct Hit {
    size_t layer = 0;     // index into catalog.layers
    size_t feature = 0;   // index into that layer's features
    double distance_px = 0.0;  // 0 inside a polygon
    friend bool operator==(const Hit& a, const Hit& b) { return a.layer == b.layer && a.feature == b.feature; }
};

struct PickOptions {
    double pin_radius_px = 8.0;          // points within this many pixels
    double line_tolerance_px = 4.0;      // lines within this many pixels
    bool include_basemap = false;        // sea, land, rivers, coastline
    // Optional per-feature pin radius (pixels), e.g. half the drawn pin plus a margin.
    std::function<double(size_t layer, size_t feature)> pin_radius;
};

class Picker {
public:
    Picker() = default;
    explicit Picker(const data::Catalog& catalog) { rebuild(catalog); }
    // Call again whenever layers are added or removed. `ready`: indexes built earlier (on a
    // loading thread, by index_layer) for the last ready.size() layers of the catalog.
    void rebuild(const data::Catalog& catalog, std::vector<geo::GridIndex> ready = {});
    // The index of one layer: a million parcels take about 0.4 s, not to be spent on the UI thread.
    static geo::GridIndex index_layer(const data::Layer& layer);

    // `draw_order`: layer indices bottom first (empty: the catalog's order). Invisible layers
    // are skipped. Hits: top-most layer first; within a layer, nearest pin / last drawn first.
    std::vector<Hit> pick(const data::Catalog& catalog, const render::Camera& camera, geo::Vec2 screen,
                          const PickOptions& options = {}, const std::vector<size_t>& draw_order = {}) const;

private:
    std::vector<geo::GridIndex> grids_;   // one per catalog layer
};

using data::is_basemap;

}  // namespace app
