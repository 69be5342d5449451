#include "print/vector_map.h"

#include <cmath>
#include <numbers>

#include "data/indexed_source.h"
#include "print/typesetter.h"
#include "render/map_style.h"

namespace print {

namespace {

// A ring (closed) or a line (open) as a sub-path, in screen units.
void points_path(cairo_t* cr, const std::vector<geo::Vec2>& points, const render::Camera& camera, bool closed) {
    bool first = true;
    for (const auto& p : points) {
        const geo::Vec2 s = camera.map_to_screen(p);
        if (first) cairo_move_to(cr, s.x, s.y);
        else cairo_line_to(cr, s.x, s.y);
        first = false;
    }
    if (closed) cairo_close_path(cr);
}

void polygons_path(cairo_t* cr, const geo::Geometry& g, const render::Camera& camera) {
    for (const auto& poly : g.polygons) {
        if (poly.outer.size() >= 3) points_path(cr, poly.outer, camera, true);
        for (const auto& h : poly.holes)
            if (h.size() >= 3) points_path(cr, h, camera, true);
    }
}

void lines_path(cairo_t* cr, const geo::Geometry& g, const render::Camera& camera) {
    for (const auto& line : g.lines) points_path(cr, line, camera, false);
}

void set_stroke(cairo_t* cr, const render::FeatureStyle& s, float density) {
    set_source(cr, s.stroke);
    cairo_set_line_width(cr, s.stroke_px * density);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
    const double dash = s.dash_px * density;
    if (dash > 0.0) cairo_set_dash(cr, &dash, 1, 0.0);
    else cairo_set_dash(cr, nullptr, 0, 0.0);
}

// The shader's "under construction" stripes: the fill lightened along lines x + y = const,
// 9 style pixels apart.
void hatch(cairo_t* cr, const geo::Box& bounds, const render::FeatureStyle& s, float density) {
    cairo_save(cr);
    cairo_clip_preserve(cr);
    cairo_new_path(cr);
    const double period = 9.0 * density, h = bounds.height();
    for (double x = std::floor((bounds.min.x - h) / period) * period; x < bounds.max.x + period; x += period) {
        cairo_move_to(cr, x, bounds.max.y);
        cairo_line_to(cr, x + h, bounds.min.y);
    }
    cairo_set_source_rgba(cr, 1, 1, 1, 0.55 * s.fill.a / 255.0);
    cairo_set_line_width(cr, 2.8 * density);
    cairo_set_dash(cr, nullptr, 0, 0.0);
    cairo_stroke(cr);
    cairo_restore(cr);
}

void draw_pins(cairo_t* cr, const geo::Geometry& g, const render::Camera& camera, const render::FeatureStyle& s, float density) {
    const double r = s.point_px * 0.5 * density, ring = 1.6 * density;
    for (const auto& p : g.points) {
        const geo::Vec2 c = camera.map_to_screen(p);
        if (s.shape == render::PointShape::Ring) {
            // As the shader: white ring, a band of the fill colour, a white inner edge, hollow.
            const double band = std::max(2.5 * density, (r - ring) * 0.3);
            const double radii[2][2] = {{r, r - 2 * ring - band}, {r - ring, r - ring - band}};
            for (int pass = 0; pass < 2; ++pass) {
                cairo_new_sub_path(cr);
                cairo_arc(cr, c.x, c.y, radii[pass][0], 0, 2 * std::numbers::pi);
                cairo_new_sub_path(cr);
                cairo_arc_negative(cr, c.x, c.y, std::max(0.0, radii[pass][1]), 2 * std::numbers::pi, 0);
                set_source(cr, pass == 0 ? s.stroke : s.fill);
                cairo_fill(cr);
            }
            continue;
        }
        for (int pass = 0; pass < 2; ++pass) {
            const double radius = pass == 0 ? r : r - ring;
            if (radius <= 0.0) continue;
            if (s.shape == render::PointShape::Diamond) {
                const double d = radius * std::numbers::sqrt2;  // the shader's |x|+|y| ≤ r·√2
                cairo_move_to(cr, c.x, c.y - d);
                cairo_line_to(cr, c.x + d, c.y);
                cairo_line_to(cr, c.x, c.y + d);
                cairo_line_to(cr, c.x - d, c.y);
                cairo_close_path(cr);
            } else {
                cairo_new_sub_path(cr);
                cairo_arc(cr, c.x, c.y, radius, 0, 2 * std::numbers::pi);
            }
            set_source(cr, pass == 0 ? s.stroke : s.fill);
            cairo_fill(cr);
        }
    }
}

}  // namespace

VectorMapStats draw_vector_layers(cairo_t* cr, const data::Catalog& catalog, const LayerStyles& styles,
                                  const render::Camera& camera, float density) {
    VectorMapStats stats;
    geo::Box visible = camera.visible_box();
    const double margin = 40.0 * camera.metres_per_pixel;  // pins and strokes reach past a feature's box
    visible.expand({visible.min.x - margin, visible.min.y - margin});
    visible.expand({visible.max.x + margin, visible.max.y + margin});
    const double min_extent = 0.25 * camera.metres_per_pixel;
    cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD);
    enum Pass { Fills, Strokes, Pins };
    for (size_t li = 0; li < catalog.layers.size(); ++li) {
        const data::MapLayer& ml = catalog.layers[li];
        if (!ml.visible) continue;
        const bool given = li < styles.size() && !styles[li].empty();
        const std::vector<render::FeatureStyle> own = given ? std::vector<render::FeatureStyle>{} : render::style_layer(ml);
        const auto& style = given ? styles[li] : own;
        // A layer read where the view is: the features whose rows are in view, read from its file.
        std::vector<data::Feature> in_view;
        std::vector<size_t> rows_in_view;
        if (ml.layer.rows) {
            std::vector<int64_t> fids;
            for (size_t r = 0; r < ml.layer.rows->size(); ++r) {
                const geo::Box& b = ml.layer.rows->boxes[r];
                if (!b.intersects(visible) || (b.width() < min_extent && b.height() < min_extent)) continue;
                rows_in_view.push_back(r);
                fids.push_back(ml.layer.rows->fids[r]);
            }
            stats.features_culled += ml.layer.rows->size() - fids.size();
            in_view = ml.layer.indexed->read(fids);
        }
        const auto& features = ml.layer.rows ? in_view : ml.layer.features;
        // As the GPU draws a layer: its fills, then its outlines and lines, then its pins.
        for (Pass pass : {Fills, Strokes, Pins}) {
            for (size_t fi = 0; fi < features.size(); ++fi) {
                const size_t row = ml.layer.rows ? rows_in_view[fi] : fi;  // the feature's style
                if (row >= style.size()) break;
                const geo::Geometry& g = features[fi].geometry;
                const render::FeatureStyle& s = style[row];
                const geo::Box b = g.bounds();
                if (b.empty() || !b.intersects(visible) ||
                    (g.kind != geo::GeometryKind::Points && b.width() < min_extent && b.height() < min_extent)) {
                    if (pass == Fills) ++stats.features_culled;
                    continue;
                }
                if (pass == Fills) ++stats.features_drawn;
                const bool stroked = s.stroke.a > 0 && s.stroke_px > 0.0f;
                if (g.kind == geo::GeometryKind::Polygons && pass == Fills && s.fill.a > 0) {
                    polygons_path(cr, g, camera);
                    set_source(cr, s.fill);
                    cairo_fill_preserve(cr);
                    if (s.pattern == render::FillPattern::Hatch) {
                        geo::Box screen;
                        screen.expand(camera.map_to_screen(b.min));
                        screen.expand(camera.map_to_screen(b.max));
                        hatch(cr, screen, s, density);
                    }
                    cairo_new_path(cr);
                } else if (g.kind == geo::GeometryKind::Polygons && pass == Strokes && stroked) {
                    polygons_path(cr, g, camera);
                    set_stroke(cr, s, density);
                    cairo_stroke(cr);
                } else if (g.kind == geo::GeometryKind::Lines && pass == Strokes && stroked) {
                    lines_path(cr, g, camera);
                    set_stroke(cr, s, density);
                    cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
                    cairo_stroke(cr);
                } else if (g.kind == geo::GeometryKind::Points && pass == Pins && s.point_px > 0.0f) {
                    draw_pins(cr, g, camera, s, density);
                }
            }
        }
    }
    cairo_set_dash(cr, nullptr, 0, 0.0);
    return stats;
}

void outline_feature(cairo_t* cr, const geo::Geometry& g, const render::Camera& camera, render::Rgba colour, double width) {
    polygons_path(cr, g, camera);
    set_source(cr, colour);
    cairo_set_line_width(cr, width);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    cairo_set_dash(cr, nullptr, 0, 0.0);
    cairo_stroke(cr);
}

}  // namespace print
