// The explore mode applies what the desk's panels handed back (ui::DeskActions) to the state.
#include <algorithm>
#include <filesystem>
#include <iostream>

#include "app/modes/explore_mode.h"
#include "data/database_source.h"
#include "i18n/catalogue.h"
#include "app/settings.h"
#include "state/tour_editing.h"
#include "tour/slide_view.h"

namespace app {

const std::vector<ui::TableRow>& ExploreMode::table_rows(const state::AppState& app) {
    if (rows_figures_ != app.figures_version || rows_catalog_ != app.catalog_version || rows_language_ != app.language) {
        table_rows_ = ui::build_table_rows(app.catalog, app.figures, app.language);
        rows_figures_ = app.figures_version;
        rows_catalog_ = app.catalog_version;
        rows_language_ = app.language;
    }
    return table_rows_;
}

void ExploreMode::export_table(state::AppState& app) {
    const auto& t = widgets_.table;
    const std::string path = t.export_path[0] ? t.export_path : ui::default_export_name(app.figures.asof);
    std::error_code ec;
    const std::string shown_path = std::filesystem::absolute(path, ec).string();
    std::string error;
    if (write_file_atomically(path, ui::table_csv(table_shown_, app.figures.asof), &error))
        app.message = {i18n::N_("Exported {0} rows to {1}"), {std::to_string(table_shown_.size()), ec ? path : shown_path}};
    else
        app.message = {i18n::N_("Export failed: {0}"), {error}};
}

// The tour tab: editing the state's tour, saving it, presenting it.
void ExploreMode::apply_tour(FrameContext& ctx, const ui::TourAction& a) {
    state::AppState& app = ctx.app;
    ui::TourTabState& w = widgets_.tour;
    if (a.edit_language) w.edit_language = *a.edit_language;
    if (a.select && *a.select < app.tour.slides.size()) {
        w.selected = *a.select;
        // A slide chosen in the list is shown, as it will be in the talk.
        const geo::Box box = tour::slide_box(app.tour.slides[w.selected], app.catalog);
        if (!box.empty()) app.camera.fly_to(box, 0.0, 0.6);
    }
    if (a.title) state::set_tour_title(app, w.edit_language, *a.title);
    if (a.caption) state::set_slide_text(app, w.selected, state::SlideText::Caption, w.edit_language, *a.caption);
    if (a.notes) state::set_slide_text(app, w.selected, state::SlideText::Notes, w.edit_language, *a.notes);
    if (a.add_from_view) w.selected = state::add_slide(app, w.selected);
    if (a.update_view) state::update_slide_view(app, w.selected);
    if (a.move) w.selected = state::move_slide(app, w.selected, *a.move);
    if (a.remove) {
        state::delete_slide(app, w.selected);
        if (w.selected > 0 && w.selected >= app.tour.slides.size()) --w.selected;
    }
    if (a.save) {
        std::string error;
        if (app.tour_save_path.empty()) {
            app.message = {i18n::N_("The tour cannot be saved: no settings folder (HOME is not set)"), {}};
        } else if (write_file_atomically(app.tour_save_path, tour::tour_json(app.tour), &error)) {
            app.tour_unsaved = false;
            app.message = {i18n::N_("Tour saved to {0}"), {app.tour_save_path}};
        } else {
            app.message = {i18n::N_("The tour could not be saved: {0}"), {error}};
        }
    }
    if (a.present_from) ctx.present_from = *a.present_from;
}

void ExploreMode::apply(FrameContext& ctx, const ui::DeskActions& a) {
    apply_tour(ctx, a.tour);
    state::AppState& app = ctx.app;
    // The toolbar.
    if (a.top.toggle_bottom) app.desk.toggle_bottom(*a.top.toggle_bottom);
    if (a.top.toggle_measure) app.measure.toggle();
    if (a.top.asof) app.set_asof(*a.top.asof);
    if (a.top.ui_scale_step > 0) app.ui_scale.bigger();
    if (a.top.ui_scale_step < 0) app.ui_scale.smaller();
    if (a.top.language) app.language = *a.top.language;  // the next frame speaks it; the atlas follows
    if (a.top.vietnamese_beneath) app.vietnamese_beneath = *a.top.vietnamese_beneath;
    language_button_ = a.top.language_button;
    export_boxes_ = a.top.export_menu;
    finder_boxes_ = a.finder;
    if (a.top.export_menu.run) start_export(ctx);
    tour_tab_ = a.tour_tab;
    tour_add_ = a.tour.add_button;
    index_button_ = a.layers.index_button;
    tour_save_ = a.tour.save_button;
    language_menu_ = a.top.language_menu;
    // The sidebars and the dock.
    if (a.left_open) app.desk.left_open = *a.left_open;
    if (a.left_tab) app.desk.show_left(*a.left_tab);
    if (a.right_open) app.desk.right_open = *a.right_open;
    if (a.close_details) app.selection.clear();
    if (a.bottom_tab) app.desk.bottom = *a.bottom_tab;
    if (a.close_bottom) app.desk.bottom.reset();
    // Parks.
    if (a.parks.investment_view) app.investment_view = *a.parks.investment_view;
    if (a.parks.chosen) select_and_fly(ctx, *a.parks.chosen);
    // Layers.
    if (a.layers.set_visible) app.set_visible(a.layers.set_visible->first, a.layers.set_visible->second);
    if (a.layers.set_opacity) app.set_opacity(a.layers.set_opacity->first, a.layers.set_opacity->second);
    if (a.layers.move) app.move_layer(a.layers.move->first, a.layers.move->second);
    if (a.layers.add_file) {
        ctx.loader.queue(*a.layers.add_file, true, true, app.camera.camera().visible_box());
        app.message = {i18n::N_("Loading {0}"), {data::mask_password(*a.layers.add_file)}};
    }
    // A database: its tables listed on a thread, the chosen ones loaded like files, a layer read again.
    if (a.layers.list_tables) {
        ctx.loader.list_tables(*a.layers.list_tables);
        widgets_.layers.listed_from = *a.layers.list_tables;
        widgets_.layers.tables.clear();
        widgets_.layers.listing_problems.clear();
    }
    for (const auto& source : a.layers.add_sources) {
        ctx.loader.queue(source, true, true, app.camera.camera().visible_box());
        app.message = {i18n::N_("Loading {0}"), {data::mask_password(source)}};
    }
    if (a.layers.refresh && *a.layers.refresh < app.catalog.layers.size()) {
        const data::Layer& layer = app.catalog.layers[*a.layers.refresh].layer;
        if (!layer.source_connection.empty()) {
            ctx.loader.queue_refresh(layer.source_connection);
            app.message = {i18n::N_("Refreshing {0}"), {layer.source_path}};
        }
    }
    if (a.layers.write_index && *a.layers.write_index < app.catalog.layers.size()) {
        const std::string& file = app.catalog.layers[*a.layers.write_index].layer.source_path;
        ctx.loader.write_index(file);
        app.message = {i18n::N_("Writing a spatial index beside {0}"), {file}};
    }
    if (a.layers.remove && *a.layers.remove < app.catalog.layers.size() &&
        state::is_user_layer(app.catalog.layers[*a.layers.remove])) {
        const std::string name = app.catalog.layers[*a.layers.remove].layer.name;
        ctx.map.release_layers();  // the layers after it move: their chunks' builders stop first
        if (app.remove_layer(*a.layers.remove)) {
            app.message = {i18n::N_("Removed {0}"), {name}};
            ctx.map.sync(app);  // its GPU layer goes before anything draws it
        }
    }
    // Raster basemaps: shown, opacity (read by the map each frame), removed (the scene rebuilt).
    if (a.layers.set_raster_visible && a.layers.set_raster_visible->first < app.catalog.rasters.size())
        app.catalog.rasters[a.layers.set_raster_visible->first].visible = a.layers.set_raster_visible->second;
    if (a.layers.set_raster_opacity && a.layers.set_raster_opacity->first < app.catalog.rasters.size())
        app.catalog.rasters[a.layers.set_raster_opacity->first].opacity = a.layers.set_raster_opacity->second;
    if (a.layers.remove_raster && *a.layers.remove_raster < app.catalog.rasters.size()) {
        const auto source = app.catalog.rasters[*a.layers.remove_raster].source;
        app.catalog.rasters.erase(app.catalog.rasters.begin() + long(*a.layers.remove_raster));
        std::error_code ec;
        const std::string file = std::filesystem::absolute(source->path(), ec).lexically_normal().string();
        auto& files = app.user_files;
        const bool vectors_stay = std::any_of(app.catalog.layers.begin(), app.catalog.layers.end(),
                                              [&](const data::MapLayer& l) { return l.layer.source_path == source->path(); });
        if (!vectors_stay) files.erase(std::remove(files.begin(), files.end(), file), files.end());
        ++app.catalog_version;
        app.message = {i18n::N_("Removed {0}"), {source->name()}};
        ctx.map.sync(app);  // the scene drops its picture before anything draws it
    }
    // Details.
    if (a.details.step) app.selection.step(a.details.step);
    if (a.details.choose) app.selection.choose(*a.details.choose);
    if (a.details.zoom_to)
        if (const auto ref = app.selection.current()) app.show_feature(*ref);
    if (a.details.toggle_compare)
        if (const auto park = app.selected_park()) {
            app.compare.toggle(app.figures.parks[*park].id);
            // The second park makes a comparison: show it.
            if (app.compare.size() == 2 && !app.desk.bottom) app.desk.bottom = state::BottomTab::Compare;
        }
    // The dock's views.
    if (app.desk.bottom == state::BottomTab::Table) table_shown_ = a.table.shown;
    if (a.table.toggle_compare) app.compare.toggle(*a.table.toggle_compare);
    if (a.table.export_csv) export_table(app);
    if (a.table.select) select_and_fly(ctx, {app.figures.parks_layer, *a.table.select});
    if (a.compare.clear) app.compare.clear();
    if (!a.compare.remove.empty()) app.compare.remove(a.compare.remove);
    if (a.gauge.reset) app.what_if.reset();
    if (a.gauge.set_occupancy) app.what_if.set_occupancy(a.gauge.set_occupancy->first, a.gauge.set_occupancy->second);
    if (a.gauge.clear_occupancy) app.what_if.clear_occupancy(*a.gauge.clear_occupancy);
    if (a.gauge.set_counted) app.what_if.set_counted(a.gauge.set_counted->first, a.gauge.set_counted->second);
    if (!a.gauge.select_park.empty())
        if (auto i = app.figures.index_of(a.gauge.select_park)) select_and_fly(ctx, {app.figures.parks_layer, *i});
    if (!a.finder.select_park.empty())
        if (auto i = app.figures.index_of(a.finder.select_park)) select_and_fly(ctx, {app.figures.parks_layer, *i});
    if (!a.finder.toggle_compare.empty()) app.compare.toggle(a.finder.toggle_compare);
    if (!a.finder.compare.empty()) {
        app.compare.clear();
        for (const auto& id : a.finder.compare) app.compare.toggle(id);
        app.desk.bottom = state::BottomTab::Compare;
    }
    if (a.finder.export_csv) export_sites(app);
    if (!a.finder.brochure.empty())
        launch_export(ctx, state::ExportKind::Brochure,
                      (std::filesystem::path(working_folder_) / ("parkatlas-sites-" + app.figures.asof.to_string() + ".pdf")).string(),
                      a.finder.brochure);
}

}  // namespace app
