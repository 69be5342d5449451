// The details panel: every attribute of the selected feature in words, and buttons to step
// through the other features under the same click.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "analysis/availability.h"
#include "data/catalog.h"
#include "i18n/language.h"

struct ImVec2;

namespace ui {

using FeatureRef = std::pair<size_t, size_t>;  // (catalog layer index, feature index)

struct DetailRow;

struct DetailsAction {
    int step = 0;          // -1 / +1: show the previous / next hit
    bool close = false;
    bool zoom_to = false;
    bool toggle_compare = false;
};

// What the window adds for a park: its availability as of the chosen date, shown first.
struct DetailsExtras {
    std::string heading;                  // "Land availability as of Nov 2024"
    const std::vector<DetailRow>* rows = nullptr;
    bool in_compare = false;              // the compare button says add or remove
};

// `hits` top-most first; `current` indexes hits. Draws nothing when hits is empty.
DetailsAction draw_details_panel(const data::Catalog& catalog, const std::vector<FeatureRef>& hits, size_t current,
                                 i18n::Language lang, const ImVec2& pos, const ImVec2& size, const DetailsExtras* extras = nullptr);

// The hover tooltip next to the mouse for one feature (`dated`: see tooltip_lines).
void draw_hover_tooltip(const data::Catalog& catalog, FeatureRef ref, i18n::Language lang,
                        const analysis::ParkAvailability* dated = nullptr);

}  // namespace ui
