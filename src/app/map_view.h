// Which part of the map to show: the default overview, a park or zone by id, or a lon/lat box.
#pragma once

#include <optional>
#include <string>

#include "data/catalog.h"
#include "geo/geometry.h"

namespace app {

// Parks, zones and landmarks together (the basemap is larger than the area of interest).
geo::Box default_view(const data::Catalog& catalog);

// The bounds of the park, zone or landmark with this `id`, grown so that its surroundings show
// (at least `min_width_m` wide). nullopt if no such id; *known_ids lists the ids there are.
std::optional<geo::Box> view_for_id(const data::Catalog& catalog, const std::string& id, std::string* known_ids = nullptr,
                                    double min_width_m = 6000.0);

// "minlon,minlat,maxlon,maxlat" in degrees → display CRS box. nullopt and *error if malformed.
std::optional<geo::Box> parse_lonlat_bbox(const std::string& text, std::string* error);

}  // namespace app
