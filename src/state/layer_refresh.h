// A database layer read again (refresh): its rows replaced, the rest of what the user chose
// (place in the order, visibility, opacity, style role) kept.
#pragma once

#include <vector>

#include "state/app_state.h"

namespace state {

// Each fresh layer replaces the layer with the same key (data::layer_key: the connection
// without its password, and the table's name). A selection or hover on a replaced layer is
// dropped: its features' numbers may now name other rows. Fresh layers with no match are
// ignored. Returns the indexes of the layers replaced.
std::vector<size_t> refresh_layers(AppState& app, std::vector<data::MapLayer> fresh);

}  // namespace state
