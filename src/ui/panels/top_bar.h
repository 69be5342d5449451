// The toolbar along the top of the window: the map's title, the buttons that open the table,
// compare and Decree 35 views and the measure tool, the language menu, the as-of date every
// figure follows, and the UI scale.
#pragma once

#include <optional>
#include <vector>

#include "analysis/park_metrics_csv.h"
#include "state/app_state.h"
#include "ui/fonts.h"
#include "ui/panels/export_menu.h"

namespace ui {

struct TopBarAction {
    std::optional<state::BottomTab> toggle_bottom;  // open or close the dock's view
    bool toggle_measure = false;
    std::optional<analysis::Date> asof;             // the date slider moved
    int ui_scale_step = 0;                          // -1 smaller, +1 bigger
    std::optional<i18n::Language> language;         // chosen in the language menu
    std::optional<bool> vietnamese_beneath;         // the labels' Vietnamese line switched
    // Where the language menu is drawn (window pixels): its button, and while it is open its
    // languages in i18n::kLanguages order, then the Vietnamese-beneath switch.
    geo::Box language_button;
    std::vector<geo::Box> language_menu;
    ExportMenuAction export_menu;
};

// What the bar's Export menu needs beside the state.
struct ExportMenuContext {
    ExportMenuState* widgets = nullptr;
    std::string park_title, park_id;  // the selected park; empty: none
    bool busy = false;                // an export is being written
    std::string folder;               // where a new file is offered
};

// Draws the bar's content in the current window (a dock the desk has begun).
TopBarAction draw_top_bar(const state::AppState& app, const MapFonts& fonts, const ExportMenuContext& exports);

}  // namespace ui
