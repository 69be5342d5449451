// The layers panel: visibility, opacity and order of every layer, each layer's load
// messages, and a field to add a file by its path.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "data/catalog.h"

struct ImVec2;

namespace ui {

struct LayersPanelState {
    std::vector<size_t> order;    // catalog layer indices, bottom first (drawing order)
    std::vector<float> opacity;   // per catalog layer, 0..1
    char path[1024] = {};         // the "add file" field
};

struct LayersAction {
    std::optional<std::string> add_file;
    bool changed = false;         // visibility, opacity or order changed
};

// `data_warnings`: problems with the dated figures (park_metrics.csv), shown under their own header.
LayersAction draw_layers_panel(data::Catalog& catalog, LayersPanelState& state, const ImVec2& pos, const ImVec2& size,
                               const std::vector<std::string>& data_warnings = {});

}  // namespace ui
