#include "ui/painter.h"

#include <algorithm>
#include <cmath>

namespace ui {

void draw_line(Painter& p, geo::Vec2 a, geo::Vec2 b, render::Rgba colour, float width) {
    const geo::Vec2 pts[2] = {a, b};
    p.polyline(pts, colour, width);
}

void draw_hatch(Painter& p, geo::Vec2 min, geo::Vec2 max, render::Rgba colour, float spacing, float thickness) {
    p.push_clip(min, max);
    const double h = max.y - min.y;
    for (double x = min.x - h; x < max.x; x += spacing) draw_line(p, {x, max.y}, {x + h, min.y}, colour, thickness);
    p.pop_clip();
}

void draw_dashed_rect(Painter& p, geo::Vec2 min, geo::Vec2 max, render::Rgba colour, float dash, float thickness) {
    const geo::Vec2 corners[5] = {min, {max.x, min.y}, max, {min.x, max.y}, min};
    for (int side = 0; side < 4; ++side) {
        const geo::Vec2 a = corners[side], b = corners[side + 1];
        const double len = std::hypot(b.x - a.x, b.y - a.y);
        for (double t = 0; t < len; t += 2 * dash) {
            const double t1 = std::min(len, t + dash);
            draw_line(p, {a.x + (b.x - a.x) * t / len, a.y + (b.y - a.y) * t / len},
                      {a.x + (b.x - a.x) * t1 / len, a.y + (b.y - a.y) * t1 / len}, colour, thickness);
        }
    }
}

void draw_chevron(Painter& p, geo::Vec2 c, float s, float dir_y, render::Rgba colour) {
    const geo::Vec2 pts[3] = {{c.x - 0.32 * s, c.y - dir_y * 0.18 * s}, {c.x, c.y + dir_y * 0.18 * s},
                              {c.x + 0.32 * s, c.y - dir_y * 0.18 * s}};
    p.polyline(pts, colour, std::max(1.5f, s * 0.11f));
}

}  // namespace ui
