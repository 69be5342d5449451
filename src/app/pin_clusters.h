// Pins that crowd each other at low zoom are merged into one cluster drawn with a count;
// and the investment view's per-park totals. Pure functions, no GL.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "data/catalog.h"
#include "geo/geometry.h"

namespace app {

struct PinCluster {
    geo::Vec2 centre;              // screen pixels: mean of the members
    std::vector<size_t> members;   // indices into the input
};

// Greedy: each point joins the first cluster whose seed lies within `radius_px`, else seeds one.
std::vector<PinCluster> cluster_pins(const std::vector<geo::Vec2>& screen_points, double radius_px);

struct ParkInvestment {
    size_t projects = 0;
    size_t with_capital = 0;       // projects whose cap_musd is known
    double capital_musd = 0.0;     // sum of the known ones
};

// Per park id: the projects layer's count and sum of cap_musd.
std::map<std::string, ParkInvestment> investment_by_park(const data::Catalog& catalog);

}  // namespace app
