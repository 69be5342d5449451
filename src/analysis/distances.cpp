#include "analysis/distances.h"

#include <geodesic.h>

#include <cmath>

#include "data/catalog.h"
#include "data/layer.h"
#include "geo/crs.h"
#include "geo/label_point.h"
#include "geo/web_mercator.h"

namespace analysis {

namespace {

const geod_geodesic& wgs84() {
    static const geod_geodesic g = [] {
        geod_geodesic x;
        geod_init(&x, 6378137.0, 1.0 / 298.257223563);
        return x;
    }();
    return g;
}

double ring_area_m2(const geo::Ring& ring) {
    if (ring.size() < 3) return 0.0;
    std::vector<double> lats, lons;
    lats.reserve(ring.size());
    lons.reserve(ring.size());
    for (const auto& p : ring) {
        lons.push_back(p.x);
        lats.push_back(p.y);
    }
    double area = 0.0, perimeter = 0.0;
    geod_polygonarea(&wgs84(), lats.data(), lons.data(), static_cast<int>(ring.size()), &area, &perimeter);
    return std::abs(area);
}

}  // namespace

double geodesic_distance_m(geo::Vec2 a, geo::Vec2 b) {
    double s12 = 0.0, azi1 = 0.0, azi2 = 0.0;
    geod_inverse(&wgs84(), a.y, a.x, b.y, b.x, &s12, &azi1, &azi2);
    return s12;
}

double geodesic_area_m2(const geo::Polygon& poly) {
    double a = ring_area_m2(poly.outer);
    for (const auto& h : poly.holes) a -= ring_area_m2(h);
    return a;
}

std::optional<geo::Geometry> to_lonlat(const data::Layer& layer, const geo::Geometry& g) {
    geo::Geometry out = g;
    if (layer.crs == geo::kDisplayCrs) {
        out.for_each_vertex([](geo::Vec2& p) { p = geo::mercator_to_lonlat(p); });
        return out;
    }
    if (layer.crs == geo::kLonLatCrs) return out;
    auto t = geo::Transformer::create(layer.crs, geo::kLonLatCrs);
    if (!t) return std::nullopt;
    bool ok = true;
    out.for_each_vertex([&](geo::Vec2& p) {
        auto q = t->transform(p);
        if (!q || !std::isfinite(q->x) || !std::isfinite(q->y)) ok = false;
        else p = *q;
    });
    if (!ok) return std::nullopt;
    return out;
}

std::optional<double> feature_area_ha(const data::Layer& layer, const data::Feature& f) {
    if (f.geometry.polygons.empty()) return std::nullopt;
    auto g = to_lonlat(layer, f.geometry);
    if (!g) return std::nullopt;
    double m2 = 0.0;
    for (const auto& p : g->polygons) m2 += geodesic_area_m2(p);
    return m2 / 10000.0;
}

std::optional<geo::Vec2> park_anchor_lonlat(const data::Layer& layer, const data::Feature& f) {
    auto p = geo::label_point(f.geometry);
    if (!p) return std::nullopt;
    geo::Geometry pt;
    pt.kind = geo::GeometryKind::Points;
    pt.points = {*p};
    auto ll = to_lonlat(layer, pt);
    if (!ll) return std::nullopt;
    return ll->points.front();
}

std::optional<geo::Vec2> landmark_lonlat(const data::Catalog& catalog, std::string_view id) {
    const data::MapLayer* marks = catalog.find(data::LayerRole::Landmarks);
    if (!marks) return std::nullopt;
    for (const auto& f : marks->layer.features)
        if (marks->layer.text(f, "id") == id) return park_anchor_lonlat(marks->layer, f);
    return std::nullopt;
}

std::vector<ParkDistances> park_landmark_distances(const data::Catalog& catalog) {
    std::vector<ParkDistances> out;
    const data::MapLayer* parks = catalog.find(data::LayerRole::Parks);
    if (!parks) return out;

    std::vector<std::pair<std::string, std::optional<geo::Vec2>>> targets;
    for (const char* id : kLandmarkIds) targets.emplace_back(id, landmark_lonlat(catalog, id));
    for (const auto& f : parks->layer.features) {
        ParkDistances d;
        d.park_id = parks->layer.text(f, "id").value_or("");
        d.anchor = park_anchor_lonlat(parks->layer, f);
        // An outline placed only somewhere in its district gives no distance worth a number.
        if (parks->layer.text(f, "placed") == "district") d.anchor.reset();
        for (const auto& [id, where] : targets) {
            std::optional<double> km;
            if (d.anchor && where) km = geodesic_distance_m(*d.anchor, *where) / 1000.0;
            d.km.emplace_back(id, km);
        }
        out.push_back(std::move(d));
    }
    return out;
}

}  // namespace analysis
