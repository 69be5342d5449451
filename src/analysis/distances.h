// Geodesic distances and areas on the WGS 84 ellipsoid (PROJ's geodesic routines, after
// C. F. F. Karney), and each park's straight-line distance to the main landmarks.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "geo/geometry.h"

namespace data {
struct Catalog;
struct Layer;
struct Feature;
}  // namespace data

namespace analysis {

// Ellipsoidal distance in metres between two points given as {lon, lat} in degrees.
double geodesic_distance_m(geo::Vec2 lonlat_a, geo::Vec2 lonlat_b);

// Area in m² of a polygon whose rings are {lon, lat} in degrees (holes subtracted; ring
// orientation does not matter).
double geodesic_area_m2(const geo::Polygon& lonlat_polygon);

// A feature's geometry in {lon, lat} degrees, converted from the layer's CRS (EPSG:3857 and
// EPSG:4326 directly, anything else through PROJ). nullopt when the CRS cannot be converted.
std::optional<geo::Geometry> to_lonlat(const data::Layer& layer, const geo::Geometry& g);

// Geodesic area of a polygon feature in hectares; nullopt when it has no geometry.
std::optional<double> feature_area_ha(const data::Layer& layer, const data::Feature& f);

// Where a park is measured from: its label point (a point inside it), in {lon, lat}.
std::optional<geo::Vec2> park_anchor_lonlat(const data::Layer& layer, const data::Feature& f);

// Where a landmark (landmarks.id) is, in {lon, lat}; nullopt when there is no such landmark.
std::optional<geo::Vec2> landmark_lonlat(const data::Catalog& catalog, std::string_view id);

inline constexpr const char* kLandmarkIds[] = {"lach-huyen-port", "cat-bi-airport", "city-centre"};

struct ParkDistances {
    std::string park_id;
    std::optional<geo::Vec2> anchor;                       // nullopt: no outline, or placed only in its district
    std::vector<std::pair<std::string, std::optional<double>>> km;  // landmark id → km; nullopt: unknown
};

// For every park, the distance in km from its anchor to each of kLandmarkIds (unknown when the
// park has no outline, when it is placed only in its district (placed = district), or when the
// landmark is missing from the catalog).
std::vector<ParkDistances> park_landmark_distances(const data::Catalog& catalog);

}  // namespace analysis
