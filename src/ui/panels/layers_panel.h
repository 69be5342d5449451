// The layers tab of the left sidebar: each layer's visibility, opacity and place in the
// order, its load messages (folded under a count), a user's layer's remove button, the field
// to add a file by its path, messages of files that did not load, and notes on the data.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "state/app_state.h"
#include "ui/panels/text_field.h"

namespace ui {

struct LayersTabState {
    char path[1024] = {};         // the "add file" field
    TextField path_field;         // keeps the keyboard after Enter, for the next path
};

struct LayersAction {
    std::optional<std::pair<size_t, bool>> set_visible;   // layer, visible
    std::optional<std::pair<size_t, float>> set_opacity;  // layer, 0..1
    std::optional<std::pair<size_t, int>> move;           // layer, +1 up / -1 down
    std::optional<size_t> remove;                         // a user's layer
    std::optional<std::string> add_file;
};

// What the user should know about the dated figures (park_metrics.csv): problems to act on,
// and plain notes (such as parks that have no dated row yet).
struct DataNotes {
    data::Diagnostics warnings;
    std::vector<std::string> notes;
};

LayersAction draw_layers_panel(const state::AppState& app, LayersTabState& widget, const DataNotes& data_notes);

}  // namespace ui
