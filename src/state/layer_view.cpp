#include "state/layer_view.h"

#include <algorithm>
#include <set>

namespace state {

void LayerView::place_new_layers(const data::Catalog& catalog) {
    opacity.resize(catalog.layers.size(), 1.0f);
    const std::set<size_t> present(order.begin(), order.end());
    for (size_t i = 0; i < catalog.layers.size(); ++i) {
        if (present.count(i)) continue;
        auto pos = std::find_if(order.begin(), order.end(),
                                [&](size_t j) { return catalog.layers[j].role > catalog.layers[i].role; });
        order.insert(pos, i);
    }
}

void LayerView::move(size_t layer, int delta) {
    const size_t pos = position(layer);
    if (pos >= order.size()) return;
    const long to = long(pos) + delta;
    if (to < 0 || to >= long(order.size())) return;
    std::swap(order[pos], order[size_t(to)]);
}

void LayerView::forget_layer(size_t layer) {
    order.erase(std::remove(order.begin(), order.end(), layer), order.end());
    for (size_t& i : order)
        if (i > layer) --i;
    if (layer < opacity.size()) opacity.erase(opacity.begin() + long(layer));
}

size_t LayerView::position(size_t layer) const {
    return size_t(std::find(order.begin(), order.end(), layer) - order.begin());
}


}  // namespace state
