#include "app/modes/explore_mode.h"
#include "i18n/catalogue.h"

#include <imgui.h>

#include <cmath>
#include <filesystem>
#include <numbers>

#include "app/background_load.h"
#include "ui/measure_overlay.h"
#include "ui/panels/details_panel.h"
#include "ui/panels/loading_panel.h"
#include "ui/panels/status_bar.h"

namespace app {

ExploreMode::ExploreMode()
    : to_lonlat_(geo::Transformer::create(geo::kDisplayCrs, geo::kLonLatCrs)),
      to_vn2000_(geo::Transformer::create(geo::kDisplayCrs, "EPSG:9210")) {
    std::error_code ec;
    working_folder_ = std::filesystem::current_path(ec).string();  // where relative export paths go
}

void ExploreMode::layout(FrameContext& ctx) {
    layout_ = ui::layout_desk(ctx.width, ctx.height, ctx.theme, ctx.app.desk, !ctx.app.selection.empty());
    ctx.app.camera.set_frame(layout_.map);
}

void ExploreMode::select_and_fly(FrameContext& ctx, state::FeatureRef ref, double min_size_m) {
    ctx.app.selection.select({ref});
    layout(ctx);  // the details sidebar may have just appeared: the flight aims at what it leaves
    ctx.app.show_feature(ref, min_size_m);
}

ScreenFacts ExploreMode::screen_facts() const {
    ScreenFacts f{layout_, widgets_.parks.query, loading_card_, overlay_.legend_header, {}, {}, ImGui::GetIO().WantTextInput,
                  drawn_scale_, language_button_, language_menu_};
    f.tour_tab = tour_tab_;
    f.tour_add = tour_add_;
    f.tour_save = tour_save_;
    f.index_button = index_button_;
    f.export_button = export_boxes_.button;
    f.export_kinds = export_boxes_.kinds;
    f.export_path = export_boxes_.path_field;
    f.export_run = export_boxes_.run_button;
    f.export_card = export_card_;
    f.export_file = widgets_.exports.path;
    f.finder_compare = finder_boxes_.compare_button;
    f.finder_export = finder_boxes_.export_button;
    f.finder_brochure = finder_boxes_.brochure_button;
    for (size_t i = 0; i < marks_.marks.size(); ++i)
        if (!marks_.bubble[i]) {
            f.badge_centres.push_back(marks_.marks[i].centre);
            f.badge_counts.push_back(marks_.members[i].size());
        }
    if (!finder_boxes_.compare_button.empty())  // the finder is open
        for (const auto& c : finder_.candidates) {
            std::string& list = c.group == analysis::FitGroup::Fits ? f.finder_fits : f.finder_ask;
            if (c.group != analysis::FitGroup::DoesNotFit) list += (list.empty() ? "" : ",") + c.park_id;
        }
    return f;
}

bool ExploreMode::on_furniture(geo::Vec2 at) const {
    for (const geo::Box& b : overlay_.furniture)
        if (b.contains(at)) return true;
    return false;
}

void ExploreMode::click(FrameContext& ctx, geo::Vec2 at) {
    state::AppState& app = ctx.app;
    if (!overlay_.legend_header.empty() && overlay_.legend_header.contains(at)) {
        app.desk.legend_open = !app.desk.legend_open;
        return;
    }
    if (on_furniture(at) || !layout_.map.contains(at)) return;  // the legend, scale bar...: not the map
    if (app.measure.adding()) {  // measuring: a click is a point, not a pick
        app.measure.add(app.camera.camera().screen_to_map(at));
        return;
    }
    if (const auto m = mark_at(marks_, at)) {
        if (marks_.bubble[*m]) app.selection.offer(marks_.members[*m]);
        else app.open_cluster(marks_.members[*m], 2.0 * badge_radius(ctx.theme.scale));
        layout(ctx);
        return;
    }
    app.selection.select(ctx.map.pick(app, app.camera.camera(), at));
}

void ExploreMode::handle_gestures(FrameContext& ctx) {
    state::AppState& app = ctx.app;
    for (const Gesture& g : ctx.input.gestures) {
        switch (g.kind) {
            case Gesture::Drag: app.camera.drag(g.delta); break;
            case Gesture::Scroll: app.camera.scroll(g.pos, g.steps); break;
            case Gesture::DoubleClick:
                if (!on_furniture(g.pos) && !app.measure.adding()) app.camera.double_click(g.pos);
                break;
            case Gesture::Click: click(ctx, g.pos); break;
        }
    }
    if (ctx.input.right_click) app.measure.finish();
}

void ExploreMode::update_hover(FrameContext& ctx) {
    state::AppState& app = ctx.app;
    const geo::Vec2 c = ctx.input.cursor;
    app.hover.reset();
    if (ctx.input.map_held || ctx.input.pointer_on_panel || c.x < 0 || !layout_.map.contains(c) || on_furniture(c) ||
        mark_at(marks_, c))
        return;
    const auto hits = ctx.map.pick(app, app.camera.camera(), c);
    if (hits.empty()) return;
    app.hover = hits.front();
    // Parks: the figures as of the slider's date, as everywhere else on screen.
    const bool park = app.figures.ok() && hits.front().first == app.figures.parks_layer &&
                      hits.front().second < app.figures.parks.size();
    ui::draw_hover_tooltip(app.catalog, hits.front(), app.language, park ? &app.figures.parks[hits.front().second] : nullptr);
}

void ExploreMode::draw_overlay(FrameContext& ctx) {
    state::AppState& app = ctx.app;
    const render::Camera& cam = app.camera.camera();
    ImDrawList& dl = *ImGui::GetBackgroundDrawList();
    // Outlines of the hovered and selected areas first: names, badges and the legend stay over them.
    ctx.map.draw_highlights(dl, app, cam);
    draw_finder_marks(ctx, dl);
    marks_ = make_pin_marks(app, cam, ctx.theme.scale);
    ui::OverlayOptions o;
    o.language = app.language;
    o.vietnamese_beneath = app.vietnamese_beneath;
    o.scale = ctx.theme.scale;
    o.title = false;  // the toolbar carries the title
    o.frame = layout_.map;
    o.legend_fold = app.desk.legend_open ? ui::LegendFold::Open : ui::LegendFold::Folded;
    if (app.figures.ok()) o.occupancy_dates = state::legend_dates(app.figures, app.language);
    data::Feature read;  // a selected feature of an indexed layer, read from its file
    if (const auto sel = app.selection.current())
        o.selected = &app.catalog.layers[sel->first].layer.feature_ref(sel->second, read);
    o.marks = marks_.marks;
    overlay_ = ui::draw_map_overlay(dl, app.catalog, cam, ctx.fonts, o);
    ui::draw_measure(dl, app.measure, cam, ctx.theme.scale);
}

std::string ExploreMode::cursor_position(const FrameContext& ctx) const {
    std::optional<geo::Vec2> lonlat, vn2000;
    double ground = 0.0;
    const geo::Vec2 c = ctx.input.cursor;
    if (c.x >= 0 && layout_.map.contains(c)) {
        const render::Camera& cam = ctx.app.camera.camera();
        const geo::Vec2 m = cam.screen_to_map(c);
        if (to_lonlat_) lonlat = to_lonlat_->transform(m);
        if (to_vn2000_) vn2000 = to_vn2000_->transform(m);
        if (lonlat) ground = cam.metres_per_pixel * std::cos(lonlat->y * std::numbers::pi / 180.0);
    }
    return ui::status_text(lonlat, vn2000, ground, ctx.app.language);
}

void ExploreMode::frame(FrameContext& ctx) {
    state::AppState& app = ctx.app;
    drawn_scale_ = ctx.theme.scale;
    for (Command c : ctx.input.commands) run_command(ctx, c);
    if (!ctx.input.typed.empty()) type_to_search(ctx);
    handle_gestures(ctx);
    layout(ctx);  // the selection or the dock may have changed

    draw_overlay(ctx);
    update_hover(ctx);

    ui::DeskView view;
    view.table_rows = &table_rows(app);
    if (app.desk.bottom == state::BottomTab::Finder) view.finder = &finder_result(app);
    view.data_notes = {app.figures.metrics.warnings, {}};
    view.data_notes.warnings.insert(view.data_notes.warnings.end(), app.figures.facts.warnings.begin(),
                                    app.figures.facts.warnings.end());
    if (!app.figures.metrics.parks_without_rows.empty()) {
        std::string ids;
        for (const auto& id : app.figures.metrics.parks_without_rows) ids += (ids.empty() ? "" : " ") + id;
        view.data_notes.notes.push_back(
            i18n::trf("no dated row in park_metrics.csv (the layer's own figure is used) for {0}", app.language, {ids}));
    }
    view.position = cursor_position(ctx);
    view.exports = export_menu(app);
    // The table picker's listing, asked on a thread: its answer goes to the Layers tab.
    if (auto listed = ctx.loader.poll_listing()) {
        widgets_.layers.tables = std::move(listed->tables);
        widgets_.layers.listing_problems = std::move(listed->diagnostics);
        widgets_.layers.chosen.assign(widgets_.layers.tables.size(), 0);
    }
    widgets_.layers.listing = ctx.loader.listing();
    widgets_.layers.indexing = ctx.loader.indexing();
    apply(ctx, ui::draw_desk(app, widgets_, view, layout_, ctx.fonts));
    layout(ctx);

    loading_card_ = {};
    if (BackgroundLoad* load = ctx.loader.current()) {
        const data::LoadProgress p = load->progress();
        const ui::LoadingCard card =
            ui::draw_loading_panel(p.file, progress_text(p, app.language), float(p.fraction), load->cancel_requested(), layout_.map, app.language);
        if (card.cancel) load->cancel();
        loading_card_ = card.rect;
    }
    poll_export(ctx);
    export_card_ = {};
    if (export_)
        export_card_ = ui::draw_export_card(export_->path(), i18n::tr("Writing the file…", app.language), export_->fraction(),
                                            layout_.map, app.language);
    ui::draw_measure_card(ui::measure_summary(app.measure, app.language), layout_.map);
    ctx.map.restyle(app, marks_.hidden);
}

}  // namespace app
