// The what-if of the Decree 35 gauge: occupancies the user has set per park and the parks left
// out. Nothing here changes a figure anywhere else; the gauge recomputes with it.
#pragma once

#include <map>
#include <set>
#include <string>

#include "analysis/decree35_gauge.h"

namespace state {

struct WhatIfState {
    std::map<std::string, double> occupancy;   // park id → occupancy %
    std::set<std::string> exclude;             // park ids left out
    bool empty() const { return occupancy.empty() && exclude.empty(); }
    void reset() { occupancy.clear(), exclude.clear(); }
    void set_occupancy(const std::string& id, double pct) { occupancy[id] = pct; }
    void clear_occupancy(const std::string& id) { occupancy.erase(id); }
    void set_counted(const std::string& id, bool counted) { counted ? (void)exclude.erase(id) : (void)exclude.insert(id); }
    analysis::WhatIf to_what_if() const { return {occupancy, exclude}; }
};

}  // namespace state
