#include "app/modes/map_marks.h"
#include "i18n/catalogue.h"

#include <cmath>
#include <string>

#include "app/pin_clusters.h"
#include "geo/label_point.h"
#include "i18n/number_format.h"
#include "render/map_style.h"

namespace app {

namespace {

// The investment view: a bubble per park whose area follows the projects' known capital, and a
// label saying how much is known.
void investment_bubbles(const state::AppState& app, const render::Camera& camera, float scale, PinMarks& out) {
    const auto totals = investment_by_park(app.catalog);
    const data::MapLayer* parks = app.catalog.find(data::LayerRole::Parks);
    const data::MapLayer* projects = app.catalog.find(data::LayerRole::Projects);
    if (!parks || !parks->visible || !projects) return;
    const size_t projects_layer = size_t(projects - app.catalog.layers.data());
    for (const auto& f : parks->layer.features) {
        const auto id = parks->layer.text(f, "id");
        if (!id) continue;
        auto it = totals.find(*id);
        if (it == totals.end()) continue;
        const auto anchor = geo::label_point(f.geometry);
        if (!anchor) continue;
        const ParkInvestment& inv = it->second;
        ui::MapMark m;
        m.centre = camera.map_to_screen(*anchor);
        // Area follows capital; the largest (Tràng Duệ, about 8 bn USD) stays within a few parks' width.
        m.radius = (9.0f + 0.42f * float(std::sqrt(inv.capital_musd))) * scale;
        m.fill = render::palette().project_pin;
        m.fill.a = 150;
        const i18n::Language lang = app.language;
        // The park's name leads: the bubble may cover the park's own label.
        const std::string count = std::to_string(inv.projects);
        m.label = ui::map_label(parks->layer, f, lang) + "\n" +
                  (inv.with_capital ? i18n::trf(inv.projects == 1 ? "{0} project, {1} M USD known" : "{0} projects, {1} M USD known", lang,
                                                {count, i18n::format_number(inv.capital_musd, 0, lang)})
                                    : i18n::trf(inv.projects == 1 ? "{0} project, capital unknown" : "{0} projects, capital unknown", lang, {count}));
        std::vector<state::FeatureRef> members;
        for (size_t fi = 0; fi < projects->layer.features.size(); ++fi)
            if (projects->layer.text(projects->layer.features[fi], "park_id") == id) members.push_back({projects_layer, fi});
        out.marks.push_back(std::move(m));
        out.members.push_back(std::move(members));
        out.bubble.push_back(true);
    }
}

}  // namespace

PinMarks make_pin_marks(const state::AppState& app, const render::Camera& camera, float scale) {
    PinMarks out;
    for (size_t li = 0; li < app.catalog.layers.size(); ++li) {
        const data::MapLayer& ml = app.catalog.layers[li];
        if (ml.role != data::LayerRole::Projects || !ml.visible) continue;
        if (app.investment_view) {
            for (size_t fi = 0; fi < ml.layer.features.size(); ++fi) out.hidden.insert({li, fi});
            continue;
        }
        std::vector<geo::Vec2> points;
        std::vector<size_t> index;
        for (size_t fi = 0; fi < ml.layer.features.size(); ++fi) {
            const auto& g = ml.layer.features[fi].geometry;
            if (g.points.empty()) continue;
            points.push_back(camera.map_to_screen(g.points.front()));
            index.push_back(fi);
        }
        for (const PinCluster& c : cluster_pins(points, 2.0 * badge_radius(scale))) {
            if (c.members.size() < 2) continue;
            std::vector<state::FeatureRef> members;
            for (size_t m : c.members) {
                out.hidden.insert({li, index[m]});
                members.push_back({li, index[m]});
            }
            ui::MapMark mark;
            mark.centre = c.centre;
            mark.radius = badge_radius(scale);
            mark.fill = render::palette().project_pin;
            mark.inside = std::to_string(c.members.size());
            out.marks.push_back(std::move(mark));
            out.members.push_back(std::move(members));
            out.bubble.push_back(false);
        }
    }
    if (app.investment_view) investment_bubbles(app, camera, scale, out);
    return out;
}

std::optional<size_t> mark_at(const PinMarks& marks, geo::Vec2 screen) {
    // The last drawn is on top.
    for (size_t i = marks.marks.size(); i-- > 0;)
        if (geo::length(screen - marks.marks[i].centre) <= marks.marks[i].radius + 2.0) return i;
    return std::nullopt;
}

}  // namespace app
