#include "tour/slide_view.h"

#include <cmath>

#include "geo/web_mercator.h"

namespace tour {

using i18n::N_;

std::optional<size_t> find_layer(const data::Catalog& catalog, const std::string& name) {
    for (size_t i = 0; i < catalog.layers.size(); ++i) {
        const data::MapLayer& ml = catalog.layers[i];
        const std::string key = data::layer_key(ml);
        if (key == name) return i;
        if (ml.role != data::LayerRole::User && ml.layer.name == name) return i;
    }
    return std::nullopt;
}

std::optional<FeatureAt> find_feature(const data::Catalog& catalog, const std::string& ref) {
    const auto parts = split_feature(ref);
    if (!parts) return std::nullopt;
    // A user's key holds '/' itself ("file:/a/b.shp#parks/x"): the id is after the last one.
    const size_t slash = ref.rfind('/');
    for (const auto& [layer_name, id] : {*parts, std::make_pair(ref.substr(0, slash), ref.substr(slash + 1))}) {
        const auto layer = find_layer(catalog, layer_name);
        if (!layer) continue;
        const data::Layer& l = catalog.layers[*layer].layer;
        for (size_t f = 0; f < l.features.size(); ++f)
            if (l.text(l.features[f], "id") == id) return FeatureAt{*layer, f};
    }
    return std::nullopt;
}

std::optional<std::string> feature_ref(const data::Catalog& catalog, FeatureAt at) {
    if (at.layer >= catalog.layers.size()) return std::nullopt;
    const data::MapLayer& ml = catalog.layers[at.layer];
    if (at.feature >= ml.layer.features.size()) return std::nullopt;
    const auto id = ml.layer.text(ml.layer.features[at.feature], "id");
    if (!id || id->empty()) return std::nullopt;
    return (ml.role != data::LayerRole::User ? ml.layer.name : data::layer_key(ml)) + "/" + *id;
}

namespace {

// Projected metres per ground metre at a latitude (Web Mercator stretches by 1/cos).
double stretch_at(double mercator_y) { return 1.0 / std::max(0.01, geo::mercator_ground_scale(mercator_y)); }

}  // namespace

geo::Box slide_box(const Slide& slide, const data::Catalog& catalog) {
    const Camera& c = slide.camera;
    geo::Box box;
    switch (c.kind) {
        case Camera::Kind::Box:
            box.expand(geo::lonlat_to_mercator(c.box.min));
            box.expand(geo::lonlat_to_mercator(c.box.max));
            break;
        case Camera::Kind::Centre: {
            const geo::Vec2 m = geo::lonlat_to_mercator(c.centre);
            // The width is what counts; a flat box lets the screen's shape decide the height.
            const double half = c.width_km * 500.0 * stretch_at(m.y);
            box.expand({m.x - half, m.y - half * 0.05});
            box.expand({m.x + half, m.y + half * 0.05});
            break;
        }
        case Camera::Kind::Fit: {
            for (const auto& ref : c.fit)
                if (const auto at = find_feature(catalog, ref))
                    box.merge(catalog.layers[at->layer].layer.features[at->feature].geometry.bounds());
            if (box.empty()) return box;
            const double margin = c.margin_km * 1000.0 * stretch_at((box.min.y + box.max.y) / 2);
            box.expand({box.min.x - margin, box.min.y - margin});
            box.expand({box.max.x + margin, box.max.y + margin});
            break;
        }
    }
    return box;
}

Camera camera_for_view(const geo::Box& box) {
    Camera c;
    c.kind = Camera::Kind::Centre;
    const geo::Vec2 centre{(box.min.x + box.max.x) / 2, (box.min.y + box.max.y) / 2};
    const geo::Vec2 lonlat = geo::mercator_to_lonlat(centre);
    // Rounded so that the file reads well: 1e-5 degrees is about a metre.
    c.centre = {std::round(lonlat.x * 1e5) / 1e5, std::round(lonlat.y * 1e5) / 1e5};
    c.width_km = std::round((box.max.x - box.min.x) / stretch_at(centre.y) / 10.0) / 100.0;
    return c;
}

std::vector<TourProblem> check_tour(const Tour& tour, const data::Catalog& catalog) {
    std::vector<TourProblem> problems;
    const auto feature_problem = [&](const Slide& s, const std::string& ref, bool needs_location) {
        const auto at = find_feature(catalog, ref);
        if (!at) {
            problems.push_back({tour.path, s.line, {N_("no feature \"{0}\" in the layers loaded"), {ref}}, {}});
        } else if (needs_location && catalog.layers[at->layer].layer.features[at->feature].geometry.empty()) {
            problems.push_back({tour.path, s.line, {N_("\"{0}\" has no known location: it cannot be shown"), {ref}}, {}});
        }
    };
    for (const Slide& s : tour.slides) {
        if (s.layers)
            for (const auto& name : *s.layers)
                if (!find_layer(catalog, name))
                    problems.push_back({tour.path, s.line, {N_("no layer \"{0}\" is loaded"), {name}}, {}});
        for (const auto& ref : s.camera.fit) feature_problem(s, ref, true);
        for (const auto& ref : s.highlight) feature_problem(s, ref, true);
        for (const auto& ref : s.figures) feature_problem(s, ref, false);
    }
    return problems;
}

}  // namespace tour
