// The measure tool: clicks on the map add points; the polyline's geodesic length and, with
// three points or more, the geodesic area of the polygon they close, on the WGS 84 ellipsoid
// (analysis::geodesic_distance_m / geodesic_area_m2). Points are kept in the display CRS
// (EPSG:3857) for drawing and converted to lon/lat for measuring.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "geo/geometry.h"

namespace state {

// Geodesic length in metres of the polyline through `lonlat` points (degrees).
double polyline_length_m(const std::vector<geo::Vec2>& lonlat);
// Geodesic area in m² of the polygon the points close; 0 with fewer than 3 points.
double polygon_area_m2(const std::vector<geo::Vec2>& lonlat);

class MeasureTool {
public:
    enum class Mode { Off, Adding, Finished };

    Mode mode() const { return mode_; }
    bool adding() const { return mode_ == Mode::Adding; }
    bool shown() const { return mode_ != Mode::Off; }

    void toggle();                    // Off/Finished → Adding (fresh points); Adding → Off
    void add(geo::Vec2 map_point);    // display CRS; ignored unless adding
    void remove_last();
    void finish();                    // Esc / right-click: stop adding, keep the result shown
    void clear();                     // back to Off

    const std::vector<geo::Vec2>& points() const { return points_; }
    std::vector<geo::Vec2> lonlat() const;
    double length_m() const { return polyline_length_m(lonlat()); }
    std::optional<double> area_m2() const;   // nullopt with fewer than 3 points

private:
    Mode mode_ = Mode::Off;
    std::vector<geo::Vec2> points_;
};

}  // namespace state
