#include "state/measure_tool.h"

#include "analysis/distances.h"
#include "geo/web_mercator.h"

namespace state {

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

}  // namespace state
