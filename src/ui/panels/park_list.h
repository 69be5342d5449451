// The parks tab of the left sidebar: a search over parks and zones ("VSIP", "Đình Vũ" or
// "dinh vu"), the list of matches, and the investment view switch. Choosing a park returns it
// so the window can select it and fly there.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "data/catalog.h"
#include "state/app_state.h"
#include "ui/panels/text_field.h"

namespace ui {

// What the tab keeps between frames (its text field); owned by the desk.
struct ParkListState {
    char query[256] = {};
    TextField search;
    // Appends typed text to the query and gives it the keyboard (typing over the map searches).
    void type(const std::string& text) { search.type(query, sizeof query, text); }
};

struct ParkListAction {
    std::optional<state::FeatureRef> chosen;
    std::optional<bool> investment_view;   // the switch was flipped to this
};

// The features listed, in list order, whose names or id match `query` (all when empty).
std::vector<state::FeatureRef> search_parks(const data::Catalog& catalog, const std::string& query);

ParkListAction draw_park_list(const state::AppState& app, ParkListState& widget);

}  // namespace ui
