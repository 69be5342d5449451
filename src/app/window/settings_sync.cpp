#include "app/window/settings_sync.h"

#include <algorithm>
#include <filesystem>

namespace app {

Settings snapshot(const state::AppState& app) {
    Settings s;
    const geo::Box visible = app.camera.visible_box();
    if (!visible.empty()) {
        s.centre = visible.centre();
        s.visible_size_m = geo::Vec2{visible.width(), visible.height()};
        s.metres_per_pixel = app.camera.target().metres_per_pixel;
    }
    s.ui_scale = app.ui_scale.value();
    s.left_sidebar_open = app.desk.left_open;
    s.legend_open = app.desk.legend_open;
    s.language = app.language;
    s.vietnamese_beneath = app.vietnamese_beneath;
    s.files = app.user_files;
    for (size_t pos = 0; pos < app.layers.order.size(); ++pos) {
        const size_t li = app.layers.order[pos];
        const data::MapLayer& ml = app.catalog.layers[li];
        s.layers[state::layer_key(ml)] = {ml.visible, app.layers.opacity[li], int(pos)};
    }
    for (const auto& r : app.catalog.rasters) s.layers[raster_key(r)] = {r.visible, r.opacity, -1};
    return s;
}

std::string raster_key(const data::RasterLayer& r) {
    std::error_code ec;
    const std::filesystem::path abs = std::filesystem::absolute(r.source->path(), ec);
    // A "file:" key, as a user's vector layer has (the settings reader knows no other kind of
    // user key); "#image:" keeps it apart from the file's vector layers (a GeoPackage has both).
    return "file:" + (ec ? r.source->path() : abs.lexically_normal().string()) + "#image:" + r.source->name();
}

void restore_rasters(const Settings& s, state::AppState& app, size_t first) {
    for (size_t i = first; i < app.catalog.rasters.size(); ++i)
        if (auto it = s.layers.find(raster_key(app.catalog.rasters[i])); it != s.layers.end()) {
            app.catalog.rasters[i].visible = it->second.visible;
            app.catalog.rasters[i].opacity = std::clamp(it->second.opacity, 0.0f, 1.0f);
        }
}

void restore(const Settings& s, state::AppState& app) {
    if (s.ui_scale) app.ui_scale.set(*s.ui_scale);
    if (s.left_sidebar_open) app.desk.left_open = *s.left_sidebar_open;
    if (s.legend_open) app.desk.legend_open = *s.legend_open;
    if (s.language) app.language = *s.language;
    if (s.vietnamese_beneath) app.vietnamese_beneath = *s.vietnamese_beneath;
    restore_layers(s, app);
}

void restore_layers(const Settings& s, state::AppState& app, size_t first) {
    auto saved = [&](size_t li) -> const LayerSettings* {
        auto it = s.layers.find(state::layer_key(app.catalog.layers[li]));
        return it == s.layers.end() ? nullptr : &it->second;
    };
    for (size_t li = first; li < app.catalog.layers.size(); ++li)
        if (const LayerSettings* l = saved(li)) {
            app.set_visible(li, l->visible);
            app.set_opacity(li, l->opacity);
        }
    // Layers with a remembered place are sorted among the slots they hold now; the others
    // keep theirs.
    std::vector<size_t> slots, remembered;
    for (size_t pos = 0; pos < app.layers.order.size(); ++pos)
        if (const LayerSettings* l = saved(app.layers.order[pos]); l && l->order >= 0) {
            slots.push_back(pos);
            remembered.push_back(app.layers.order[pos]);
        }
    std::stable_sort(remembered.begin(), remembered.end(), [&](size_t a, size_t b) { return saved(a)->order < saved(b)->order; });
    for (size_t k = 0; k < slots.size(); ++k) app.layers.order[slots[k]] = remembered[k];
    ++app.layers_version;
}

}  // namespace app
