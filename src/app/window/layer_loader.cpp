#include "app/window/layer_loader.h"
#include "i18n/catalogue.h"

#include <algorithm>
#include <iostream>

#include "app/window/settings_sync.h"
#include "data/database_source.h"
#include "data/indexed_source.h"
#include "state/layer_refresh.h"
#include "geo/crs.h"

namespace app {

std::optional<LayerLoader::Finished> LayerLoader::poll() {
    if (!current_ && !pending_.empty()) {
        current_ = std::make_unique<BackgroundLoad>(pending_.front().path, geo::kDisplayCrs, assume, pending_.front().view);
        current_how_ = pending_.front();
        std::cerr << "parkatlas: loading " << data::mask_password(pending_.front().path) << " in the background\n";
        pending_.erase(pending_.begin());
    }
    if (!current_ || !current_->finished()) return std::nullopt;
    const std::string path = current_->path();
    std::optional<BackgroundLoad::Result> result = current_->take();
    current_.reset();
    if (!result) return std::nullopt;
    return Finished{path, current_how_.remember, current_how_.show, std::move(*result), current_how_.refresh,
                    current_how_.rest};
}

namespace {

// The whole of big layers read for one view first: they replace those layers where they stand.
void add_rest(LayerLoader::Finished&& done, state::AppState& app, MapPresenter& map) {
    const std::string shown = data::mask_password(done.path);
    std::vector<data::MapLayer>& fresh = done.result.catalog.layers;
    const size_t count = fresh.size();
    map.release_layers();  // the layers replaced may be having chunks built from them
    const std::vector<size_t> replaced = state::refresh_layers(app, std::move(fresh));
    if (replaced.empty()) return;  // removed meanwhile: nothing to complete
    // The chunks and pick indexes were made on the loading thread: the scene and picker take
    // them for the layers replaced, when every layer was (indexes only when those are the last
    // ones, as after a load); else the scene prepares them again.
    std::vector<render::PreparedLayer> ready;
    if (replaced.size() == count && done.result.prepared.size() == count) {
        ready = std::move(done.result.prepared);
        for (size_t i = 0; i < count; ++i) ready[i].source = &app.catalog.layers[replaced[i]];
    }
    bool last = !ready.empty();
    for (size_t i = 0; last && i < count; ++i) last = replaced[i] == app.catalog.layers.size() - count + i;
    if (!last || done.result.pick_indexes.size() != count) done.result.pick_indexes.clear();
    map.rebuild(app, std::move(ready), std::move(done.result.pick_indexes));
    app.message = {i18n::N_("All of {0} is read"), {shown}};
    std::cerr << "parkatlas: read the rest of " << shown << "\n";
}

}  // namespace

bool add_loaded(LayerLoader::Finished&& done, state::AppState& app, MapPresenter& map, const Settings& settings) {
    data::Catalog& extra = done.result.catalog;
    const std::string shown = data::mask_password(done.path);  // a database's password is never shown
    for (auto& d : extra.diagnostics) app.catalog.diagnostics.push_back(d);
    const bool cancelled = std::any_of(extra.diagnostics.begin(), extra.diagnostics.end(), [](const auto& d) {
        return d.message.find(data::kCancelledMessage) != std::string::npos;
    });
    if (done.rest) {
        if (!extra.layers.empty()) add_rest(std::move(done), app, map);
        return false;
    }
    if (done.refresh && !extra.layers.empty()) {  // read again (a database's, a newly indexed file's): same place and look
        map.release_layers();
        const std::vector<size_t> replaced = state::refresh_layers(app, std::move(extra.layers));
        map.rebuild(app);
        // A file read again once its index is written says what changed.
        const bool indexed = !data::is_database_source(done.path) &&
                             std::any_of(replaced.begin(), replaced.end(),
                                         [&](size_t i) { return app.catalog.layers[i].layer.rows != nullptr; });
        app.message = {indexed           ? i18n::N_("{0} is read through its spatial index now")
                       : replaced.size() ? i18n::N_("Refreshed {0}")
                                         : i18n::N_("Nothing to refresh from {0}"),
                       {shown}};
        std::cerr << "parkatlas: refreshed " << replaced.size() << " layer(s) from " << shown << "\n";
        return false;
    }
    if (extra.layers.empty() && extra.rasters.empty()) {
        app.message = {cancelled       ? i18n::N_("Cancelled loading {0}")
                       : done.refresh ? i18n::N_("Could not refresh {0} (see Layers)")
                                      : i18n::N_("Could not add {0} (see Layers)"),
                       {shown}};
        std::cerr << "parkatlas: " << (cancelled ? "cancelled loading " : "cannot add ") << shown << "\n";
        return false;
    }
    geo::Box added;
    for (size_t i = 0; i < extra.layers.size(); ++i) {
        const bool chunked = i < done.result.prepared.size() && done.result.prepared[i].chunked;
        added.merge(chunked ? done.result.prepared[i].chunked->chunks.bounds : extra.layers[i].layer.bounds());
    }
    map.release_layers();  // adding may move the layers whose chunks are being built
    // Images: appended under the map's other layers; add_layers rebuilds the scene for them too.
    const size_t first_raster = app.catalog.rasters.size();
    for (auto& r : extra.rasters) {
        added.merge(r.source->bounds());
        app.catalog.rasters.push_back(std::move(r));
    }
    bool partial = false;  // a big layer read for the view only: the rest comes next
    for (const auto& l : extra.layers) partial = partial || (l.layer.rows && !l.layer.rows->complete);
    const size_t first = app.add_layers(std::move(extra.layers), done.path, done.remember);
    // The meshes and chunks were built on the loading thread: point them at their layers' new home.
    for (size_t i = 0; i < done.result.prepared.size() && first + i < app.catalog.layers.size(); ++i)
        done.result.prepared[i].source = &app.catalog.layers[first + i];
    // Indexes only if there is one for every added layer (a cancelled load stops early).
    if (done.result.pick_indexes.size() != app.catalog.layers.size() - first) done.result.pick_indexes.clear();
    map.rebuild(app, std::move(done.result.prepared), std::move(done.result.pick_indexes));
    restore_layers(settings, app, first);
    restore_rasters(settings, app, first_raster);
    if (!added.empty() && done.show && !partial) {  // show what was added: the user asked for it
        // A single point, or a few close together, is shown with its surroundings (2 km), not
        // at the closest zoom.
        constexpr double kMinShownM = 2000.0;
        const geo::Vec2 c = added.centre();
        const double half_w = std::max(added.width(), kMinShownM) * 0.5, half_h = std::max(added.height(), kMinShownM) * 0.5;
        app.camera.fly_to({{c.x - half_w, c.y - half_h}, {c.x + half_w, c.y + half_h}});
    }
    app.message = {i18n::N_("Added {0}"), {shown}};
    std::cerr << "parkatlas: added " << shown << (partial ? " (the rows under the view; the rest next)" : "") << "\n";
    return partial;
}

void index_written(const LayerLoader::IndexWritten& written, state::AppState& app, LayerLoader& loader) {
    const std::string& path = written.path;
    std::cerr << "parkatlas: " << written.said.to_string() << "\n";
    if (written.said.severity != data::Severity::Info) {
        app.message = {i18n::N_("No index was written beside {0}: {1}"), {path, written.said.in(app.language)}};
        return;
    }
    loader.queue_refresh(path);  // its big layers are read through the index now, in place
    app.message = {i18n::N_("Wrote a spatial index beside {0}; reading it again through the index"), {path}};
}

}  // namespace app
