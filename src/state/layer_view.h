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

using data::layer_key;

// The bundled roles are the data set's own layers; a user's file is LayerRole::User.
inline bool is_user_layer(const data::MapLayer& layer) { return layer.role == data::LayerRole::User; }

}  // namespace state
