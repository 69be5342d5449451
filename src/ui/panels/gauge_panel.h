// The Decree 35/2022 gauge view: the established parks' area-weighted occupancy against the
// 60% line, the city's reported figures, which parks pull the average down or are left out,
// and a what-if (per-park occupancy, leave a park out) that recomputes live.
#pragma once

#include <optional>
#include <string>
#include <utility>

#include "analysis/decree35_gauge.h"
#include "i18n/language.h"
#include "state/park_figures.h"
#include "state/what_if.h"

namespace ui {

// The gauge as of the figures' date with the what-if applied.
analysis::Decree35Gauge panel_gauge(const state::ParkFigures& figures, const state::WhatIfState& what_if);

// One or two sentences: the computed average against 60%, how partial it is, the reported figures.
std::string gauge_headline(const analysis::Decree35Gauge& g, i18n::Language lang);

// What the bar shows. The city's reported figure fills it (all land, else land handed over): it is
// the one the authorities count. The average computed here from park figures is a marker; it fills
// the bar only when the city reported nothing as of the date, and then says it is partial.
struct GaugeBar {
    std::optional<double> fill_pct;
    bool fill_is_reported = false;
    std::string fill_label;               // "reported by the city 65% (2023-12)", "computed average 87.66% (partial)"
    std::optional<double> marker_pct;     // the computed average beside a reported fill
    std::string marker_label;             // "computed 87.66% (7 of 14 parks)"
    bool meets = false;                   // the filled figure meets the threshold
};
GaugeBar gauge_bar(const analysis::Decree35Gauge& g, i18n::Language lang);

// What the user did in the panel: nothing changes until the desk applies it to the state.
struct GaugeAction {
    std::string select_park;                                 // a park's name was clicked: its id
    std::optional<std::pair<std::string, double>> set_occupancy;  // what-if: park id, occupancy %
    std::optional<std::string> clear_occupancy;              // back to the sourced figure
    std::optional<std::pair<std::string, bool>> set_counted; // park id, counted in the average
    bool reset = false;                                      // the whole what-if
};

// Draws into the current window (the dock's gauge tab). A what-if value changes only by
// dragging its field or typing into it (double click): a single click sets nothing.
GaugeAction draw_gauge_panel(const state::ParkFigures& figures, const state::WhatIfState& what_if, i18n::Language lang);

}  // namespace ui
