// The Decree 35/2022 gauge window: the established parks' area-weighted occupancy against the
// 60% line, the city's reported figures, which parks pull the average down or are left out,
// and a what-if (per-park occupancy, leave a park out) that recomputes live.
#pragma once

#include <map>
#include <set>
#include <string>

#include "analysis/decree35_gauge.h"
#include "i18n/language.h"
#include "ui/panels/park_figures.h"

struct ImVec2;

namespace ui {

// The what-if the user has set in the panel (no ImGui: testable).
struct WhatIfState {
    std::map<std::string, double> occupancy;   // park id → occupancy %
    std::set<std::string> exclude;             // park ids left out
    bool empty() const { return occupancy.empty() && exclude.empty(); }
    void reset() { occupancy.clear(), exclude.clear(); }
    void set_occupancy(const std::string& id, double pct) { occupancy[id] = pct; }
    void set_counted(const std::string& id, bool counted) { counted ? (void)exclude.erase(id) : (void)exclude.insert(id); }
    analysis::WhatIf to_what_if() const { return {occupancy, exclude}; }
};

// The gauge as of the figures' date with the what-if applied.
analysis::Decree35Gauge panel_gauge(const ParkFigures& figures, const WhatIfState& what_if);

// One or two sentences: the computed average against 60%, how partial it is, the reported figures.
std::string gauge_headline(const analysis::Decree35Gauge& g, i18n::Language lang);

// Returns the id of a park whose name was clicked (to select it on the map), if any.
std::string draw_gauge_panel(const ParkFigures& figures, WhatIfState& what_if, i18n::Language lang, const ImVec2& pos,
                             const ImVec2& size, bool* open, bool place);

}  // namespace ui
