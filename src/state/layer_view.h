// How the user has the layers shown: drawing order and opacity per catalog layer (visibility
// is each layer's `visible` flag in the catalog), and the key a layer is remembered by.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "data/catalog.h"

namespace state {

struct LayerView {
    std::vector<size_t> order;    // catalog layer indices, bottom first (drawing order)
    std::vector<float> opacity;   // per catalog layer, 0..1

    // Gives layers that are not in the order yet a place where their role belongs (a user's
    // file under the zones and parks) and full opacity.
    void place_new_layers(const data::Catalog& catalog);
    // Moves catalog layer `layer` one place up (+1, drawn later) or down (-1) in the order.
    void move(size_t layer, int delta);
    // Catalog layer `layer` was removed: later indices shift down.
    void forget_layer(size_t layer);
    // Layer `layer`'s position in the order (bottom = 0); order.size() if absent.
    size_t position(size_t layer) const;
};

// What a layer is remembered by between runs: "bundled:parks" for the bundled data, else
// "file:/absolute/path.shp#layer" (two files may hold layers of the same name).
std::string layer_key(const data::MapLayer& layer);

// The bundled roles are the data set's own layers; a user's file is LayerRole::User.
inline bool is_user_layer(const data::MapLayer& layer) { return layer.role == data::LayerRole::User; }

}  // namespace state
