#include "state/layer_refresh.h"

namespace state {

std::vector<size_t> refresh_layers(AppState& app, std::vector<data::MapLayer> fresh) {
    std::vector<size_t> replaced;
    for (auto& f : fresh) {
        const std::string key = data::layer_key(f);
        for (size_t i = 0; i < app.catalog.layers.size(); ++i) {
            data::MapLayer& old = app.catalog.layers[i];
            if (old.role != f.role || data::layer_key(old) != key) continue;
            old.layer = std::move(f.layer);
            replaced.push_back(i);
            if (const auto sel = app.selection.current(); sel && sel->first == i) app.selection.clear();
            if (app.hover && app.hover->first == i) app.hover.reset();
            break;
        }
    }
    if (!replaced.empty()) {
        ++app.catalog_version;
        ++app.layers_version;
    }
    return replaced;
}

}  // namespace state
