#include "app/map_view.h"

#include <cstdio>
#include <sstream>
#include <vector>

#include "geo/web_mercator.h"

namespace app {

geo::Box default_view(const data::Catalog& catalog) {
    geo::Box b;
    for (const auto& l : catalog.layers) {
        using data::LayerRole;
        if (l.role == LayerRole::Parks || l.role == LayerRole::EconomicZones || l.role == LayerRole::Landmarks ||
            l.role == LayerRole::User)
            b.merge(l.layer.bounds());
    }
    if (b.empty()) return catalog.bounds();
    // A margin so the outermost parks do not touch the title, legend or edges.
    const double margin = std::max(b.width(), b.height()) * 0.06;
    b.min = b.min - geo::Vec2{margin, margin};
    b.max = b.max + geo::Vec2{margin, margin};
    return b;
}

std::optional<geo::Box> view_for_id(const data::Catalog& catalog, const std::string& id, std::string* known_ids,
                                    double min_width_m) {
    std::string known;
    for (const auto& l : catalog.layers) {
        using data::LayerRole;
        if (l.role != LayerRole::Parks && l.role != LayerRole::EconomicZones && l.role != LayerRole::Landmarks) continue;
        for (const auto& f : l.layer.features) {
            const auto fid = l.layer.text(f, "id");
            if (!fid) continue;
            if (!f.geometry.empty()) known += (known.empty() ? "" : ", ") + *fid;
            if (*fid != id || f.geometry.empty()) continue;
            geo::Box b = f.geometry.bounds();
            const double grow = std::max(0.0, min_width_m - b.width()) * 0.5;
            const double pad = std::max(b.width(), b.height()) * 0.25;
            b.min = b.min - geo::Vec2{grow + pad, grow + pad};
            b.max = b.max + geo::Vec2{grow + pad, grow + pad};
            return b;
        }
    }
    if (known_ids) *known_ids = known;
    return std::nullopt;
}

std::optional<geo::Box> parse_lonlat_bbox(const std::string& text, std::string* error) {
    std::vector<double> v;
    std::stringstream in(text);
    std::string part;
    while (std::getline(in, part, ',')) {
        char* end = nullptr;
        const double d = std::strtod(part.c_str(), &end);
        if (part.empty() || *end != '\0') {
            if (error) *error = "'" + part + "' is not a number";
            return std::nullopt;
        }
        v.push_back(d);
    }
    if (v.size() != 4) {
        if (error) *error = "expected 4 numbers minlon,minlat,maxlon,maxlat";
        return std::nullopt;
    }
    if (!(v[0] < v[2] && v[1] < v[3]) || v[0] < -180 || v[2] > 180 || v[1] < -85 || v[3] > 85) {
        if (error) *error = "need minlon < maxlon and minlat < maxlat, within -180..180 and -85..85";
        return std::nullopt;
    }
    geo::Box b;
    b.expand(geo::lonlat_to_mercator({v[0], v[1]}));
    b.expand(geo::lonlat_to_mercator({v[2], v[3]}));
    return b;
}

}  // namespace app
