#include "app/picking.h"

#include <algorithm>

#include "geo/hit_test.h"

namespace app {

geo::GridIndex Picker::index_layer(const data::Layer& layer) {
    std::vector<geo::Box> boxes;
    boxes.reserve(layer.feature_count());
    for (size_t i = 0; i < layer.feature_count(); ++i) boxes.push_back(layer.feature_bounds(i));
    return geo::GridIndex(std::move(boxes));
}

void Picker::rebuild(const data::Catalog& catalog, std::vector<geo::GridIndex> ready) {
    grids_.clear();
    const size_t first_ready = catalog.layers.size() - std::min(ready.size(), catalog.layers.size());
    for (size_t i = 0; i < catalog.layers.size(); ++i) {
        if (i >= first_ready) grids_.push_back(std::move(ready[i - first_ready]));
        else grids_.push_back(index_layer(catalog.layers[i].layer));
    }
}

std::vector<Hit> Picker::pick(const data::Catalog& catalog, const render::Camera& camera, geo::Vec2 screen,
                              const PickOptions& options, const std::vector<size_t>& draw_order) const {
    std::vector<size_t> order = draw_order;
    if (order.empty())
        for (size_t i = 0; i < catalog.layers.size(); ++i) order.push_back(i);
    std::vector<Hit> hits;
    const geo::Vec2 p = camera.screen_to_map(screen);
    const double mpp = camera.metres_per_pixel;
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        const size_t li = *it;
        if (li >= catalog.layers.size() || li >= grids_.size()) continue;
        const data::MapLayer& ml = catalog.layers[li];
        if (!ml.visible || (!options.include_basemap && is_basemap(ml.role))) continue;
        const data::Layer& layer = ml.layer;
        double reach_px = std::max(options.line_tolerance_px, options.pin_radius_px);
        if (options.pin_radius && layer.kind == geo::GeometryKind::Points) reach_px = std::max(reach_px, 64.0);
        std::vector<Hit> layer_hits;
        // An area is hit only from inside: its candidates are the boxes holding the point (a
        // province's parcels within a pin's reach at city scale are hundreds, each read from
        // the file when the layer is indexed).
        const double reach = layer.kind == geo::GeometryKind::Polygons ? 0.0 : reach_px * mpp;
        data::Feature read;  // an indexed layer's candidate, read from its file
        for (uint32_t fi : grids_[li].query(p, reach)) {
            if (layer.rows) read = layer.feature_copy(fi);
            const geo::Geometry& g = layer.rows ? read.geometry : layer.features[fi].geometry;
            switch (g.kind) {
                case geo::GeometryKind::Polygons:
                    if (geo::point_in_geometry(p, g)) layer_hits.push_back({li, fi, 0.0});
                    break;
                case geo::GeometryKind::Lines: {
                    const double d = geo::distance_to_lines(p, g) / mpp;
                    if (d <= options.line_tolerance_px) layer_hits.push_back({li, fi, d});
                    break;
                }
                case geo::GeometryKind::Points: {
                    const double r = options.pin_radius ? options.pin_radius(li, fi) : options.pin_radius_px;
                    double best = 1e300;
                    for (const auto& q : g.points) best = std::min(best, geo::length(q - p) / mpp);
                    if (best <= r) layer_hits.push_back({li, fi, best});
                    break;
                }
                case geo::GeometryKind::None: break;
            }
        }
        // Nearest first; among equals (polygons) the last drawn, which is on top.
        std::stable_sort(layer_hits.begin(), layer_hits.end(), [](const Hit& a, const Hit& b) {
            if (a.distance_px != b.distance_px) return a.distance_px < b.distance_px;
            return a.feature > b.feature;
        });
        hits.insert(hits.end(), layer_hits.begin(), layer_hits.end());
    }
    return hits;
}

}  // namespace app
