// The compare view: 2–4 parks side by side, every availability figure with its source and
// as-of date (under it, and the full source in its tooltip), and the straight-line distances.
#pragma once

#include <string>

#include "i18n/language.h"
#include "state/compare_set.h"
#include "state/park_figures.h"

namespace ui {

struct CompareAction {
    std::string remove;   // a park id to drop from the comparison
    bool clear = false;
};

// Draws into the current window (the dock's compare tab).
CompareAction draw_compare_panel(const state::ParkFigures& figures, const state::CompareSet& compare, i18n::Language lang);

}  // namespace ui
