#include "state/app_state.h"

#include <algorithm>
#include <filesystem>

#include "data/database_source.h"

namespace state {

namespace {

// What a file is remembered by: its absolute path; a database by its connection without the
// password (settings never hold one).
std::string absolute_path(const std::string& path) {
    if (data::is_database_source(path)) return data::without_password(path);
    std::error_code ec;
    const std::filesystem::path abs = std::filesystem::absolute(path, ec);
    return ec ? path : abs.lexically_normal().string();
}

}  // namespace

AppState::AppState(data::Catalog c) : catalog(std::move(c)) { layers.place_new_layers(catalog); }

void AppState::load_figures(const std::string& metrics_path) {
    figures = load_park_figures(catalog, metrics_path);
    ++figures_version;
}

void AppState::set_asof(const analysis::Date& asof) {
    state::set_asof(figures, catalog, asof);
    ++figures_version;
}

std::optional<size_t> AppState::selected_park() const {
    const auto sel = selection.current();
    if (!sel || !figures.ok() || sel->first != figures.parks_layer) return std::nullopt;
    return sel->second;
}

void AppState::show_feature(FeatureRef ref, double min_size_m) {
    if (ref.first >= catalog.layers.size() || ref.second >= catalog.layers[ref.first].layer.feature_count()) return;
    const geo::Box b = catalog.layers[ref.first].layer.feature_bounds(ref.second);
    if (b.empty()) return;
    const geo::Vec2 c = b.centre();
    const double half = std::max({b.width(), b.height(), min_size_m}) * 0.5;
    camera.fly_to({{c.x - half, c.y - half}, {c.x + half, c.y + half}});
}

void AppState::select_and_show(FeatureRef ref, double min_size_m) {
    selection.select({ref});
    show_feature(ref, min_size_m);
}

void AppState::open_cluster(const std::vector<FeatureRef>& members, double spacing_px) {
    geo::Box bounds;
    for (const FeatureRef& m : members) {
        if (m.first >= catalog.layers.size() || m.second >= catalog.layers[m.first].layer.feature_count()) continue;
        bounds.merge(catalog.layers[m.first].layer.feature_bounds(m.second));
    }
    if (bounds.empty()) return;
    // The scale at which the closest pair would stand spacing_px apart is not known without
    // pairs; the bounds filling the frame is what a zoom can do, and if that is closer than the
    // map goes, or the pins share a spot, zooming cannot part them.
    const geo::Box frame = camera.frame();
    const double span = std::max(bounds.width(), bounds.height());
    const double fit_mpp = span / std::max(1.0, std::min(frame.width(), frame.height()) - 4.0 * spacing_px);
    if (span <= 0.0 || fit_mpp < camera.min_metres_per_pixel() * 4.0) {
        selection.offer(members);
        return;
    }
    camera.fly_to(bounds, 2.0 * spacing_px);
}

void AppState::set_visible(size_t layer, bool visible) {
    if (layer >= catalog.layers.size() || catalog.layers[layer].visible == visible) return;
    catalog.layers[layer].visible = visible;
    if (!visible && hover && hover->first == layer) hover.reset();
    ++layers_version;
}

void AppState::set_opacity(size_t layer, float opacity) {
    if (layer >= layers.opacity.size()) return;
    layers.opacity[layer] = std::clamp(opacity, 0.0f, 1.0f);
    ++layers_version;
}

void AppState::move_layer(size_t layer, int delta) {
    layers.move(layer, delta);
    ++layers_version;
}

size_t AppState::add_layers(std::vector<data::MapLayer> added, const std::string& path, bool remember) {
    const size_t first = catalog.layers.size();
    for (auto& l : added) catalog.layers.push_back(std::move(l));
    layers.place_new_layers(catalog);
    const std::string abs = absolute_path(path);
    if (remember && std::find(user_files.begin(), user_files.end(), abs) == user_files.end()) user_files.push_back(abs);
    ++catalog_version;
    ++layers_version;
    return first;
}

bool AppState::remove_layer(size_t layer) {
    if (layer >= catalog.layers.size() || !is_user_layer(catalog.layers[layer])) return false;
    const std::string file = absolute_path(catalog.layers[layer].layer.source_path);
    catalog.layers.erase(catalog.layers.begin() + long(layer));
    layers.forget_layer(layer);
    selection.forget_layer(layer);
    if (hover && hover->first == layer) hover.reset();
    else if (hover && hover->first > layer) --hover->first;
    if (figures.ok() && figures.parks_layer > layer) --figures.parks_layer;
    const bool file_still_shown = std::any_of(catalog.layers.begin(), catalog.layers.end(), [&](const data::MapLayer& l) {
        return is_user_layer(l) && absolute_path(l.layer.source_path) == file;
    });
    if (!file_still_shown) user_files.erase(std::remove(user_files.begin(), user_files.end(), file), user_files.end());
    ++catalog_version;
    ++layers_version;
    return true;
}

}  // namespace state
