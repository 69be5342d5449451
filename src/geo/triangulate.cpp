// Ear clipping on a doubly-linked ring of nodes.
//
// Each hole is joined to the outer ring by a two-way bridge (or at the vertex where it touches
// the ring), leaving one weakly simple ring (outer CCW, holes CW), from which ears are clipped.
// Only a reflex corner inside an ear can block it, so reflex corners are kept in a compact
// array: scanned whole for small rings, and sorted by Morton (z-order) code for big ones so that
// an ear test only visits the corners whose codes fall between those of the ear's bounding box.
// Clipping only ever sharpens corners, so the array only loses members while a ring is clipped.
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

struct Node {
    Vec2 p;
    uint32_t vertex;  // index into Triangulation::vertices
    uint32_t prev, next;
    bool reflex = false;  // reflex or flat corner
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

// Reused between calls so that small polygons cost no allocations.
struct Scratch {
    std::vector<Node> nodes;
    std::vector<ReflexCorner> corners;
    std::vector<uint32_t> holes;
    std::vector<HoleVertex> hole_vertices;  // one hole's, sorted by position
    std::vector<Task> tasks;
};
thread_local Scratch t_scratch;

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

private:
    // Ring construction and editing.
    uint32_t add_ring(const Ring& ring, bool ccw);
    uint32_t add_node_copy(uint32_t i);
    void unlink(uint32_t i);
    uint32_t connect(uint32_t a, uint32_t b);
    bool locally_inside(uint32_t i, Vec2 target) const;
    // Holes.
    uint32_t leftmost(uint32_t start) const;
    Bridge find_bridge(uint32_t hole, uint32_t outer) const;
    // Reflex corner index.
    uint32_t z_code(Vec2 p) const;
    uint32_t prepare_ring(uint32_t start);
    double turn(uint32_t i) const;
    void reclassify(uint32_t i);
    void add_reflex_corner(uint32_t i);
    void drop_stale_corners();
    // Clipping and repairs.
    void clip(uint32_t ear, int stage);
    bool is_ear(uint32_t a, uint32_t b, uint32_t c);
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
    size_t reflex_count_ = 0;  // live reflex corners in the current ring
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

uint32_t EarClipper::add_ring(const Ring& ring, bool ccw) {
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
    const bool reverse = (signed_twice_area > 0) != ccw;
    const auto begin = static_cast<uint32_t>(storage_.size());
    storage_.resize(begin + count);
    nodes_ = storage_.data();
    uint32_t end = begin;
    for (size_t k = 0; k < count; ++k) {
        const size_t i = reverse ? count - 1 - k : k;
        if (end > begin && nodes_[end - 1].p == pts[i]) continue;  // repeated point
        nodes_[end] = Node{pts[i], static_cast<uint32_t>(first + i), end - 1, end + 1};
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

// Finds where to join a hole (given by its leftmost node) to the ring; none if the hole is not
// inside it.
//
// A hole that touches the ring at a shared vertex is joined there: otherwise a second pass of
// the ring through that point, with the hole's corner nested inside the ring's, would let ears
// cover the hole. The ring corner whose wedge holds the hole's corner is chosen.
//
// Otherwise a ray cast to the left hits the nearest edge at `hit`; the edge's left end is
// visible unless ring vertices lie in the triangle (hole, hit, end), in which case the one at
// the smallest angle to the ray is. Of coincident copies (bridge ends), only the one whose
// wedge faces the hole qualifies.
Bridge EarClipper::find_bridge(uint32_t hole, uint32_t outer) const {
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

    const Vec2 m = nodes_[hole].p;
    bool inside = false;
    double hit_x = -kInf;
    uint32_t edge = kNone;
    uint32_t p = outer;
    do {
        const Vec2 a = nodes_[p].p, b = nodes_[nodes_[p].next].p;
        if (hole_box.contains(a)) {
            auto it = std::lower_bound(hole_vertices.begin(), hole_vertices.end(), HoleVertex{a, 0},
                                       by_position);
            for (; it != hole_vertices.end() && it->p == a; ++it) {
                const Node& corner = nodes_[it->node];
                if (locally_inside(p, nodes_[corner.next].p) && locally_inside(p, nodes_[corner.prev].p))
                    return {p, it->node};
            }
        }
        if ((a.y > m.y) != (b.y > m.y)) {
            const double x = a.x + (m.y - a.y) / (b.y - a.y) * (b.x - a.x);
            if (x <= m.x) {
                inside = !inside;
                if (x > hit_x) {
                    hit_x = x;
                    edge = p;
                }
            }
        }
        p = nodes_[p].next;
    } while (p != outer);
    if (!inside || edge == kNone) return {};

    const uint32_t edge_end = nodes_[edge].next;
    uint32_t best = nodes_[edge].p.x < nodes_[edge_end].p.x ? edge : edge_end;
    const Vec2 hit{hit_x, m.y}, end = nodes_[best].p;
    double best_slope = kInf;
    p = outer;
    do {
        const Vec2 q = nodes_[p].p;
        if (q.x < m.x && in_triangle_any_orientation(m, hit, end, q) && locally_inside(p, m)) {
            const double slope = std::abs(m.y - q.y) / (m.x - q.x);
            if (slope < best_slope || (slope == best_slope && q.x > nodes_[best].p.x)) {
                best = p;
                best_slope = slope;
            }
        }
        p = nodes_[p].next;
    } while (p != outer);
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
    do {
        ++count;
        if (nodes_[p].reflex) corners_.push_back({0, p, nodes_[p].p});
        p = nodes_[p].next;
    } while (p != stop);
    reflex_count_ = corners_.size();
    zorder_ = z_scale_ > 0 && count > kZOrderMinVertices;
    if (zorder_) {
        for (ReflexCorner& corner : corners_) corner.z = z_code(corner.p);
        std::sort(corners_.begin(), corners_.end(), by_z);
    }
    return p;
}

// Re-evaluates a corner whose neighbour was clipped. It can only have become sharper, but
// rounding may still turn it reflex, and then it must join the array.
inline void EarClipper::reclassify(uint32_t i) {
    Node& n = nodes_[i];
    const bool reflex = turn(i) <= 0;
    if (reflex == n.reflex) return;
    n.reflex = reflex;
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
    corners_.insert(at, corner);
}

void EarClipper::drop_stale_corners() {
    std::erase_if(corners_, [&](const ReflexCorner& c) { return !nodes_[c.node].reflex; });
}

inline bool EarClipper::is_ear(uint32_t a, uint32_t b, uint32_t c) {
    const Vec2 pa = nodes_[a].p, pb = nodes_[b].p, pc = nodes_[c].p;
    if (orient(pa, pb, pc) <= 0) return false;
    if (reflex_count_ == 0) return true;  // what is left is convex
    const Ear ear{pa, pb, pc, {std::min(pa.x, std::min(pb.x, pc.x)), std::min(pa.y, std::min(pb.y, pc.y))},
                  {std::max(pa.x, std::max(pb.x, pc.x)), std::max(pa.y, std::max(pb.y, pc.y))}};
    if (!zorder_) {
        for (const ReflexCorner& corner : corners_)
            if (in_ear(ear, corner.p) && nodes_[corner.node].reflex) return false;
        return true;
    }
    // Every point in the ear's box has a z-code between those of the box corners.
    const uint32_t z_lo = z_code(ear.lo), z_hi = z_code(ear.hi);
    auto it = std::lower_bound(corners_.begin(), corners_.end(), ReflexCorner{z_lo, 0, {}}, by_z);
    int outside = 0;
    while (it != corners_.end() && it->z <= z_hi) {
        --budget_;
        if (z_in_box(it->z, z_lo, z_hi)) {
            if (in_ear(ear, it->p) && nodes_[it->node].reflex) return false;
            outside = 0;
            ++it;
        } else if (++outside < 8) {
            ++it;
        } else {
            // A run of corners outside the box: jump to the next code inside it.
            const uint32_t next = z_next_in_box(it->z, z_lo, z_hi);
            if (next <= it->z || next > z_hi) break;
            it = std::lower_bound(it, corners_.end(), ReflexCorner{next, 0, {}}, by_z);
            outside = 0;
        }
    }
    return true;
}

inline void EarClipper::emit(uint32_t a, uint32_t b, uint32_t c) {
    out_.indices.push_back(nodes_[a].vertex);
    out_.indices.push_back(nodes_[b].vertex);
    out_.indices.push_back(nodes_[c].vertex);
}

// Clips ears until the ring is gone. When a whole lap finds no ear, the stage escalates:
// 0 drop flat corners, 1 untwist local self-intersections, 2 split along a valid diagonal,
// and if none is found clip convex corners regardless (approximate).
void EarClipper::clip(uint32_t ear, int stage) {
    ear = prepare_ring(ear);
    if (ear == kNone) return;
    uint32_t stop = ear;
    while (nodes_[ear].prev != nodes_[ear].next) {
        if (--budget_ < 0) return clip_forced(ear);
        const uint32_t a = nodes_[ear].prev, c = nodes_[ear].next;
        if (is_ear(a, ear, c)) {
            emit(a, ear, c);
            unlink(ear);
            reclassify(a);
            reclassify(c);
            // Resuming past c rather than at it avoids long fans of thin triangles.
            ear = stop = nodes_[c].next;
            continue;
        }
        ear = c;
        if (ear != stop) continue;
        switch (stage++) {
            case 0: break;  // prepare_ring below drops corners that clipping left flat
            case 1: ear = cure_local_intersections(ear); break;
            case 2: return split_at_diagonal(ear) ? void() : clip_forced(ear);
            default: return clip_forced(ear);
        }
        ear = prepare_ring(ear);
        if (ear == kNone) return;
        stop = ear;
    }
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

void EarClipper::run(const Polygon& polygon) {
    storage_.clear();
    const uint32_t outer = add_ring(polygon.outer, true);
    auto& holes = t_scratch.holes;
    holes.clear();
    for (const Ring& ring : polygon.holes) {
        const uint32_t hole = add_ring(ring, false);
        if (hole != kNone) holes.push_back(leftmost(hole));
    }
    if (outer == kNone) return;

    // Left to right, so a hole's leftward ray can only meet holes that are already bridged.
    std::sort(holes.begin(), holes.end(), [&](uint32_t a, uint32_t b) {
        const Vec2 pa = nodes_[a].p, pb = nodes_[b].p;
        return pa.x < pb.x || (pa.x == pb.x && pa.y < pb.y);
    });
    for (const uint32_t hole : holes) {
        const Bridge bridge = find_bridge(hole, outer);
        if (bridge.ring == kNone) {
            warn("hole outside the outer ring skipped");
            continue;
        }
        const uint32_t hole_copy = connect(bridge.ring, bridge.hole);
        if (nodes_[bridge.ring].p == nodes_[bridge.hole].p) {
            // Joined at a shared vertex: drop the zero-length edges so that each pass of the ring
            // through that point is one corner, whose wedge a later touching hole can be fit into.
            unlink(nodes_[hole_copy].next);
            unlink(bridge.hole);
        }
    }

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
    EarClipper(out, warning).run(polygon);
}

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
