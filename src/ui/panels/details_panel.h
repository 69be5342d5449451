// The details sidebar's content: the selected feature in words (a park's availability as of
// the chosen date first), buttons to zoom to it and compare it, stepping through the other
// features under the same click, or a list to choose from when pins share one spot.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analysis/availability.h"
#include "state/app_state.h"
#include "ui/fonts.h"

namespace ui {

struct DetailRow;

struct DetailsAction {
    int step = 0;                    // -1 / +1: show the previous / next hit
    std::optional<size_t> choose;    // a feature of a list, by its index in the selection
    bool zoom_to = false;
    bool toggle_compare = false;
};

// Draws into the current window; nothing when nothing is selected.
DetailsAction draw_details_panel(const state::AppState& app, const MapFonts& fonts);

// The hover tooltip next to the mouse for one feature (`dated`: see tooltip_lines).
void draw_hover_tooltip(const data::Catalog& catalog, state::FeatureRef ref, i18n::Language lang,
                        const analysis::ParkAvailability* dated = nullptr);

}  // namespace ui
