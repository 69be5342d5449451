// The desk: the map with its docked panels (parks and layers, details, the table, compare and
// Decree 35 views), the measure tool, pins gathered into badges, hover and selection. The
// mode a planner or an investor works in at a desk.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "app/modes/map_marks.h"
#include "app/window/export_job.h"
#include "app/modes/mode.h"
#include "app/window/state_dump.h"
#include "geo/crs.h"
#include "ui/desk.h"
#include "ui/layout.h"
#include "ui/map_overlay.h"

namespace app {

class ExploreMode : public Mode {
public:
    ExploreMode();
    void layout(FrameContext& ctx) override;
    void frame(FrameContext& ctx) override;

    const ui::DeskLayout& desk_layout() const { return layout_; }
    bool exporting() const { return export_ != nullptr; }  // the window keeps drawing its card
    // Where things are on screen, for the state dump (a test hook).
    ScreenFacts screen_facts() const;

private:
    // explore_mode.cpp: the map's own input and what is drawn over it.
    void handle_gestures(FrameContext& ctx);
    void click(FrameContext& ctx, geo::Vec2 at);
    void update_hover(FrameContext& ctx);
    void draw_overlay(FrameContext& ctx);
    // Selects a feature and flies to it, framed in the map the new layout leaves visible.
    void select_and_fly(FrameContext& ctx, state::FeatureRef ref, double min_size_m = 3000.0);
    bool on_furniture(geo::Vec2 at) const;
    std::string cursor_position(const FrameContext& ctx) const;  // for the status bar

    // explore_commands.cpp: keys and typing.
    void run_command(FrameContext& ctx, Command command);
    void type_to_search(FrameContext& ctx);

    // explore_actions.cpp: what the panels handed back.
    void apply(FrameContext& ctx, const ui::DeskActions& actions);
    void export_table(state::AppState& app);
    // The Export menu: what it offers for the selection, starting a job, and its end.
    ui::ExportMenuContext export_menu(const state::AppState& app) const;
    void start_export(FrameContext& ctx);
    // An export of `kind` to `path` on a thread; a brochure is of `park_ids` (one, or several with front pages).
    void launch_export(FrameContext& ctx, state::ExportKind kind, const std::string& path, std::vector<std::string> park_ids);
    void poll_export(FrameContext& ctx);
    void apply_tour(FrameContext& ctx, const ui::TourAction& a);
    const std::vector<ui::TableRow>& table_rows(const state::AppState& app);
    // explore_finder.cpp: the site finder's answer (recomputed when its criteria, the date or
    // the language change), its parks outlined and numbered on the map, its CSV.
    const analysis::SiteFinderResult& finder_result(const state::AppState& app);
    void draw_finder_marks(FrameContext& ctx, ImDrawList& dl);
    void export_sites(state::AppState& app);

    ui::DeskWidgets widgets_;
    ui::DeskLayout layout_;
    PinMarks marks_;                       // of the last frame (clicks hit what was drawn)
    ui::OverlayReport overlay_;            // of the last frame: furniture takes clicks, not the map
    std::vector<ui::TableRow> table_rows_; // for the figures, catalog and language below
    uint64_t rows_figures_ = ~uint64_t(0), rows_catalog_ = ~uint64_t(0);
    i18n::Language rows_language_ = i18n::Language::En;
    analysis::SiteFinderResult finder_;
    ui::SiteFinderAction finder_boxes_;    // of the last frame, for the state dump
    std::string finder_key_;               // criteria, figures version and language it was computed for
    std::vector<ui::TableRow> table_shown_;  // the table's filtered, sorted rows (what Export CSV writes)
    std::optional<geo::Transformer> to_lonlat_, to_vn2000_;
    geo::Box loading_card_;
    std::unique_ptr<ExportJob> export_;     // an export being written
    ui::ExportMenuAction export_boxes_;     // of the last frame, for the state dump
    geo::Box export_card_;
    std::string working_folder_;            // the process's, read once: the Export menu shows it each frame
    geo::Box language_button_;              // of the last frame, for the state dump
    geo::Box tour_tab_, tour_add_, tour_save_;
    geo::Box index_button_;  // the Layers tab's offer of a spatial index (the last one drawn)
    std::vector<geo::Box> language_menu_;
    float drawn_scale_ = 1.0f;  // the cursor's position in the status bar
};

}  // namespace app
