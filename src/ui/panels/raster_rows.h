// The Layers tab's rows for raster basemaps (imagery, scanned plans): visible, name, opacity,
// remove. They sit where the rasters are drawn: above the land and sea, under the rest.
#pragma once

#include "state/app_state.h"
#include "ui/panels/layers_panel.h"

namespace ui {

void draw_raster_rows(const state::AppState& app, LayersAction& action);

}  // namespace ui
