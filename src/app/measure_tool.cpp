#include "app/measure_tool.h"

#include <imgui.h>

#include "analysis/distances.h"
#include "geo/web_mercator.h"
#include "render/camera.h"
#include "ui/panels/feature_text.h"

namespace app {

double polyline_length_m(const std::vector<geo::Vec2>& ll) {
    double m = 0.0;
    for (size_t i = 1; i < ll.size(); ++i) m += analysis::geodesic_distance_m(ll[i - 1], ll[i]);
    return m;
}

double polygon_area_m2(const std::vector<geo::Vec2>& ll) {
    if (ll.size() < 3) return 0.0;
    geo::Polygon p;
    p.outer = ll;
    return analysis::geodesic_area_m2(p);
}

void MeasureTool::toggle() {
    if (mode_ == Mode::Adding) {
        clear();
        return;
    }
    points_.clear();
    mode_ = Mode::Adding;
}

void MeasureTool::add(geo::Vec2 p) {
    if (mode_ == Mode::Adding) points_.push_back(p);
}

void MeasureTool::remove_last() {
    if (mode_ == Mode::Adding && !points_.empty()) points_.pop_back();
}

void MeasureTool::finish() {
    if (mode_ == Mode::Adding) mode_ = points_.empty() ? Mode::Off : Mode::Finished;
}

void MeasureTool::clear() {
    mode_ = Mode::Off;
    points_.clear();
}

std::vector<geo::Vec2> MeasureTool::lonlat() const {
    std::vector<geo::Vec2> out;
    out.reserve(points_.size());
    for (const auto& p : points_) out.push_back(geo::mercator_to_lonlat(p));
    return out;
}

std::optional<double> MeasureTool::area_m2() const {
    if (points_.size() < 3) return std::nullopt;
    return polygon_area_m2(lonlat());
}

std::string MeasureTool::summary(i18n::Language lang) const {
    if (mode_ == Mode::Off) return {};
    std::string s = std::string(tr(i18n::Text::ToolMeasure, lang)) + ": ";
    if (points_.empty()) return s + tr(i18n::Text::MeasureHint, lang);
    s += std::to_string(points_.size()) + (lang == i18n::Language::Vi ? " điểm" : points_.size() == 1 ? " point" : " points");
    s += " · " + std::string(tr(i18n::Text::MeasureDistance, lang)) + " " + ui::format_number(length_m() / 1000.0, 2) + " km";
    if (auto a = area_m2()) s += " · " + std::string(tr(i18n::Text::MeasureArea, lang)) + " " + ui::format_number(*a / 1e4, 1) + " ha";
    if (mode_ == Mode::Adding) s += "  (" + std::string(tr(i18n::Text::MeasureHint, lang)) + ")";
    return s;
}

void draw_measure(ImDrawList& dl, const MeasureTool& tool, const render::Camera& camera, i18n::Language, float s) {
    if (!tool.shown() || tool.points().empty()) return;
    std::vector<ImVec2> pts;
    for (const auto& p : tool.points()) {
        const geo::Vec2 sp = camera.map_to_screen(p);
        pts.emplace_back(float(sp.x), float(sp.y));
    }
    const ImU32 ink = IM_COL32(200, 20, 90, 255), halo = IM_COL32(255, 255, 255, 230);
    if (pts.size() >= 2) {
        dl.AddPolyline(pts.data(), int(pts.size()), halo, 0, 5.0f * s);
        dl.AddPolyline(pts.data(), int(pts.size()), ink, 0, 2.5f * s);
        if (pts.size() >= 3) dl.AddLine(pts.back(), pts.front(), ink, 1.0f * s);  // the closing side of the area
    }
    for (const ImVec2& p : pts) {
        dl.AddCircleFilled(p, 5.0f * s, halo, 16);
        dl.AddCircleFilled(p, 3.5f * s, ink, 16);
    }
}

}  // namespace app
