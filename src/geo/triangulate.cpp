// Ear clipping on a doubly-linked ring of nodes.
//
// Each hole is joined to the outer ring by a two-way bridge (or at the vertex where it touches
// the ring), leaving one weakly simple ring (outer CCW, holes CW), from which ears are clipped.
// For big polygons the ring's links are kept in a grid while holes are joined, so that each
// hole looks at the ring near it rather than at all of it.
// Only a reflex corner inside an ear can block it, so reflex corners are kept in a compact
// array: scanned whole for small rings, and sorted by Morton (z-order) code for big ones so that
// an ear test only visits the corners whose codes fall between those of the ear's bounding box.
// Clipping only ever sharpens corners, so the array only loses members while a ring is clipped.
// Big rings are clipped from a queue of candidate ears rather than in laps round the ring: a
// lap passes every corner that cannot be clipped yet (all of a hole's, ears blocked by one),
// and it takes a lap for a clip to reach into a concave stretch by one corner.
//
// Input that stalls the clipper gets progressively more invasive repairs, under a work budget,
// so that every input terminates quickly.
#include "geo/triangulate.h"

#include "geo/morton.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace geo {
namespace {

constexpr uint32_t kNone = std::numeric_limits<uint32_t>::max();
constexpr double kInf = std::numeric_limits<double>::infinity();
// Up to this many vertices, scanning every reflex corner beats sorting them by z-order.
constexpr size_t kZOrderMinVertices = 80;
// Up to this many, laps round the ring (at most quadratic) beat keeping a queue of candidates.
constexpr size_t kQueueMinVertices = 64;
// Up to this many, joining holes scans all links rather than building a grid of them.
constexpr size_t kLinkGridMinVertices = 64;

struct Node {
    Vec2 p;
    uint32_t vertex;  // index into Triangulation::vertices
    uint32_t prev, next;
    bool reflex = false;  // reflex or flat corner
    bool joined = false;  // part of the outer ring, holes joined so far included
};

// Position copied from the node so that scans stay within one array. The entry is stale once
// its node is no longer reflex.
struct ReflexCorner {
    uint32_t z;  // z-order code; 0 when the ring is small and the array unsorted
    uint32_t node;
    Vec2 p;
};

bool by_z(const ReflexCorner& a, const ReflexCorner& b) { return a.z < b.z; }

struct HoleVertex {
    Vec2 p;
    uint32_t node;
};

bool by_position(const HoleVertex& a, const HoleVertex& b) {
    return a.p.x < b.p.x || (a.p.x == b.p.x && a.p.y < b.p.y);
}

// The link from one node to the next, i.e. an edge of a ring.
struct Link {
    uint32_t from, to;
};

// Links by the grid cells their segments cross, so that joining a hole looks at the ring near
// it rather than at all of it (the ring grows with each hole: scans would cost n per hole).
// Links are never edited in place: relinking adds a new entry, and an entry stands only while
// its two nodes are still linked.
struct LinkGrid {
    Box bounds;
    int cols = 1, rows = 1;
    double cols_per_unit = 0, rows_per_unit = 0;
    struct CellPos {
        uint16_t col, row;
    };
    std::vector<CellPos> node_cells;  // scratch for build
    std::vector<uint32_t> cell_start;  // links at build: cell c's are built[cell_start[c] ..]
    std::vector<Link> built;
    std::vector<uint32_t> added_head;  // links added later, one list per cell
    struct Added {
        Link link;
        uint32_t next;
    };
    std::vector<Added> added;

    static int index(double v, double lo, double per_unit, int size) {
        const double i = (v - lo) * per_unit;
        return i >= 0 ? static_cast<int>(std::min(i, size - 1.0)) : 0;  // NaN goes to 0 too
    }
    int col(double x) const { return index(x, bounds.min.x, cols_per_unit, cols); }
    int row(double y) const { return index(y, bounds.min.y, rows_per_unit, rows); }
    int cell(Vec2 p) const { return row(p.y) * cols + col(p.x); }

