// The validity check: a linear star test per ring, then, only where it cannot decide, edge
// pairs (all of them for small polygons, those sharing a grid cell for big ones), then where
// each hole lies. See polygon_validity.h.
#include "geo/polygon_validity.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace geo {

const char* to_string(PolygonProblem problem) {
    switch (problem) {
        case PolygonProblem::None: return "valid";
        case PolygonProblem::NonFinite: return "non-finite coordinates";
        case PolygonProblem::ZeroArea: return "ring with zero area";
        case PolygonProblem::SelfIntersection: return "self-intersection";
        case PolygonProblem::RingsCross: return "rings cross";
        case PolygonProblem::HoleOutside: return "hole outside the outer ring";
        case PolygonProblem::NestedHoles: return "hole inside another hole";
    }
    return "?";
}

namespace {

// Up to this many edges in all, edge pairs are tested all against all; beyond, through a grid.
constexpr size_t kBruteForceEdges = 64;
// Up to this many edges, a point is located against a ring by visiting every edge.
constexpr size_t kPlainPointTestEdges = 64;
// A ring counts as lying on one line when no vertex is further from it than this fraction of
// the ring's length (1e-10: a tenth of a micrometre over a kilometre).
constexpr double kCollinearTolerance = 1e-10;

inline double orient(Vec2 a, Vec2 b, Vec2 c) { return cross(b - a, c - a); }
inline double dot(Vec2 a, Vec2 b) { return a.x * b.x + a.y * b.y; }
inline bool finite(Vec2 p) { return std::isfinite(p.x) && std::isfinite(p.y); }

struct Edge {
    Vec2 a, b;
    double xmin, xmax, ymin, ymax;
    uint32_t ring;   // 0 the outer ring, 1 + i hole i
    uint32_t index;  // in its ring
};

inline bool boxes_meet(const Edge& e, const Edge& f) {
    return e.xmin <= f.xmax && f.xmin <= e.xmax && e.ymin <= f.ymax && f.ymin <= e.ymax;
}

// An edge entered in a cell of the grid.
struct GridEntry {
    uint32_t row, col, edge;
};

struct RingSpan {
    uint32_t first = 0, count = 0;  // its edges in Scratch::edges
    Box box;
    bool simple = false;  // proved simple by the star test: pairs of its own edges need no test
    // No edge of the outer ring reaches into this hole's box: the hole lies wholly inside or
    // wholly outside, and one of its points tells which. Known for small polygons only.
    bool clear_of_outline = false;
};

struct Scratch {
    std::vector<Vec2> points;
    std::vector<Edge> edges;
    std::vector<RingSpan> rings;
    std::vector<GridEntry> entries, sorted_entries;
    std::vector<uint32_t> row_start;  // the grid's entries, sorted by row
    std::vector<uint32_t> strip_start, strip_edges;
    std::vector<uint32_t> cursor;  // where each row or strip starts, or is being filled
    std::vector<uint32_t> hole_order;
};

thread_local Scratch t_scratch;
thread_local detail::ValidityStats t_stats;

// ---- one ring on its own ----

enum class Star { Simple, Unknown, NonFinite };

// Whether the ring is star-shaped around `centre`: seen from there every edge turns the same
// way, strictly, and the ring goes round exactly once (it crosses the horizontal line through
// the centre twice). Each ray from the centre then meets the ring once, so the ring is simple.
// Repeated points and a closing point are skipped.
bool star_around(const Ring& ring, Vec2 centre) {
    const size_t n = ring.size();
    int crossings = 0, turning = 0;  // turning: +1 counter-clockwise, -1 clockwise, 0 not known yet
    size_t last = n - 1;
    Vec2 prev = ring[last] - centre;
    for (size_t i = 0; i < n; ++i) {
        if (ring[i] == ring[last]) continue;  // a repeated point (or the closing one)
        const Vec2 cur = ring[i] - centre;
        const double turn = cross(prev, cur);
        if (turn > 0) {
            if (turning < 0) return false;
            turning = 1;
        } else if (turn < 0) {
            if (turning > 0) return false;
            turning = -1;
        } else {
            return false;  // through the centre, or NaN
        }
        crossings += (prev.y < 0) != (cur.y < 0);
        prev = cur;
        last = i;
    }
    return crossings == 2;
}

// Whether the ring is star-shaped (so simple), in linear time and without a copy: around the
// middle of its first vertex and the one halfway round (inside any convex ring, and a parcel's:
// one pass), else around its centroid (two more).
Star star_test(const Ring& ring) {
    const size_t n = ring.size();
    if (n < 3) {
        for (const Vec2& p : ring)
            if (!finite(p)) return Star::NonFinite;
        return Star::Unknown;
    }
    const Vec2 o = ring[0];
    if (star_around(ring, (o + ring[n / 2]) * 0.5)) return Star::Simple;
    double twice_area = 0, cx = 0, cy = 0;  // relative to o, to limit cancellation
    for (size_t i = 1; i + 1 < n; ++i) {
        const Vec2 p = ring[i] - o, q = ring[i + 1] - o;
        const double c = cross(p, q);
        twice_area += c;
        cx += (p.x + q.x) * c;
        cy += (p.y + q.y) * c;
    }
    if (!std::isfinite(twice_area) || !std::isfinite(cx) || !std::isfinite(cy)) {
        for (const Vec2& p : ring)
            if (!finite(p)) return Star::NonFinite;
        return Star::Unknown;
    }
    if (twice_area == 0) return Star::Unknown;
    return star_around(ring, {o.x + cx / (3 * twice_area), o.y + cy / (3 * twice_area)}) ? Star::Simple : Star::Unknown;
}

// Whether the points lie on one line, to within kCollinearTolerance of its length.
bool collinear(const std::vector<Vec2>& pts) {
    const Vec2 o = pts[0];
    size_t far = 0;
    double best = 0;
    for (size_t i = 1; i < pts.size(); ++i) {
        const Vec2 d = pts[i] - o;
        const double l = dot(d, d);
        if (l > best) best = l, far = i;
    }
    if (best == 0) return true;
    const Vec2 d = pts[far] - o;
    const double tolerance = kCollinearTolerance * best;  // |cross| = distance * |d|
    for (const Vec2& p : pts)
        if (std::abs(cross(d, p - o)) > tolerance) return false;
    return true;
}

// ---- pairs of edges ----

enum class Contact { None, Touch, Cross, Overlap };

// How segments p1-p2 and q1-q2 (neither of zero length) meet: not at all, at one point where
// one ends or touches the other, crossing properly, or along a stretch (collinear).
Contact contact(Vec2 p1, Vec2 p2, Vec2 q1, Vec2 q2) {
    const double d1 = orient(q1, q2, p1), d2 = orient(q1, q2, p2);
    if ((d1 > 0 && d2 > 0) || (d1 < 0 && d2 < 0)) return Contact::None;
    const double d3 = orient(p1, p2, q1), d4 = orient(p1, p2, q2);
    if ((d3 > 0 && d4 > 0) || (d3 < 0 && d4 < 0)) return Contact::None;
    if ((d1 == 0 && d2 == 0) || (d3 == 0 && d4 == 0)) {  // on one line: compare along it
        const bool along_x =
            std::abs(p2.x - p1.x) + std::abs(q2.x - q1.x) >= std::abs(p2.y - p1.y) + std::abs(q2.y - q1.y);
        double a0 = along_x ? p1.x : p1.y, a1 = along_x ? p2.x : p2.y;
        double b0 = along_x ? q1.x : q1.y, b1 = along_x ? q2.x : q2.y;
        if (a0 > a1) std::swap(a0, a1);
        if (b0 > b1) std::swap(b0, b1);
        const double lo = std::max(a0, b0), hi = std::min(a1, b1);
        return hi > lo ? Contact::Overlap : hi == lo ? Contact::Touch : Contact::None;
    }
    if (d1 != 0 && d2 != 0 && d3 != 0 && d4 != 0) return Contact::Cross;
    return Contact::Touch;
}

// What two edges whose boxes meet say about the polygon: None when they may meet as they do.
PolygonValidity judge(const Edge& e, const Edge& f, const std::vector<RingSpan>& rings) {
    if (e.ring == f.ring) {
        const uint32_t m = rings[e.ring].count;
        const Edge* first = nullptr;
        const Edge* second = nullptr;
        if ((e.index + 1) % m == f.index) first = &e, second = &f;
        else if ((f.index + 1) % m == e.index) first = &f, second = &e;
        if (!first) {
            if (contact(e.a, e.b, f.a, f.b) == Contact::None) return {};
            return {PolygonProblem::SelfIntersection, static_cast<int>(e.ring)};
        }
        // Edges a-b and b-c meet at b only, unless c turns straight back along a-b.
        const Vec2 a = first->a, b = first->b, c = second->b;
        if (orient(a, b, c) == 0 && dot(a - b, c - b) > 0) return {PolygonProblem::SelfIntersection, static_cast<int>(e.ring)};
        return {};
    }
    const Contact c = contact(e.a, e.b, f.a, f.b);
    if (c == Contact::Cross || c == Contact::Overlap)
        return {PolygonProblem::RingsCross, static_cast<int>(std::max(e.ring, f.ring))};
    return {};  // rings may touch at a point
}

// Whether the pair needs a look: edges of one ring proved simple never meet wrongly.
inline bool worth_testing(const Edge& e, const Edge& f, const std::vector<RingSpan>& rings) {
    return !(e.ring == f.ring && rings[e.ring].simple);
}

PolygonValidity pairs_all_against_all(Scratch& s) {
    const auto& edges = s.edges;
    auto& rings = s.rings;
    for (size_t r = 0; r < rings.size(); ++r) {
        const uint32_t r_end = rings[r].first + rings[r].count;
        for (size_t q = r; q < rings.size(); ++q) {
            const uint32_t q_end = rings[q].first + rings[q].count;
            if (r == q) {
                if (rings[r].simple) continue;
                for (uint32_t i = rings[r].first; i < r_end; ++i) {
                    for (uint32_t j = i + 1; j < r_end; ++j) {
                        ++t_stats.edge_pairs;
                        if (!boxes_meet(edges[i], edges[j])) continue;
                        if (auto v = judge(edges[i], edges[j], rings); !v.valid()) return v;
                    }
                }
                continue;
            }
            if (!rings[r].box.intersects(rings[q].box)) continue;
            // Only the edges of r that reach into q's box can meet q (a hole in the middle of a
            // parcel: none of the outline's).
            const Box& qb = rings[q].box;
            for (uint32_t i = rings[r].first; i < r_end; ++i) {
                const Edge& e = edges[i];
                ++t_stats.edge_pairs;
                if (e.xmin > qb.max.x || e.xmax < qb.min.x || e.ymin > qb.max.y || e.ymax < qb.min.y) continue;
                if (r == 0) rings[q].clear_of_outline = false;
                for (uint32_t j = rings[q].first; j < q_end; ++j) {
                    ++t_stats.edge_pairs;
                    if (!boxes_meet(e, edges[j])) continue;
                    if (auto v = judge(e, edges[j], rings); !v.valid()) return v;
                }
            }
        }
    }
    return {};
}

// A grid of square cells about twice the mean edge length, kept sparse (its entries sorted by
// row, then column): each edge is entered in the cells its segment passes through, row by row,
// and only edges sharing a cell are tested. The entries number about 1.5 per edge plus the rows
// edges cross, and a cell holds a few edges where edge lengths are even, so the work is about
// linear rather than quadratic.
PolygonValidity pairs_through_grid(Scratch& s) {
    const auto& edges = s.edges;
    Box box;
    for (const auto& r : s.rings) box.merge(r.box);
    double perimeter = 0;
    for (const Edge& e : edges) perimeter += std::sqrt(dot(e.b - e.a, e.b - e.a));
    const double size = 2 * perimeter / double(edges.size());
    if (!(size > 0) || !std::isfinite(size)) return pairs_all_against_all(s);
    const double cols = std::floor(box.width() / size) + 1, rows = std::floor(box.height() / size) + 1;
    // A ring's width and height are at most half its perimeter: at most n / 4 + 1 rows and columns.
    if (!(rows < 4e9 && cols < 4e9)) return pairs_all_against_all(s);
    const auto ncols = static_cast<uint32_t>(cols), nrows = static_cast<uint32_t>(rows);
    auto cell = [&](double v, double min, uint32_t count) {
        return std::min<uint32_t>(count - 1, static_cast<uint32_t>(std::max(0.0, (v - min) / size)));
    };
    auto col = [&](double x) { return cell(x, box.min.x, ncols); };
    auto row = [&](double y) { return cell(y, box.min.y, nrows); };

    // Rows and columns are widened by far more than rounding, so that two edges meeting at a
    // point are both entered in the cell of that point.
    const double slack = 1e-9 * std::max(box.width(), box.height());
    auto& entries = s.entries;
    entries.clear();
    for (uint32_t k = 0; k < edges.size(); ++k) {
        const Edge& e = edges[k];
        const uint32_t r0 = row(e.ymin), r1 = row(e.ymax);
        for (uint32_t r = r0; r <= r1; ++r) {
            uint32_t c0 = col(e.xmin), c1 = col(e.xmax);
            if (r0 != r1 && e.a.y != e.b.y) {  // only the stretch of the edge inside this row
                const double y_lo = std::max(e.ymin, box.min.y + double(r) * size - slack);
                const double y_hi = std::min(e.ymax, box.min.y + double(r + 1) * size + slack);
                const double slope = (e.b.x - e.a.x) / (e.b.y - e.a.y);
                const double x0 = e.a.x + (y_lo - e.a.y) * slope, x1 = e.a.x + (y_hi - e.a.y) * slope;
                c0 = std::max(c0, col(std::min(x0, x1) - slack));
                c1 = std::min(c1, col(std::max(x0, x1) + slack));
            }
            for (uint32_t c = c0; c <= c1; ++c) entries.push_back({r, c, k});
        }
    }
    // By row (counting sort: there are at most about n / 4 rows, the ring's height being at
    // most half its perimeter), then by column within each row.
    auto& start = s.row_start;
    start.assign(nrows + 1, 0);
    for (const auto& entry : entries) ++start[entry.row + 1];
    for (uint32_t r = 0; r < nrows; ++r) start[r + 1] += start[r];
    auto& sorted = s.sorted_entries;
    sorted.resize(entries.size());
    s.cursor.assign(start.begin(), start.end() - 1);
    for (const auto& entry : entries) sorted[s.cursor[entry.row]++] = entry;
    for (uint32_t r = 0; r < nrows; ++r)
        std::sort(sorted.begin() + start[r], sorted.begin() + start[r + 1],
                  [](const GridEntry& a, const GridEntry& b) { return a.col < b.col; });
    for (size_t begin = 0, end = 0; begin < sorted.size(); begin = end) {
        while (end < sorted.size() && sorted[end].row == sorted[begin].row && sorted[end].col == sorted[begin].col) ++end;
        ++t_stats.grid_cells;
        for (size_t i = begin; i < end; ++i) {
            const Edge& e = edges[sorted[i].edge];
            for (size_t j = i + 1; j < end; ++j) {
                const Edge& f = edges[sorted[j].edge];
                if (!worth_testing(e, f, s.rings)) continue;
                ++t_stats.edge_pairs;
                if (!boxes_meet(e, f)) continue;
                if (auto v = judge(e, f, s.rings); !v.valid()) return v;
            }
        }
    }
    return {};
}

// ---- where a point lies ----

enum class Where { Inside, Outside, Boundary };

inline bool on_segment(Vec2 a, Vec2 b, Vec2 p) {
    return orient(a, b, p) == 0 && std::min(a.x, b.x) <= p.x && p.x <= std::max(a.x, b.x) && std::min(a.y, b.y) <= p.y &&
           p.y <= std::max(a.y, b.y);
}

// One edge's part in locating p: updates the crossing parity; true when p lies on the edge.
inline bool visit(const Edge& e, Vec2 p, bool& inside) {
    ++t_stats.point_tests;
    if (p.y < e.ymin || p.y > e.ymax) return false;
    if (on_segment(e.a, e.b, p)) return true;
    // Crossings of the ray from p towards +x, half-open in y.
    if (e.a.y <= p.y && p.y < e.b.y) {
        if (orient(e.a, e.b, p) > 0) inside = !inside;
    } else if (e.b.y <= p.y && p.y < e.a.y) {
        if (orient(e.a, e.b, p) < 0) inside = !inside;
    }
    return false;
}

// A ring's edges by horizontal strips, for locating many points against a big ring.
class Locator {
public:
    Locator(Scratch& s, const RingSpan& ring) : s_(s), ring_(ring) {
        if (ring.count <= kPlainPointTestEdges) return;
        strips_ = std::max<size_t>(1, ring.count / 4);
        height_ = ring.box.height() > 0 ? ring.box.height() / double(strips_) : 1.0;
        auto& start = s.strip_start;
        auto& items = s.strip_edges;
        start.assign(strips_ + 1, 0);
        for (uint32_t k = ring.first; k < ring.first + ring.count; ++k)
            for (size_t r = strip(s.edges[k].ymin); r <= strip(s.edges[k].ymax); ++r) ++start[r + 1];
        for (size_t r = 0; r < strips_; ++r) start[r + 1] += start[r];
        items.resize(start[strips_]);
        s.cursor.assign(start.begin(), start.end() - 1);
        for (uint32_t k = ring.first; k < ring.first + ring.count; ++k)
            for (size_t r = strip(s.edges[k].ymin); r <= strip(s.edges[k].ymax); ++r) items[s.cursor[r]++] = k;
    }

