// The view onto the map: which display-CRS point is at the centre of the viewport and how many
// display metres one pixel covers. Screen coordinates have their origin top-left, y down.
#pragma once

#include "geo/geometry.h"

namespace render {

struct Camera {
    geo::Vec2 centre;              // display CRS (EPSG:3857) metres
    double metres_per_pixel = 100.0;
    int width_px = 1;
    int height_px = 1;

    geo::Vec2 map_to_screen(geo::Vec2 m) const {
        return {(m.x - centre.x) / metres_per_pixel + width_px * 0.5,
                height_px * 0.5 - (m.y - centre.y) / metres_per_pixel};
    }
    geo::Vec2 screen_to_map(geo::Vec2 s) const {
        return {centre.x + (s.x - width_px * 0.5) * metres_per_pixel,
                centre.y - (s.y - height_px * 0.5) * metres_per_pixel};
    }
    geo::Box visible_box() const {
        geo::Box b;
        b.expand(screen_to_map({0.0, 0.0}));
        b.expand(screen_to_map({double(width_px), double(height_px)}));
        return b;
    }
    // Shows all of `box` with `padding_px` free on every side.
    void fit(const geo::Box& box, double padding_px = 24.0);
    // Shows all of `box` inside `frame` (screen pixels, a part of the viewport: the map that
    // panels leave visible), centred in it, with `padding_px` free on every side of the frame.
    void fit_within(const geo::Box& box, const geo::Box& frame, double padding_px = 24.0);
    // Scales by `factor` (> 1 zooms in) keeping the map point under `screen_point` fixed.
    void zoom_about(geo::Vec2 screen_point, double factor);
};

}  // namespace render
