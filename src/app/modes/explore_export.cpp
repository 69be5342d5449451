// The explore mode's exports: the Export menu's offer (the selected park's brochure), the job
// that writes the file on a thread, and the status bar's word when it is done.

#include "app/map_view.h"
#include "app/modes/explore_mode.h"
#include "render/map_style.h"
#include "ui/panels/feature_text.h"

namespace app {

ui::ExportMenuContext ExploreMode::export_menu(const state::AppState& app) const {
    ui::ExportMenuContext c;
    const auto current = app.selection.current();
    if (current && app.figures.ok() && current->first == app.figures.parks_layer) {
        const data::MapLayer& parks = app.catalog.layers[current->first];
        c.park_title = ui::feature_title(parks, current->second, app.language);
        c.park_id = parks.layer.text(parks.layer.features[current->second], "id").value_or("");
    }
    c.busy = export_ != nullptr;
    c.folder = working_folder_;
    return c;
}

void ExploreMode::start_export(FrameContext& ctx) {
    const ui::ExportMenuState& w = widgets_.exports;
    launch_export(ctx, w.kind, w.path, {export_menu(ctx.app).park_id});
}

void ExploreMode::launch_export(FrameContext& ctx, state::ExportKind kind, const std::string& path,
                                std::vector<std::string> park_ids) {
    state::AppState& app = ctx.app;
    if (export_) return;  // one at a time; the menu's Export is disabled meanwhile
    ExportSpec spec;
    spec.kind = kind;
    spec.path = path;
    if (auto problem = state::export_path_problem(spec.path, spec.kind)) {
        app.message = *problem;
        return;
    }
    const bool brochure = spec.kind == state::ExportKind::Brochure;
    // A copy of what is drawn, so that the window may go on changing its layers meanwhile: the
    // visible layers for a map; all of them for a brochure, whose pages draw their own.
    auto catalog = std::make_shared<data::Catalog>();
    catalog->sources = app.catalog.sources;
    for (size_t i = 0; i < app.catalog.layers.size(); ++i) {
        const data::MapLayer& layer = app.catalog.layers[i];
        if (!brochure && !layer.visible) continue;
        catalog->layers.push_back(layer);
        std::vector<render::FeatureStyle> styles;
        if (i == app.figures.parks_layer) styles = render::style_parks(layer, state::occupancy_by_feature(app.figures));
        spec.styles.push_back(std::move(styles));
    }
    spec.catalog = std::move(catalog);
    const render::Camera& camera = app.camera.camera();
    spec.view = {};
    spec.view.expand(camera.screen_to_map(layout_.map.min));
    spec.view.expand(camera.screen_to_map(layout_.map.max));
    spec.language = app.language;
    spec.vietnamese_beneath = app.vietnamese_beneath;
    spec.occupancy_dates = state::legend_dates(app.figures, app.language);
    if (brochure) {
        spec.park_ids = std::move(park_ids);
        spec.asof = app.figures.asof;
        spec.metrics_path = state::metrics_path_beside_parks(app.catalog);
        spec.city_view = default_view(app.catalog);
    }
    app.message = {i18n::N_("Exporting to {0}…"), {spec.path}};
    export_ = std::make_unique<ExportJob>(std::move(spec));
}

void ExploreMode::poll_export(FrameContext& ctx) {
    if (!export_ || !export_->done()) return;
    ctx.app.message = export_->result();
    export_.reset();
}

}  // namespace app
