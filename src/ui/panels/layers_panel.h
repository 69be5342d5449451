// The layers tab of the left sidebar: each layer's visibility, opacity and place in the
// order, its load messages (folded under a count), a user's layer's remove button (and, for a
// big Shapefile read whole, the offer of a spatial index beside it), the field
// to add a file by its path, messages of files that did not load, and notes on the data.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "data/database_source.h"
#include "state/app_state.h"
#include "ui/panels/text_field.h"

namespace ui {

struct LayersTabState {
    char path[1024] = {};         // the "add file" field
    TextField path_field;         // keeps the keyboard after Enter, for the next path
    // The table picker (panels/database_tables.h): the connection typed, and the mode's answer.
    char connection[1024] = {};                // "PG:service=atlas", "PG:host=... dbname=..."
    bool listing = false;                      // a listing is running (set by the mode each frame)
    std::string listed_from;                   // the connection `tables` came from
    std::vector<data::DatabaseTable> tables;   // geometry tables there
    std::vector<char> chosen;                  // per table: ticked to add
    data::Diagnostics listing_problems;        // why none were listed
    std::string indexing;                      // the file whose index is being written (set by the mode each frame)
};

struct LayersAction {
    std::optional<std::pair<size_t, bool>> set_visible;   // layer, visible
    std::optional<std::pair<size_t, float>> set_opacity;  // layer, 0..1
    std::optional<std::pair<size_t, int>> move;           // layer, +1 up / -1 down
    std::optional<size_t> remove;                         // a user's layer
    std::optional<std::string> add_file;
    std::optional<std::string> list_tables;    // a connection whose geometry tables to list
    std::vector<std::string> add_sources;      // connections reading one table each, to add
    std::optional<size_t> refresh;             // a database layer to read again
    std::optional<size_t> write_index;         // a big Shapefile read whole: an index beside it, then read again
    geo::Box index_button;                     // where the last layer's offer of it is (the state dump's, for tests)
    std::optional<std::pair<size_t, bool>> set_raster_visible;   // raster, visible
    std::optional<std::pair<size_t, float>> set_raster_opacity;  // raster, 0..1
    std::optional<size_t> remove_raster;
};

// What the user should know about the dated figures (park_metrics.csv): problems to act on,
// and plain notes (such as parks that have no dated row yet).
struct DataNotes {
    data::Diagnostics warnings;
    std::vector<std::string> notes;
};

LayersAction draw_layers_panel(const state::AppState& app, LayersTabState& widget, const DataNotes& data_notes);

}  // namespace ui
