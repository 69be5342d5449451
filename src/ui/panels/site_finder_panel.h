// The site finder view: the investor's criteria on one line (free land, sector, ready by,
// distance to a landmark, each switched on or off), then every park in three groups — fits,
// ask the developer, does not fit — with met / not met / unknown per criterion, the figure, and
// its source in the tooltip. An unknown is never a silent no.
#pragma once

#include <string>
#include <vector>

#include "analysis/site_finder.h"
#include "geo/geometry.h"
#include "i18n/language.h"
#include "state/compare_set.h"
#include "state/site_finder_query.h"

namespace ui {

struct SiteFinderAction {
    std::string select_park;              // a park's row was clicked: its id
    std::string toggle_compare;           // a row's compare box
    std::vector<std::string> compare;     // "compare these": the parks that fit, up to four
    bool export_csv = false;
    std::vector<std::string> brochure;    // "Brochure of those that fit": their ids
    // Where the buttons were drawn (window pixels), for the state dump.
    geo::Box compare_button, export_button, brochure_button;
};

// Draws into the current window (the dock's site finder tab). `query` is the panel's own state
// (the criteria); `result` is the finder's answer for it, computed by the mode.
SiteFinderAction draw_site_finder_panel(state::SiteFinderQuery& query, const analysis::SiteFinderResult& result,
                                        const state::CompareSet& compare, const std::string& selected_park,
                                        i18n::Language lang);

}  // namespace ui
