// The Layers tab's table picker: a connection string typed, the database's geometry tables
// listed (schema.table, geometry column, type, SRID, estimated rows; listed on a thread by
// the mode), the ticked ones added as layers. Draws from the widget state, returns actions.
#pragma once

#include "state/app_state.h"
#include "ui/panels/layers_panel.h"

namespace ui {

void draw_database_tables(const state::AppState& app, LayersTabState& widget, LayersAction& action);

}  // namespace ui
