#include "render/map_style.h"

#include <cmath>

namespace render {

const Palette& palette() {
    static const Palette p;
    return p;
}

Rgba occupancy_colour(data::OccupancyClass c) {
    using data::OccupancyClass;
    switch (c) {
        case OccupancyClass::From95: return rgb(0x01665e);
        case OccupancyClass::From80To95: return rgb(0x35978f);
        case OccupancyClass::From60To80: return rgb(0x80cdc1);
        case OccupancyClass::From40To60: return rgb(0xfdb863);
        case OccupancyClass::Below40: return rgb(0xe66101);
        case OccupancyClass::Unknown: break;
    }
    return rgb(0xb0b7bf);
}

float pin_diameter_px(std::optional<double> capital_musd) {
    if (!capital_musd || *capital_musd <= 0.0) return 9.0f;
    // 1,000 M USD → 30 px; area grows with capital, capped so a pin never hides a park.
    return static_cast<float>(std::clamp(9.0 + 21.0 * std::sqrt(*capital_musd / 1000.0), 9.0, 40.0));
}

namespace {

FeatureStyle park_style(const data::Layer& layer, const data::Feature& f, std::optional<double> occ_pct) {
    const auto status = data::parse_park_status(layer.text(f, "status").value_or(""));
    const auto occupancy = data::classify_occupancy(occ_pct);
    FeatureStyle s;
    s.fill = occupancy_colour(occupancy);
    s.stroke = palette().park_outline;
    switch (status) {
        case data::ParkStatus::Operating:
            s.fill.a = 235;
            s.stroke_px = 1.6f;
            break;
        case data::ParkStatus::Building:  // hatched, dashed: land being prepared
            s.fill.a = 225;
            s.pattern = FillPattern::Hatch;
            s.stroke_px = 1.6f;
            s.dash_px = 7.0f;
            break;
        case data::ParkStatus::Planned:   // pale, dotted: only on paper
        case data::ParkStatus::Unknown:
            s.fill.a = 110;
            s.stroke_px = 1.8f;
            s.dash_px = 3.0f;
            break;
    }
    return s;
}

FeatureStyle zone_style(const data::Layer& layer, const data::Feature& f) {
    const bool southern = layer.text(f, "id").value_or("") == "southern-coastal";
    FeatureStyle s;
    s.stroke = southern ? palette().zone_southern : palette().zone_dinh_vu;
    s.fill = s.stroke;
    s.fill.a = southern ? 34 : 26;
    s.stroke_px = 2.6f;
    s.dash_px = southern ? 12.0f : 0.0f;
    return s;
}

FeatureStyle user_style(geo::GeometryKind kind) {
    FeatureStyle s;
    s.stroke = rgb(0x455a64);
    s.stroke_px = 1.0f;
    s.fill = rgb(0xffd54f, 120);
    s.point_px = 8.0f;
    if (kind == geo::GeometryKind::Points) s.fill = rgb(0x455a64);
    return s;
}

}  // namespace

std::vector<FeatureStyle> style_layer(const data::MapLayer& map_layer) {
    const data::Layer& layer = map_layer.layer;
    std::vector<FeatureStyle> styles;
    const Palette& p = palette();
    // An indexed layer's features are in its file: styled alike, by its role, without reading them.
    static const std::vector<data::Feature> one_unread(1);
    const std::vector<data::Feature>& features = layer.rows ? one_unread : layer.features;
    styles.reserve(features.size());
    for (const auto& f : features) {
        FeatureStyle s;
        switch (map_layer.role) {
            case data::LayerRole::Sea: s.fill = p.background; break;
            case data::LayerRole::Land: s.fill = p.land; break;
            case data::LayerRole::Rivers: s.stroke = p.river, s.stroke_px = 1.8f; break;
            case data::LayerRole::Coastline: s.stroke = p.coastline, s.stroke_px = 1.0f; break;
            case data::LayerRole::EconomicZones: s = zone_style(layer, f); break;
            case data::LayerRole::Parks: s = park_style(layer, f, layer.number(f, "occ_pct")); break;
            case data::LayerRole::Projects:
                s.fill = p.project_pin;
                s.stroke = rgb(0xffffff);
                s.point_px = pin_diameter_px(layer.number(f, "cap_musd"));
                if (!layer.number(f, "cap_musd")) s.fill.a = 150;  // unknown capital: faded
                // Park or year placed by inference, not by the source: a hollow ring.
                if (layer.text(f, "attrib") == "uncertain") s.shape = PointShape::Ring;
                break;
            case data::LayerRole::Landmarks:
                s.fill = p.landmark;
                s.stroke = rgb(0xffffff);
                s.shape = PointShape::Diamond;
                s.point_px = 15.0f;
                break;
            case data::LayerRole::User: s = user_style(layer.kind); break;
        }
        styles.push_back(s);
    }
    if (layer.rows) styles.assign(layer.feature_count(), styles.front());
    return styles;
}

std::vector<FeatureStyle> style_parks(const data::MapLayer& map_layer, const std::vector<std::optional<double>>& occ_pct) {
    const data::Layer& layer = map_layer.layer;
    std::vector<FeatureStyle> styles;
    styles.reserve(layer.features.size());
    for (size_t i = 0; i < layer.features.size(); ++i)
        styles.push_back(park_style(layer, layer.features[i], i < occ_pct.size() ? occ_pct[i] : std::nullopt));
    return styles;
}

}  // namespace render
