// The top bar's Export menu: the view as a PNG (1080p, 4K) or a PDF (A4, A3), or the selected
// park's brochure, to a file the user names. Returns what was asked; the mode runs it.
#pragma once

#include <string>
#include <vector>

#include "geo/geometry.h"
#include "state/app_state.h"
#include "state/export_choice.h"

namespace ui {

struct ExportMenuState {
    state::ExportKind kind = state::ExportKind::PdfA4;
    char path[1024] = {};   // empty until the menu first opens (then the default name)
};

struct ExportMenuAction {
    bool run = false;               // Export pressed (or Enter in the file name)
    // Where it is drawn (window pixels), for the state dump: the button, and while the menu is
    // open its kinds in state::kExportKinds order, the file name and the Export button.
    geo::Box button;
    std::vector<geo::Box> kinds;
    geo::Box path_field, run_button;
};

// `park`: the selected park's name and id (empty: none, the brochure is disabled); `busy`: an
// export is being written (Export disabled); `folder`: where a new name is offered.
ExportMenuAction draw_export_menu(const state::AppState& app, ExportMenuState& w, const std::string& park_title,
                                  const std::string& park_id, bool busy, const std::string& folder);

}  // namespace ui
