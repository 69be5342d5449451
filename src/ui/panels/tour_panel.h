// The tour tab of the left sidebar: the tour's slides in order, each with its caption and the
// languages it still lacks; a slide added from the map as it is now, its view updated, moved,
// deleted; its caption and speaker notes edited in any of the five languages; the tour saved
// and presented. Draws from the state and hands back what the user asked for.
#pragma once

#include <optional>
#include <string>

#include "i18n/language.h"
#include "state/app_state.h"
#include "state/tour_editing.h"

namespace ui {

struct TourTabState {
    size_t selected = 0;
    i18n::Language edit_language = i18n::Language::En;
    // The texts being typed, and whose they are (a slide and language chosen anew reloads them).
    std::string caption, notes, title;
    size_t loaded_slide = SIZE_MAX;
    i18n::Language loaded_language = i18n::Language::En;
    uint64_t loaded_version = ~uint64_t(0);
};

struct TourAction {
    std::optional<size_t> select;
    std::optional<i18n::Language> edit_language;
    bool add_from_view = false;      // after the selected slide
    bool update_view = false;        // the selected slide
    std::optional<int> move;         // the selected slide, -1 / +1
    bool remove = false;             // the selected slide
    std::optional<std::string> caption, notes, title;  // in edit_language
    bool save = false;
    std::optional<size_t> present_from;
    geo::Box add_button, save_button;  // where they are (the state dump's, for tests)
};

TourAction draw_tour_panel(const state::AppState& app, TourTabState& widget);

}  // namespace ui