    // Calls fn(cell) for every cell that segment ab crosses, each once. Where the segment spans
    // columns, each column's rows are padded by one against rounding in the ray cast's crossings.
    template <class Fn>
    void cover(Vec2 a, Vec2 b, Fn&& fn) const {
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

    bool single_cell() const { return cols == 1 && rows == 1; }

    // Indexes every link of nodes[0, count), over cells of about two links each. Small rings
    // get a single cell, and nothing is stored: the ring is scanned instead.
    void build(const Node* nodes, size_t count) {
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
    void add(const Node* nodes, uint32_t from) {
        if (single_cell()) return;
        const Link link{from, nodes[from].next};
        cover(nodes[from].p, nodes[link.to].p, [&](size_t c) {
            added.push_back({link, added_head[c]});
            added_head[c] = static_cast<uint32_t>(added.size() - 1);
        });
    }

    // Calls fn(link) for the links indexed in a cell, stale ones included, until it returns true.
    template <class Fn>
    bool any_in_cell(int c, Fn&& fn) const {
        const auto cell = static_cast<size_t>(c);
        for (uint32_t i = cell_start[cell]; i < cell_start[cell + 1]; ++i)
            if (fn(built[i])) return true;
        for (uint32_t i = added_head[cell]; i != kNone; i = added[i].next)
            if (fn(added[i].link)) return true;
        return false;
    }
};

// Where a hole joins the ring: the two nodes that get connected.
struct Bridge {
    uint32_t ring = kNone;
    uint32_t hole = kNone;
};

struct Ear {
    Vec2 a, b, c;  // counter-clockwise; b is the tip
    Vec2 lo, hi;   // bounding box
};

struct Task {
    uint32_t ring;  // any node of the ring
    int stage;      // repairs already tried, see EarClipper::clip
};

// Per node, while its ring is clipped.
struct ClipState {
    uint32_t queue_prev = kNone, queue_next = kNone;  // in the queue of candidate ears
    uint32_t blocker = kNone;  // reflex corner last found inside its ear
    uint32_t waiters = kNone;  // first of the nodes whose ears it blocks, into Scratch::waiters
    bool queued = false;
};

// Singly linked lists of the nodes whose ears a reflex corner blocks. An entry is stale once
// its node's blocker has changed.
struct Waiter {
    uint32_t node;
    uint32_t next;
};

// Reused between calls so that small polygons cost no allocations.
struct Scratch {
    std::vector<Node> nodes;
    std::vector<ReflexCorner> corners;
    std::vector<uint32_t> corner_z;  // corners' z-codes alone, for searching
    std::vector<uint32_t> holes;
    std::vector<HoleVertex> hole_vertices;  // one hole's, sorted by position
    LinkGrid links;
    std::vector<Task> tasks;
    std::vector<ClipState> states;
    std::vector<Waiter> waiters;
};
thread_local Scratch t_scratch;
thread_local detail::TriangulationStats t_last_stats;

// Twice the signed area of triangle abc: > 0 when a, b, c turn counter-clockwise.
inline double orient(Vec2 a, Vec2 b, Vec2 c) { return cross(b - a, c - a); }

// Whether p lies in the closed ear, other than at its base corners a and c. Only a reflex (or
// flat) corner there can make the ear overlap the rest of the polygon: boundary reaching into
// the ear leaves one inside it. A corner at a or c is another pass of the ring through that
// point (a bridge end): its edges cannot cross the polygon edge opposite, so any intrusion
// leaves some other reflex corner inside. One at the tip could leave across the base, so it
// counts (conservatively, as bridge ends there rarely are reflex).
inline bool in_ear(const Ear& ear, Vec2 p) {
    return p.x >= ear.lo.x && p.x <= ear.hi.x && p.y >= ear.lo.y && p.y <= ear.hi.y &&
           orient(ear.a, ear.b, p) >= 0 && orient(ear.b, ear.c, p) >= 0 && orient(ear.c, ear.a, p) >= 0 &&
           !(p == ear.a || p == ear.c);
}

// Closed test for any orientation (degenerate triangles act as segments).
bool in_triangle_any_orientation(Vec2 a, Vec2 b, Vec2 c, Vec2 p) {
    if (p.x < std::min({a.x, b.x, c.x}) || p.x > std::max({a.x, b.x, c.x}) ||
        p.y < std::min({a.y, b.y, c.y}) || p.y > std::max({a.y, b.y, c.y}))
        return false;
    const double d1 = orient(a, b, p), d2 = orient(b, c, p), d3 = orient(c, a, p);
    const bool has_neg = d1 < 0 || d2 < 0 || d3 < 0, has_pos = d1 > 0 || d2 > 0 || d3 > 0;
    return !(has_neg && has_pos);
}

int sign(double v) { return (v > 0) - (v < 0); }

bool within_box(Vec2 a, Vec2 b, Vec2 p) {
    return std::min(a.x, b.x) <= p.x && p.x <= std::max(a.x, b.x) && std::min(a.y, b.y) <= p.y &&
           p.y <= std::max(a.y, b.y);
}

// Closed segment intersection, collinear overlaps included.
bool segments_intersect(Vec2 a, Vec2 b, Vec2 c, Vec2 d) {
    const int o1 = sign(orient(a, b, c)), o2 = sign(orient(a, b, d));
    const int o3 = sign(orient(c, d, a)), o4 = sign(orient(c, d, b));
    if (o1 != o2 && o3 != o4) return true;
    return (o1 == 0 && within_box(a, b, c)) || (o2 == 0 && within_box(a, b, d)) ||
           (o3 == 0 && within_box(c, d, a)) || (o4 == 0 && within_box(c, d, b));
}

bool segments_cross_properly(Vec2 a, Vec2 b, Vec2 c, Vec2 d) {
    return orient(a, b, c) * orient(a, b, d) < 0 && orient(c, d, a) * orient(c, d, b) < 0;
}

// The first index at or after `from` whose code is not below `target` (codes sorted): probes
// 1, 2, 4... entries ahead, then bisects, so a target near `from` costs a few steps.
size_t lower_bound_after(const std::vector<uint32_t>& codes, size_t from, uint32_t target) {
    size_t step = 1, lo = from, hi = from;
    while (hi < codes.size() && codes[hi] < target) {
        lo = hi + 1;
        hi += step;
        step *= 2;
    }
    hi = std::min(hi, codes.size());
    return static_cast<size_t>(std::lower_bound(codes.begin() + static_cast<std::ptrdiff_t>(lo),
                                                codes.begin() + static_cast<std::ptrdiff_t>(hi), target) -
                               codes.begin());
}

// Same, searching from `hint` in whichever direction the target lies.
size_t lower_bound_near(const std::vector<uint32_t>& codes, size_t hint, uint32_t target) {
    hint = std::min(hint, codes.size());
    if (hint < codes.size() && codes[hint] < target) return lower_bound_after(codes, hint, target);
    size_t step = 1, lo = hint, hi = hint;  // codes[hi] >= target, or hi is the end
    while (lo > 0 && codes[lo - 1] >= target) {
        hi = lo - 1;
        lo = hi >= step ? hi - step : 0;
        step *= 2;
    }
    return static_cast<size_t>(std::lower_bound(codes.begin() + static_cast<std::ptrdiff_t>(lo),
                                                codes.begin() + static_cast<std::ptrdiff_t>(hi), target) -
                               codes.begin());
}

// Twice the signed area, measured from the first point to limit cancellation far from 0,0.
double twice_area(const Vec2* pts, size_t n) {
    double sum = 0;
    for (size_t i = 1; i + 1 < n; ++i) sum += cross(pts[i] - pts[0], pts[i + 1] - pts[0]);
    return sum;
}

class EarClipper {
public:
    EarClipper(Triangulation& out, std::string* warning) : out_(out), warning_(warning) {}
    void run(const Polygon& polygon);
    const detail::TriangulationStats& stats() const { return stats_; }

private:
    // Ring construction and editing.
    uint32_t add_ring(const Ring& ring, bool outer);
    uint32_t add_node_copy(uint32_t i);
    void unlink(uint32_t i);
    uint32_t connect(uint32_t a, uint32_t b);
    bool locally_inside(uint32_t i, Vec2 target) const;
    // Holes.
    uint32_t leftmost(uint32_t start) const;
    Bridge find_bridge(uint32_t hole);
    template <class Fn>
    bool any_ring_link(Vec2 lo, Vec2 hi, Fn&& fn);
    void join_holes(uint32_t outer);
    // Reflex corner index.
    uint32_t z_code(Vec2 p) const;
    uint32_t prepare_ring(uint32_t start);
    double turn(uint32_t i) const;
    void reclassify(uint32_t i);
    void set_reflex(uint32_t i, bool reflex);
    void add_reflex_corner(uint32_t i);
    void drop_stale_corners();
    // Queue of candidate ears.
    void fill_queue(uint32_t start);
    void enqueue(uint32_t i);
    void dequeue(uint32_t i);
    void wait_for(uint32_t i, uint32_t corner);
    void release_waiters(uint32_t corner);
    void requeue(uint32_t corner, bool was_reflex);
    // Clipping and repairs.
    void clip(uint32_t ear, int stage);
    uint32_t clip_in_laps(uint32_t ear);
    uint32_t clip_from_queue(uint32_t ear);
    void clip_ear(uint32_t a, uint32_t b, uint32_t c);
    uint32_t ear_blocker(uint32_t a, uint32_t b, uint32_t c, uint32_t last_blocker);
    uint32_t reflex_corner_in(const Ear& ear, uint32_t last_blocker);
    uint32_t zorder_blocker(const Ear& ear);
    uint32_t cure_local_intersections(uint32_t start);
    bool split_at_diagonal(uint32_t start);
    bool is_valid_diagonal(uint32_t a, uint32_t b);
    void clip_forced(uint32_t ear);
    void emit(uint32_t a, uint32_t b, uint32_t c);
    void warn(const char* reason);

    Triangulation& out_;
    std::string* warning_;
    std::vector<Node>& storage_ = t_scratch.nodes;
    Node* nodes_ = storage_.data();  // refreshed whenever storage_ grows
    std::vector<ReflexCorner>& corners_ = t_scratch.corners;
    std::vector<uint32_t>& corner_z_ = t_scratch.corner_z;
    size_t finger_ = 0;  // where the last ear test started in corner_z_: the next is near
    uint32_t ring_start_ = kNone;  // a node of the outer ring, while holes are joined to it
    size_t reflex_count_ = 0;  // live reflex corners in the current ring
    size_t ring_size_ = 0;     // nodes in the current ring
    std::vector<ClipState>& states_ = t_scratch.states;
    uint32_t queue_head_ = kNone, queue_tail_ = kNone;
    std::vector<Waiter>& waiters_ = t_scratch.waiters;
    detail::TriangulationStats stats_;
    Box bounds_;
    double z_scale_ = 0;   // 0: the polygon is too small for z-order
    bool zorder_ = false;  // corners_ is sorted by z for the current ring
    int64_t budget_ = 0;   // work units left before falling back to forced clipping
    int64_t split_budget_ = 0;  // what searching for diagonals may still spend
};

void EarClipper::warn(const char* reason) {
    if (warning_ && warning_->empty()) *warning_ = reason;
}

uint32_t EarClipper::add_node_copy(uint32_t i) {
    const auto copy = static_cast<uint32_t>(storage_.size());
    storage_.push_back(nodes_[i]);
    nodes_ = storage_.data();
    nodes_[copy].reflex = false;  // not counted until its ring is prepared
    return copy;
}

inline void EarClipper::unlink(uint32_t i) {
    Node& n = nodes_[i];
    nodes_[n.prev].next = n.next;
    nodes_[n.next].prev = n.prev;
    reflex_count_ -= n.reflex;
    n.reflex = false;
}

// Adds a diagonal a-b by duplicating both nodes. If a and b are on different rings this merges
// them into one; if on the same ring it splits it in two: a-b-... and the returned b'-a'-...
uint32_t EarClipper::connect(uint32_t a, uint32_t b) {
    const uint32_t a2 = add_node_copy(a), b2 = add_node_copy(b);
    const uint32_t a_next = nodes_[a].next, b_prev = nodes_[b].prev;
    nodes_[a].next = b;
    nodes_[b].prev = a;
    nodes_[a2].next = a_next;
    nodes_[a_next].prev = a2;
    nodes_[a2].prev = b2;
    nodes_[b2].next = a2;
    nodes_[b_prev].next = b2;
    nodes_[b2].prev = b_prev;
    return b2;
}

// Whether the segment from node i towards target starts inside the polygon.
bool EarClipper::locally_inside(uint32_t i, Vec2 target) const {
    const Vec2 prev = nodes_[nodes_[i].prev].p, p = nodes_[i].p, next = nodes_[nodes_[i].next].p;
    const bool left_of_next_edge = orient(p, next, target) > 0;
    const bool left_of_prev_edge = orient(prev, p, target) > 0;
    if (orient(prev, p, next) >= 0) return left_of_next_edge && left_of_prev_edge;  // convex corner
    return left_of_next_edge || left_of_prev_edge;                                   // reflex corner
}

// Adds the outer ring counter-clockwise, or a hole clockwise; returns its first node.
uint32_t EarClipper::add_ring(const Ring& ring, bool outer) {
    auto& vertices = out_.vertices;
    const size_t first = vertices.size();
    size_t n = ring.size();
    if (n > 1 && ring.front() == ring.back()) --n;  // tolerate an explicitly closed ring
    vertices.insert(vertices.end(), ring.begin(), ring.begin() + static_cast<std::ptrdiff_t>(n));
    const auto kept_end = std::remove_if(vertices.begin() + static_cast<std::ptrdiff_t>(first), vertices.end(),
                                         [](Vec2 v) { return !std::isfinite(v.x) || !std::isfinite(v.y); });
    if (kept_end != vertices.end()) {
        warn("non-finite coordinates skipped");
        vertices.erase(kept_end, vertices.end());
    }
    const size_t count = vertices.size() - first;
    const Vec2* pts = vertices.data() + first;
    const double signed_twice_area = twice_area(pts, count);
    if (!(std::abs(signed_twice_area) > 0) || !std::isfinite(signed_twice_area)) {
        warn("degenerate ring (fewer than 3 points or zero area) skipped");
        return kNone;
    }
    const bool reverse = (signed_twice_area > 0) != outer;
    const auto begin = static_cast<uint32_t>(storage_.size());
    storage_.resize(begin + count);
    nodes_ = storage_.data();
    uint32_t end = begin;
    for (size_t k = 0; k < count; ++k) {
        const size_t i = reverse ? count - 1 - k : k;
        if (end > begin && nodes_[end - 1].p == pts[i]) continue;  // repeated point
        nodes_[end] = Node{pts[i], static_cast<uint32_t>(first + i), end - 1, end + 1, false, outer};
        ++end;
    }
    storage_.resize(end);
    nodes_[begin].prev = end - 1;
    nodes_[end - 1].next = begin;
    return begin;  // collinear vertices are dropped later, by prepare_ring
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

uint32_t EarClipper::z_code(Vec2 p) const {
    const auto cell = [&](double v, double lo) {
        return static_cast<uint32_t>(std::clamp((v - lo) * z_scale_, 0.0, 32767.0));
    };
    return spread_bits(cell(p.x, bounds_.min.x)) | (spread_bits(cell(p.y, bounds_.min.y)) << 1);
}

// > 0 for a convex corner, < 0 for a reflex one, 0 for a flat one.
inline double EarClipper::turn(uint32_t i) const {
    const Node& n = nodes_[i];
    return orient(nodes_[n.prev].p, n.p, nodes_[n.next].p);
}

// Drops flat corners (collinear runs, repeated points, zero-width spikes: they never form a
// proper triangle and block neighbouring ears), classifies the rest and rebuilds the reflex
// corner array. Returns a remaining node, or kNone if fewer than 3 are left.
uint32_t EarClipper::prepare_ring(uint32_t start) {
    uint32_t p = start, stop = start;
    for (;;) {
        Node& n = nodes_[p];
        if (n.next == n.prev) return kNone;
        const double corner_turn = turn(p);
        if (corner_turn == 0) {
            const uint32_t prev = n.prev;
            unlink(p);
            p = stop = prev;  // the previous corner may have become flat
            continue;
        }
        n.reflex = corner_turn < 0;
        p = n.next;
        if (p == stop) break;
    }
    size_t count = 0;
    corners_.clear();
    corners_.reserve(storage_.size());
    do {
        ++count;
        if (nodes_[p].reflex) corners_.push_back({0, p, nodes_[p].p});
        p = nodes_[p].next;
    } while (p != stop);
    reflex_count_ = corners_.size();
    ring_size_ = count;
    zorder_ = z_scale_ > 0 && count > kZOrderMinVertices;
    corner_z_.clear();
    if (zorder_) {
        corner_z_.reserve(corners_.size());
        for (ReflexCorner& corner : corners_) corner.z = z_code(corner.p);
        std::sort(corners_.begin(), corners_.end(), by_z);
        for (const ReflexCorner& corner : corners_) corner_z_.push_back(corner.z);
    }
    return p;
}

// Re-evaluates a corner whose neighbour was clipped. It can only have become sharper, but
// rounding may still turn it reflex, and then it must join the array.
inline void EarClipper::reclassify(uint32_t i) {
    const bool reflex = turn(i) <= 0;
    if (reflex != nodes_[i].reflex) set_reflex(i, reflex);
}

void EarClipper::set_reflex(uint32_t i, bool reflex) {
    nodes_[i].reflex = reflex;
    if (reflex) return add_reflex_corner(i);
    --reflex_count_;
    // Scans pay for stale entries; dropping them once they pass a fifth of the array costs a
    // constant per entry.
    if (corners_.size() > reflex_count_ + reflex_count_ / 4 + 1) drop_stale_corners();
}

void EarClipper::add_reflex_corner(uint32_t i) {
    ++reflex_count_;
    const ReflexCorner corner{zorder_ ? z_code(nodes_[i].p) : 0, i, nodes_[i].p};
    const auto at = zorder_ ? std::upper_bound(corners_.begin(), corners_.end(), corner, by_z) : corners_.end();
    if (zorder_) corner_z_.insert(corner_z_.begin() + (at - corners_.begin()), corner.z);
    corners_.insert(at, corner);
}

void EarClipper::drop_stale_corners() {
    std::erase_if(corners_, [&](const ReflexCorner& c) { return !nodes_[c.node].reflex; });
    if (!zorder_) return;
    corner_z_.clear();
    for (const ReflexCorner& corner : corners_) corner_z_.push_back(corner.z);
}

// Returns kNone when b is the tip of an ear, b itself when its corner is not convex, and
// otherwise a reflex corner inside the ear, trying last_blocker first.
inline uint32_t EarClipper::ear_blocker(uint32_t a, uint32_t b, uint32_t c, uint32_t last_blocker) {
    ++stats_.ear_tests;
    const Vec2 pa = nodes_[a].p, pb = nodes_[b].p, pc = nodes_[c].p;
    if (orient(pa, pb, pc) <= 0) return b;
    if (reflex_count_ == 0) return kNone;  // what is left is convex
    return reflex_corner_in({pa, pb, pc, {std::min(pa.x, std::min(pb.x, pc.x)), std::min(pa.y, std::min(pb.y, pc.y))},
                             {std::max(pa.x, std::max(pb.x, pc.x)), std::max(pa.y, std::max(pb.y, pc.y))}},
                            last_blocker);
}

// A reflex corner inside the ear, or kNone.
uint32_t EarClipper::reflex_corner_in(const Ear& ear, uint32_t last_blocker) {
    // An ear that was blocked stays blocked by the same corner while that corner is reflex: the
    // clips that grew it removed ears, which held no reflex corner. Checking it first makes the
    // retest after each neighbouring clip cost O(1).
    if (last_blocker != kNone && nodes_[last_blocker].reflex && in_ear(ear, nodes_[last_blocker].p))
        return last_blocker;
    if (zorder_) return zorder_blocker(ear);
    for (const ReflexCorner& corner : corners_) {
        ++stats_.corner_visits;
        if (in_ear(ear, corner.p) && nodes_[corner.node].reflex) return corner.node;
    }
    return kNone;
}

// Every point in the ear's box has a z-code between those of the box corners. Successive tests
// are mostly near each other, so the search starts where the last one did.
uint32_t EarClipper::zorder_blocker(const Ear& ear) {
    const uint32_t z_lo = z_code(ear.lo), z_hi = z_code(ear.hi);
    size_t i = finger_ = lower_bound_near(corner_z_, finger_, z_lo);
    int outside = 0;
    while (i < corner_z_.size() && corner_z_[i] <= z_hi) {
        --budget_;
        ++stats_.corner_visits;
        if (z_in_box(corner_z_[i], z_lo, z_hi)) {
            const ReflexCorner& corner = corners_[i];
            if (in_ear(ear, corner.p) && nodes_[corner.node].reflex) return corner.node;
            outside = 0;
            ++i;
        } else if (++outside < 32) {
            ++i;
        } else {
            // A run of corners outside the box: jump to the next code inside it.
            const uint32_t next = z_next_in_box(corner_z_[i], z_lo, z_hi);
            if (next <= corner_z_[i] || next > z_hi) break;
            i = lower_bound_after(corner_z_, i, next);
            outside = 0;
        }
    }
    return kNone;
}

// Queues every convex corner of the ring, in ring order, and forgets what blocked them.
void EarClipper::fill_queue(uint32_t start) {
    if (states_.size() < storage_.size()) states_.resize(storage_.size());
    queue_head_ = queue_tail_ = kNone;
    waiters_.clear();
    uint32_t p = start;
    do {
        states_[p] = ClipState{};
        if (!nodes_[p].reflex) enqueue(p);
        p = nodes_[p].next;
    } while (p != start);
}

// Puts node i at the back of the queue, taking it out of its place if it was queued.
inline void EarClipper::enqueue(uint32_t i) {
    ClipState& state = states_[i];
    if (state.queued) dequeue(i);
    state.queued = true;
    state.queue_prev = queue_tail_;
    state.queue_next = kNone;
    (queue_tail_ == kNone ? queue_head_ : states_[queue_tail_].queue_next) = i;
    queue_tail_ = i;
}

inline void EarClipper::dequeue(uint32_t i) {
    ClipState& state = states_[i];
    (state.queue_prev == kNone ? queue_head_ : states_[state.queue_prev].queue_next) = state.queue_next;
    (state.queue_next == kNone ? queue_tail_ : states_[state.queue_next].queue_prev) = state.queue_prev;
    state.queued = false;
}

// Parks node i until the reflex corner inside its ear turns convex (or i's ear changes).
inline void EarClipper::wait_for(uint32_t i, uint32_t corner) {
    ClipState& state = states_[i];
    if (state.blocker == corner) return;  // already on that corner's list
    state.blocker = corner;
    waiters_.push_back({i, states_[corner].waiters});
    states_[corner].waiters = static_cast<uint32_t>(waiters_.size() - 1);
}

// Queues a neighbour of a clipped ear, and if it turned convex, the ears it blocked.
inline void EarClipper::requeue(uint32_t corner, bool was_reflex) {
    if (nodes_[corner].reflex) return;  // queued when its other neighbour is clipped
    if (was_reflex) release_waiters(corner);
    enqueue(corner);
}

// A corner turned convex: the ears it blocked may be ears now.
void EarClipper::release_waiters(uint32_t corner) {
    uint32_t w = states_[corner].waiters;
    states_[corner].waiters = kNone;
    for (; w != kNone; w = waiters_[w].next) {
        const uint32_t i = waiters_[w].node;
        if (states_[i].blocker != corner) continue;  // moved on to another corner, or clipped
        states_[i].blocker = kNone;
        if (!states_[i].queued) enqueue(i);
    }
}

inline void EarClipper::emit(uint32_t a, uint32_t b, uint32_t c) {
    out_.indices.push_back(nodes_[a].vertex);
    out_.indices.push_back(nodes_[b].vertex);
    out_.indices.push_back(nodes_[c].vertex);
}

// Clips ears until the ring is gone. When no ear is left to find, the stage escalates: 0 drop
// flat corners, 1 untwist local self-intersections, 2 split along a valid diagonal, and if none
// is found clip convex corners regardless (approximate).
void EarClipper::clip(uint32_t ear, int stage) {
    ear = prepare_ring(ear);
    while (ear != kNone) {
        ear = ring_size_ > kQueueMinVertices ? clip_from_queue(ear) : clip_in_laps(ear);
        if (ear == kNone) return;
        switch (stage++) {
            case 0: break;  // prepare_ring below drops corners that clipping left flat
            case 1: ear = cure_local_intersections(ear); break;
            case 2: return split_at_diagonal(ear) ? void() : clip_forced(ear);
            default: return clip_forced(ear);
        }
        ear = prepare_ring(ear);
    }
}

// For small rings: walks round the ring testing each corner. Returns kNone when the ring is
// gone, or a node of it when a whole lap found no ear.
uint32_t EarClipper::clip_in_laps(uint32_t ear) {
    uint32_t stop = ear;
    while (ring_size_ > 2) {
        if (--budget_ < 0) return clip_forced(ear), kNone;
        const uint32_t a = nodes_[ear].prev, c = nodes_[ear].next;
        if (ear_blocker(a, ear, c, kNone) == kNone) {
            clip_ear(a, ear, c);
            // Resuming past c rather than at it avoids long fans of thin triangles.
            ear = stop = nodes_[c].next;
            continue;
        }
        ear = c;
        if (ear == stop) return ear;
    }
    return kNone;
}

// For big rings, where laps would pass over the same blocked corners again and again: tests
// candidates from a queue, in passes around the ring. A clip queues its two neighbours (their
// ears changed) at the back, so the rest of the pass skips them, which clips every other corner
// of a convex run rather than a fan of thin triangles, as laps do. A reflex corner is queued
// only when a neighbour is clipped, and a blocked ear when its blocking corner turns convex, so
// each clip costs a constant number of tests. Returns as clip_in_laps does.
uint32_t EarClipper::clip_from_queue(uint32_t ear) {
    fill_queue(ear);
    uint32_t live = ear;  // a node still in the ring, for the repairs
    while (ring_size_ > 2) {
        if (--budget_ < 0) return clip_forced(live), kNone;
        if (queue_head_ == kNone) return live;
        ear = queue_head_;
        dequeue(ear);
        const uint32_t a = nodes_[ear].prev, c = nodes_[ear].next;
        const uint32_t blocker = ear_blocker(a, ear, c, states_[ear].blocker);
        if (blocker == ear) continue;  // not convex: queued again when a neighbour is clipped
        if (blocker != kNone) {
            wait_for(ear, blocker);
            live = ear;
            continue;
        }
        states_[ear].blocker = kNone;
        const bool a_was_reflex = nodes_[a].reflex, c_was_reflex = nodes_[c].reflex;
        clip_ear(a, ear, c);
        requeue(a, a_was_reflex);
        requeue(c, c_was_reflex);
        live = c;
    }
    return kNone;
}

inline void EarClipper::clip_ear(uint32_t a, uint32_t b, uint32_t c) {
    emit(a, b, c);
    unlink(b);
    --ring_size_;
    reclassify(a);
    reclassify(c);
}

// Where edges a-p and q-b cross (p, q consecutive), the ring twists through a small loop;
// cut the loop off, keeping a triangle over it when that triangle is counter-clockwise.
uint32_t EarClipper::cure_local_intersections(uint32_t start) {
    uint32_t p = start, stop = start;
    for (;;) {
        --budget_;
        const uint32_t a = nodes_[p].prev, q = nodes_[p].next, b = nodes_[q].next;
        const Vec2 pa = nodes_[a].p, pp = nodes_[p].p, pq = nodes_[q].p, pb = nodes_[b].p;
        if (a != b && !(pa == pb) && segments_cross_properly(pa, pp, pq, pb) && locally_inside(a, pb) &&
            locally_inside(b, pa)) {
            warn("self-intersecting ring repaired; triangulation is approximate");
            if (orient(pa, pp, pb) > 0) emit(a, p, b);
            unlink(p);
            unlink(q);
            p = stop = b;
            continue;
        }
        p = q;
        if (p == stop) return p;
    }
}

bool EarClipper::is_valid_diagonal(uint32_t a, uint32_t b) {
    const Vec2 pa = nodes_[a].p, pb = nodes_[b].p;
    if (pa == pb || !locally_inside(a, pb) || !locally_inside(b, pa)) return false;
    const Vec2 mid = (pa + pb) * 0.5;
    bool mid_inside = false;
    uint32_t p = a;
    do {
        --split_budget_;
        const Vec2 s = nodes_[p].p, e = nodes_[nodes_[p].next].p;
        const bool touches_diagonal_end = s == pa || s == pb || e == pa || e == pb;
        if (!touches_diagonal_end && segments_intersect(pa, pb, s, e)) return false;
        if ((s.y > mid.y) != (e.y > mid.y) && mid.x < s.x + (mid.y - s.y) / (e.y - s.y) * (e.x - s.x))
            mid_inside = !mid_inside;
        p = nodes_[p].next;
    } while (p != a);
    return mid_inside;
}

// Splits the ring along the first valid diagonal found and queues both halves.
bool EarClipper::split_at_diagonal(uint32_t start) {
    uint32_t a = start;
    do {
        for (uint32_t b = nodes_[nodes_[a].next].next; b != nodes_[a].prev; b = nodes_[b].next) {
            if (split_budget_ < 0) return false;
            if (!is_valid_diagonal(a, b)) continue;
            const uint32_t other = connect(a, b);
            t_scratch.tasks.push_back({other, 0});
            t_scratch.tasks.push_back({a, 0});
            return true;
        }
        a = nodes_[a].next;
    } while (a != start);
    return false;
}

// Last resort: clip convex corners without the containment test. Triangles may overlap but the
// loop is bounded, and it stops when only clockwise (negative) area is left.
void EarClipper::clip_forced(uint32_t ear) {
    warn("no valid ear found (self-intersecting input?); triangulation is approximate");
    size_t steps = 8;
    for (uint32_t p = nodes_[ear].next; p != ear; p = nodes_[p].next) steps += 8;
    uint32_t stop = ear;
    while (nodes_[ear].prev != nodes_[ear].next && steps-- > 0) {
        const uint32_t a = nodes_[ear].prev, c = nodes_[ear].next;
        if (orient(nodes_[a].p, nodes_[ear].p, nodes_[c].p) > 0) {
            emit(a, ear, c);
            unlink(ear);
            ear = stop = c;
            continue;
        }
        ear = c;
        if (ear == stop) return;
    }
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

void EarClipper::run(const Polygon& polygon) {
    storage_.clear();
    // Room for every ring and the nodes that bridges copy: growing would copy them all.
    size_t vertex_count = polygon.outer.size();
    for (const Ring& hole : polygon.holes) vertex_count += hole.size();
    storage_.reserve(vertex_count + 2 * polygon.holes.size());
    const uint32_t outer = add_ring(polygon.outer, true);
    auto& holes = t_scratch.holes;
    holes.clear();
    for (const Ring& ring : polygon.holes) {
        const uint32_t hole = add_ring(ring, false);
        if (hole != kNone) holes.push_back(leftmost(hole));
    }
    if (outer == kNone) return;

    if (!holes.empty()) join_holes(outer);

    const size_t count = storage_.size();
    z_scale_ = 0;
    if (count > kZOrderMinVertices) {
        bounds_ = Box{};
        for (const Node& node : storage_) bounds_.expand(node.p);
        const double size = std::max(bounds_.width(), bounds_.height());
        if (size > 0 && std::isfinite(size)) z_scale_ = 32767.0 / size;
    }
    // Generous for clipping: valid rings need a few units per vertex, very spiky ones a few
    // hundred. Diagonal search is cubic in the worst case and only helps broken input.
    budget_ = 1'000'000 + 2'000 * static_cast<int64_t>(count);
    split_budget_ = 100'000 + 50 * static_cast<int64_t>(count);

    auto& tasks = t_scratch.tasks;
    tasks.assign(1, Task{outer, 0});
    while (!tasks.empty()) {
        const Task task = tasks.back();
        tasks.pop_back();
        clip(task.ring, task.stage);
    }
}

}  // namespace

void triangulate_into(const Polygon& polygon, Triangulation& out, std::string* warning) {
    if (warning) warning->clear();
    EarClipper clipper(out, warning);
    clipper.run(polygon);
    t_last_stats = clipper.stats();
}

detail::TriangulationStats detail::last_triangulation_stats() { return t_last_stats; }

Triangulation triangulate(const Polygon& polygon, std::string* warning) {
    Triangulation result;
    size_t vertex_count = polygon.outer.size();
    for (const Ring& hole : polygon.holes) vertex_count += hole.size();
    result.vertices.reserve(vertex_count);
    result.indices.reserve(3 * vertex_count);
    triangulate_into(polygon, result, warning);
    return result;
}

}  // namespace geo
