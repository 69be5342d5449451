// Between the state and the settings file: what is remembered, and putting it back.
#pragma once

#include "app/settings.h"
#include "state/app_state.h"

namespace app {

Settings snapshot(const state::AppState& app);

// Puts back the language and the labels' Vietnamese line, the UI scale, sidebars, legend and every layer's visibility, opacity and order
// (by key). The view is Settings::visible_box(), shown once the layout is known; files the
// settings list are not loaded here: the window queues them.
void restore(const Settings& settings, state::AppState& app);

// After layers from index `first` on were added: their remembered visibility, opacity and
// place in the order.
void restore_layers(const Settings& settings, state::AppState& app, size_t first = 0);
// Raster basemaps from `first` on: their visibility and opacity, by raster_key ("file:/abs/path#image:name").
void restore_rasters(const Settings& settings, state::AppState& app, size_t first);
std::string raster_key(const data::RasterLayer& raster);

}  // namespace app