    Where locate(Vec2 p) const {
        if (!ring_.box.contains(p)) return Where::Outside;
        bool inside = false;
        if (strips_ == 0) {
            for (uint32_t k = ring_.first; k < ring_.first + ring_.count; ++k)
                if (visit(s_.edges[k], p, inside)) return Where::Boundary;
        } else {
            const size_t r = strip(p.y);
            for (uint32_t i = s_.strip_start[r]; i < s_.strip_start[r + 1]; ++i)
                if (visit(s_.edges[s_.strip_edges[i]], p, inside)) return Where::Boundary;
        }
        return inside ? Where::Inside : Where::Outside;
    }

private:
    size_t strip(double y) const {
        return std::min(strips_ - 1, static_cast<size_t>(std::max(0.0, (y - ring_.box.min.y) / height_)));
    }
    const Scratch& s_;
    const RingSpan& ring_;
    size_t strips_ = 0;  // 0: every edge is visited
    double height_ = 1.0;
};

// Where ring `r` lies against the ring `loc` was built on, given that the two do not cross: by
// its first vertex off the other's boundary (then by the middles of its edges).
Where side_of(const Scratch& s, const RingSpan& r, const Locator& loc) {
    for (uint32_t k = r.first; k < r.first + r.count; ++k)
        if (const Where w = loc.locate(s.edges[k].a); w != Where::Boundary) return w;
    for (uint32_t k = r.first; k < r.first + r.count; ++k)
        if (const Where w = loc.locate((s.edges[k].a + s.edges[k].b) * 0.5); w != Where::Boundary) return w;
    return Where::Inside;  // along the other ring all the way: crossing tests said otherwise
}

// Every hole inside the outer ring (all its vertices: a hole that crosses the outer ring
// through a shared vertex has some outside), and none inside another.
PolygonValidity holes_placed(Scratch& s) {
    const auto& rings = s.rings;
    if (rings.size() < 2) return {};
    {
        const Locator outer(s, rings[0]);
        for (uint32_t h = 1; h < rings.size(); ++h) {
            const RingSpan& hole = rings[h];
            const PolygonValidity outside{PolygonProblem::HoleOutside, static_cast<int>(h)};
            if (hole.clear_of_outline) {
                if (outer.locate(s.edges[hole.first].a) != Where::Inside) return outside;
                continue;
            }
            bool any_inside = false;
            for (uint32_t k = hole.first; k < hole.first + hole.count; ++k) {
                const Where w = outer.locate(s.edges[k].a);
                if (w == Where::Outside) return outside;
                any_inside |= w == Where::Inside;
            }
            if (!any_inside && side_of(s, hole, outer) == Where::Outside) return outside;
        }
    }
    // Holes inside holes: candidates are pairs whose boxes nest, found by a sweep over x.
    auto& order = s.hole_order;
    order.clear();
    for (uint32_t h = 1; h < rings.size(); ++h) order.push_back(h);
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return rings[a].box.min.x < rings[b].box.min.x; });
    auto within = [](const Box& in, const Box& out) {
        return out.min.x <= in.min.x && in.max.x <= out.max.x && out.min.y <= in.min.y && in.max.y <= out.max.y;
    };
    for (size_t i = 0; i < order.size(); ++i) {
        const RingSpan& a = rings[order[i]];
        for (size_t j = i + 1; j < order.size() && rings[order[j]].box.min.x <= a.box.max.x; ++j) {
            const RingSpan& b = rings[order[j]];
            if (within(b.box, a.box) && side_of(s, b, Locator(s, a)) == Where::Inside)
                return {PolygonProblem::NestedHoles, static_cast<int>(std::max(order[i], order[j]))};
            if (within(a.box, b.box) && side_of(s, a, Locator(s, b)) == Where::Inside)
                return {PolygonProblem::NestedHoles, static_cast<int>(std::max(order[i], order[j]))};
        }
    }
    return {};
}

}  // namespace

