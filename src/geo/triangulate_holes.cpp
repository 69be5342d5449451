// Joining holes to the outer ring: each hole, taken left to right, is bridged to the ring
// at the vertex it touches or at a ring vertex visible from its leftmost point. For big
// polygons the ring's links are looked up in a grid (LinkGrid) rather than scanned.
#include "geo/triangulate_internal.h"

#include <algorithm>
#include <cmath>

namespace geo::ear_clipping {
namespace {

// A function object of this file's own, as by_z in triangulate_ears.cpp, so that std::sort
// compares inline.
constexpr auto by_position = [](const HoleVertex& a, const HoleVertex& b) {
    return a.p.x < b.p.x || (a.p.x == b.p.x && a.p.y < b.p.y);
};

}  // namespace

// Calls fn(cell) for every cell that segment ab crosses, each once. Where the segment spans
// columns, each column's rows are padded by one against rounding in the ray cast's crossings.
template <class Fn>
void LinkGrid::cover(Vec2 a, Vec2 b, Fn&& fn) const {
    if (b.x < a.x) std::swap(a, b);
    const int c0 = col(a.x), c1 = col(b.x);
    if (c0 == c1) {
        const int r0 = row(std::min(a.y, b.y)), r1 = row(std::max(a.y, b.y));
        for (int r = r0; r <= r1; ++r) fn(static_cast<size_t>(r * cols + c0));
        return;
    }
    const double slope = (b.y - a.y) / (b.x - a.x);
    for (int c = c0; c <= c1; ++c) {
        const double x0 = std::max(a.x, bounds.min.x + c / cols_per_unit);
        const double x1 = std::min(b.x, bounds.min.x + (c + 1) / cols_per_unit);
        const double y0 = c == c0 ? a.y : a.y + (x0 - a.x) * slope;
        const double y1 = c == c1 ? b.y : a.y + (x1 - a.x) * slope;
        const int r0 = std::max(row(std::min(y0, y1)) - 1, 0), r1 = std::min(row(std::max(y0, y1)) + 1, rows - 1);
        for (int r = r0; r <= r1; ++r) fn(static_cast<size_t>(r * cols + c));
    }
}

// Indexes every link of nodes[0, count), over cells of about two links each. Small rings
// get a single cell, and nothing is stored: the ring is scanned instead.
void LinkGrid::build(const Node* nodes, size_t count) {
    cols = rows = 1;
    cols_per_unit = rows_per_unit = 0;
    if (count <= kLinkGridMinVertices) return;
    bounds = Box{};
    for (size_t i = 0; i < count; ++i) bounds.expand(nodes[i].p);
    const double width = bounds.width(), height = bounds.height();
    if (width > 0 && height > 0 && std::isfinite(width * height)) {
        const double cell_size = std::sqrt(2 * width * height / static_cast<double>(count));
        cols = static_cast<int>(std::clamp(width / cell_size, 1.0, 2048.0));
        rows = static_cast<int>(std::clamp(height / cell_size, 1.0, 2048.0));
    }
    cols_per_unit = cols > 1 ? cols / width : 0;
    rows_per_unit = rows > 1 ? rows / height : 0;
    if (single_cell()) return;
    const size_t cells = static_cast<size_t>(cols) * static_cast<size_t>(rows);
    // Most links lie within one cell: their ends' cells, computed once, settle them.
    node_cells.resize(count);
    for (size_t i = 0; i < count; ++i)
        node_cells[i] = {static_cast<uint16_t>(col(nodes[i].p.x)), static_cast<uint16_t>(row(nodes[i].p.y))};
    // Links that cross the polygon (scribbles, not boundaries) would fill the grid: scan.
    size_t crossed = 0;
    for (size_t i = 0; i < count; ++i) {
        const CellPos from = node_cells[i], to = node_cells[nodes[i].next];
        crossed += static_cast<size_t>(std::abs(from.col - to.col) + std::abs(from.row - to.row));
    }
    if (crossed > 8 * count) {
        cols = rows = 1;
        cols_per_unit = rows_per_unit = 0;
        return;
    }
    const auto cover_link = [&](size_t i, auto&& fn) {
        const CellPos from = node_cells[i], to = node_cells[nodes[i].next];
        if (from.col == to.col && from.row == to.row) return fn(static_cast<size_t>(from.row * cols + from.col));
        cover(nodes[i].p, nodes[nodes[i].next].p, fn);
    };
    cell_start.assign(cells + 1, 0);
    for (size_t i = 0; i < count; ++i) cover_link(i, [&](size_t c) { ++cell_start[c + 1]; });
    for (size_t c = 0; c < cells; ++c) cell_start[c + 1] += cell_start[c];
    built.resize(cell_start[cells]);
    for (size_t i = 0; i < count; ++i) {
        const Link link{static_cast<uint32_t>(i), nodes[i].next};
        cover_link(i, [&](size_t c) { built[cell_start[c]++] = link; });
    }
    for (size_t c = cells; c > 0; --c) cell_start[c] = cell_start[c - 1];  // undo the fill's shift
    cell_start[0] = 0;
    added_head.assign(cells, kNone);
    added.clear();
}

// Indexes a link made after build.
void LinkGrid::add(const Node* nodes, uint32_t from) {
    if (single_cell()) return;
    const Link link{from, nodes[from].next};
    cover(nodes[from].p, nodes[link.to].p, [&](size_t c) {
        added.push_back({link, added_head[c]});
        added_head[c] = static_cast<uint32_t>(added.size() - 1);
    });
}

// Calls fn(link) for the links indexed in a cell, stale ones included, until it returns true.
template <class Fn>
bool LinkGrid::any_in_cell(int c, Fn&& fn) const {
    const auto cell = static_cast<size_t>(c);
    for (uint32_t i = cell_start[cell]; i < cell_start[cell + 1]; ++i)
        if (fn(built[i])) return true;
    for (uint32_t i = added_head[cell]; i != kNone; i = added[i].next)
        if (fn(added[i].link)) return true;
    return false;
}

uint32_t EarClipper::leftmost(uint32_t start) const {
    uint32_t best = start;
    for (uint32_t p = nodes_[start].next; p != start; p = nodes_[p].next) {
        const Vec2 q = nodes_[p].p, b = nodes_[best].p;
        if (q.x < b.x || (q.x == b.x && q.y < b.y)) best = p;
    }
    return best;
}

// Calls fn(link, cell) for the ring's links in the cells that the box lo-hi covers, until fn
// returns true; a link that crosses several cells comes once for each. With a single cell,
// walks the ring instead: small rings are scanned faster than their cells are built.
template <class Fn>
bool EarClipper::any_ring_link(Vec2 lo, Vec2 hi, Fn&& fn) {
    const LinkGrid& grid = t_scratch.links;
    if (grid.single_cell()) {
        uint32_t p = ring_start_;
        do {
            ++stats_.bridge_visits;
            if (fn(Link{p, nodes_[p].next}, 0)) return true;
            p = nodes_[p].next;
        } while (p != ring_start_);
        return false;
    }
    const int col0 = grid.col(lo.x), col1 = grid.col(hi.x), row0 = grid.row(lo.y), row1 = grid.row(hi.y);
    for (int row = row0; row <= row1; ++row) {
        for (int col = col0; col <= col1; ++col) {
            const int cell = row * grid.cols + col;
            const bool found = grid.any_in_cell(cell, [&](Link link) {
                ++stats_.bridge_visits;
                const bool in_ring = nodes_[link.from].next == link.to && nodes_[link.to].prev == link.from &&
                                     nodes_[link.from].joined;
                return in_ring && fn(link, cell);
            });
            if (found) return true;
        }
    }
    return false;
}

// Finds where to join a hole (given by its leftmost node) to the ring; none if the hole is not
// inside it. The ring's links are looked up in t_scratch.links, which holds those of every
// ring: only those from joined nodes count.
//
// A hole that touches the ring at a shared vertex is joined there: otherwise a second pass of
// the ring through that point, with the hole's corner nested inside the ring's, would let ears
// cover the hole. The ring corner whose wedge holds the hole's corner is chosen.
//
// Otherwise a ray cast to the left hits the nearest edge at `hit`; the edge's left end is
// visible unless ring vertices lie in the triangle (hole, hit, end), in which case the one at
// the smallest angle to the ray is. Of coincident copies (bridge ends), only the one whose
// wedge faces the hole qualifies.
Bridge EarClipper::find_bridge(uint32_t hole) {
    const LinkGrid& grid = t_scratch.links;

    // Ring corners at a hole vertex: those in the cells that the hole's box covers.
    auto& hole_vertices = t_scratch.hole_vertices;
    hole_vertices.clear();
    Box hole_box;
    uint32_t h = hole;
    do {
        hole_vertices.push_back({nodes_[h].p, h});
        hole_box.expand(nodes_[h].p);
        h = nodes_[h].next;
    } while (h != hole);
    std::sort(hole_vertices.begin(), hole_vertices.end(), by_position);
    Bridge touching;
    const auto touches = [&](Link link, int cell) {
        const Vec2 a = nodes_[link.from].p;
        if (!hole_box.contains(a) || grid.cell(a) != cell) return false;
        auto it = std::lower_bound(hole_vertices.begin(), hole_vertices.end(), HoleVertex{a, 0}, by_position);
        for (; it != hole_vertices.end() && it->p == a; ++it) {
            const Node& corner = nodes_[it->node];
            if (locally_inside(link.from, nodes_[corner.next].p) && locally_inside(link.from, nodes_[corner.prev].p)) {
                touching = {link.from, it->node};
                return true;
            }
        }
        return false;
    };
    if (any_ring_link(hole_box.min, hole_box.max, touches)) return touching;

    // The ray: the cells of m's row left of m. A link is counted in the cell where it crosses.
    const Vec2 m = nodes_[hole].p;
    bool inside = false;
    double hit_x = -kInf;
    uint32_t edge = kNone;
    any_ring_link({-kInf, m.y}, m, [&](Link link, int cell) {
        const Vec2 a = nodes_[link.from].p, b = nodes_[link.to].p;
        if ((a.y > m.y) == (b.y > m.y)) return false;
        const double x = a.x + (m.y - a.y) / (b.y - a.y) * (b.x - a.x);
        if (x > m.x || grid.cell({std::clamp(x, std::min(a.x, b.x), std::max(a.x, b.x)), m.y}) != cell) return false;
        inside = !inside;
        if (x > hit_x || (x == hit_x && link.from < edge)) {
            hit_x = x;
            edge = link.from;
        }
        return false;
    });
    if (!inside || edge == kNone) return {};

    const uint32_t edge_end = nodes_[edge].next;
    uint32_t best = nodes_[edge].p.x < nodes_[edge_end].p.x ? edge : edge_end;
    const Vec2 hit{hit_x, m.y}, end = nodes_[best].p;
    double best_slope = kInf;
    const Vec2 lo{std::min(end.x, hit_x), std::min(m.y, end.y)}, hi{m.x, std::max(m.y, end.y)};
    any_ring_link(lo, hi, [&](Link link, int cell) {
        const uint32_t p = link.from;
        const Vec2 q = nodes_[p].p;
        if (grid.cell(q) != cell) return false;  // seen, or to be seen, in its own cell
        if (q.x < m.x && in_triangle_any_orientation(m, hit, end, q) && locally_inside(p, m)) {
            const double slope = std::abs(m.y - q.y) / (m.x - q.x);
            if (slope < best_slope || (slope == best_slope && q.x > nodes_[best].p.x)) {
                best = p;
                best_slope = slope;
            }
        }
        return false;
    });
    return {best, hole};
}

// Joins every hole in t_scratch.holes (given by their leftmost nodes) to the outer ring.
void EarClipper::join_holes(uint32_t outer) {
    ring_start_ = outer;
    auto& holes = t_scratch.holes;
    // Left to right, so a hole's leftward ray can only meet holes that are already bridged.
    std::sort(holes.begin(), holes.end(), [&](uint32_t a, uint32_t b) {
        const Vec2 pa = nodes_[a].p, pb = nodes_[b].p;
        return pa.x < pb.x || (pa.x == pb.x && pa.y < pb.y);
    });
    LinkGrid& grid = t_scratch.links;
    grid.build(nodes_, storage_.size());
    for (const uint32_t hole : holes) {
        const Bridge bridge = find_bridge(hole);
        if (bridge.ring == kNone) {
            warn("hole outside the outer ring skipped");
            continue;
        }
        uint32_t h = hole;
        do {
            nodes_[h].joined = true;
            h = nodes_[h].next;
        } while (h != hole);
        const uint32_t hole_prev = nodes_[bridge.hole].prev;
        const uint32_t hole_copy = connect(bridge.ring, bridge.hole), ring_copy = nodes_[hole_copy].next;
        if (nodes_[bridge.ring].p == nodes_[bridge.hole].p) {
            // Joined at a shared vertex: drop the zero-length edges so that each pass of the ring
            // through that point is one corner, whose wedge a later touching hole can be fit into.
            unlink(ring_copy);
            unlink(bridge.hole);
            for (const uint32_t from : {bridge.ring, hole_copy, hole_prev}) grid.add(nodes_, from);
        } else {
            for (const uint32_t from : {bridge.ring, ring_copy, hole_copy, hole_prev}) grid.add(nodes_, from);
        }
    }
}

}  // namespace geo::ear_clipping
