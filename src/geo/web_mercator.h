// Spherical Web Mercator (EPSG:3857), the display CRS. Closed-form, so the camera, the command
// line and label code can convert without a PROJ object; the loader still reprojects through
// PROJ so that datum shifts of source data are applied.
#pragma once

#include <cmath>
#include <numbers>

#include "geo/geometry.h"

namespace geo {

inline constexpr double kEarthRadiusM = 6378137.0;  // WGS 84 semi-major axis, as EPSG:3857 uses

inline Vec2 lonlat_to_mercator(Vec2 lonlat) {
    const double lat = std::clamp(lonlat.y, -85.05112878, 85.05112878);
    return {kEarthRadiusM * lonlat.x * std::numbers::pi / 180.0,
            kEarthRadiusM * std::log(std::tan(std::numbers::pi / 4.0 + lat * std::numbers::pi / 360.0))};
}

inline Vec2 mercator_to_lonlat(Vec2 m) {
    return {m.x / kEarthRadiusM * 180.0 / std::numbers::pi,
            (2.0 * std::atan(std::exp(m.y / kEarthRadiusM)) - std::numbers::pi / 2.0) * 180.0 / std::numbers::pi};
}

// Web Mercator stretches distances by 1/cos(lat): ground metres per projected metre.
inline double mercator_ground_scale(double mercator_y) {
    return std::cos(mercator_to_lonlat({0.0, mercator_y}).y * std::numbers::pi / 180.0);
}

}  // namespace geo
