// The explore mode's site finder: its answer, its parks on the map, its CSV.
#include <filesystem>
#include <sstream>

#include "analysis/site_report.h"
#include "app/modes/explore_mode.h"
#include "app/settings.h"
#include "geo/label_point.h"
#include "i18n/catalogue.h"
#include "ui/draw_helpers.h"
#include "ui/slide_overlay.h"
#include "ui/theme.h"

namespace app {

const analysis::SiteFinderResult& ExploreMode::finder_result(const state::AppState& app) {
    const std::string key = widgets_.finder.key() + "|" + std::to_string(app.figures_version) + "|" +
                            std::to_string(app.catalog_version) + "|" + i18n::code(app.language);
    if (key != finder_key_) {
        finder_ = analysis::find_sites(app.catalog, app.figures.metrics, app.figures.facts,
                                       widgets_.finder.query(app.figures.asof), app.language);
        finder_key_ = key;
    }
    return finder_;
}

// While the finder is open: the parks that fit outlined in the highlight gold, and every park
// not ruled out numbered by its rank (those to ask the developer about in grey).
void ExploreMode::draw_finder_marks(FrameContext& ctx, ImDrawList& dl) {
    state::AppState& app = ctx.app;
    if (app.desk.bottom != state::BottomTab::Finder || !widgets_.finder.show_on_map || !app.figures.ok()) return;
    const auto& parks = app.catalog.layers[app.figures.parks_layer];
    if (!parks.visible) return;
    const render::Camera& cam = app.camera.camera();
    const float s = ctx.theme.scale;
    for (const auto& c : finder_result(app).candidates) {
        if (c.group == analysis::FitGroup::DoesNotFit) continue;
        const auto i = app.figures.index_of(c.park_id);
        if (!i || *i >= parks.layer.features.size()) continue;
        const geo::Geometry& g = parks.layer.features[*i].geometry;
        const bool fits = c.group == analysis::FitGroup::Fits;
        if (fits) ui::draw_slide_highlight(dl, cam, g, ctx.theme);
        const auto at = geo::label_point(g);
        if (!at) continue;
        // The badge sits above the park's name so it does not cover it.
        const geo::Vec2 p = cam.map_to_screen(*at);
        const ImVec2 centre(float(p.x), float(p.y) - 22.0f * s);
        const std::string rank = std::to_string(c.rank);
        const ImVec2 t = ImGui::CalcTextSize(rank.c_str());
        const float r = std::max(t.x, t.y) * 0.5f + 5.0f * s;
        dl.AddCircleFilled(centre, r + 1.5f * s, IM_COL32_WHITE);
        dl.AddCircleFilled(centre, r, ui::to_imgui(fits ? ui::colours::kAccent : ui::colours::kInkMuted));
        dl.AddText(ImVec2(centre.x - t.x * 0.5f, centre.y - t.y * 0.5f), IM_COL32_WHITE, rank.c_str());
    }
}

void ExploreMode::export_sites(state::AppState& app) {
    const auto& result = finder_result(app);
    const std::string path = "parkatlas-sites-" + result.query.asof.to_string() + ".csv";
    std::ostringstream csv;
    analysis::write_sites(csv, result, analysis::Format::Csv, app.language);
    std::error_code ec;
    const std::string shown = std::filesystem::absolute(path, ec).string();
    std::string error;
    if (write_file_atomically(path, csv.str(), &error))
        app.message = {i18n::N_("Exported {0} rows to {1}"),
                       {std::to_string(result.candidates.size() * (result.candidates.empty() ? 0 : result.candidates.front().criteria.size())),
                        ec ? path : shown}};
    else
        app.message = {i18n::N_("Export failed: {0}"), {error}};
}

}  // namespace app