PolygonValidity check_polygon(const Polygon& polygon) {
    t_stats = {};
    Scratch& s = t_scratch;
    const size_t ring_count = 1 + polygon.holes.size();
    auto ring_at = [&](size_t r) -> const Ring& { return r == 0 ? polygon.outer : polygon.holes[r - 1]; };

    // Most polygons stop here: one ring, star-shaped.
    bool all_simple = true;
    s.rings.assign(ring_count, RingSpan{});
    for (size_t r = 0; r < ring_count; ++r) {
        const Star star = star_test(ring_at(r));
        if (star == Star::NonFinite) return {PolygonProblem::NonFinite, static_cast<int>(r)};
        s.rings[r].simple = star == Star::Simple;
        all_simple &= s.rings[r].simple;
        t_stats.star_rings += s.rings[r].simple;
    }
    if (all_simple && ring_count == 1) return {};

    // Every ring's edges, repeated points dropped; rings with nothing inside stop here.
    s.edges.clear();
    for (size_t r = 0; r < ring_count; ++r) {
        const Ring& ring = ring_at(r);
        auto& pts = s.points;
        pts.clear();
        for (const Vec2& p : ring) {
            if (!finite(p)) return {PolygonProblem::NonFinite, static_cast<int>(r)};
            if (pts.empty() || !(pts.back() == p)) pts.push_back(p);
        }
        while (pts.size() > 1 && pts.back() == pts.front()) pts.pop_back();
        if (pts.size() < 3 || (!s.rings[r].simple && collinear(pts))) return {PolygonProblem::ZeroArea, static_cast<int>(r)};
        RingSpan& span = s.rings[r];
        span.first = static_cast<uint32_t>(s.edges.size());
        span.count = static_cast<uint32_t>(pts.size());
        for (size_t i = 0; i < pts.size(); ++i) {
            const Vec2 a = pts[i], b = pts[i + 1 == pts.size() ? 0 : i + 1];
            s.edges.push_back({a, b, std::min(a.x, b.x), std::max(a.x, b.x), std::min(a.y, b.y), std::max(a.y, b.y),
                               static_cast<uint32_t>(r), static_cast<uint32_t>(i)});
            span.box.expand(a);
        }
    }

    const bool small = s.edges.size() <= kBruteForceEdges;
    for (size_t r = 1; r < ring_count; ++r) s.rings[r].clear_of_outline = small;  // until an edge says otherwise
    const PolygonValidity crossing = small ? pairs_all_against_all(s) : pairs_through_grid(s);
    if (!crossing.valid()) return crossing;
    return holes_placed(s);
}

detail::ValidityStats detail::last_validity_stats() { return t_stats; }

}  // namespace geo
