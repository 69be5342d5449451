// Internals of the triangulator, shared by its files (private: include only from
// src/geo/triangulate*.cpp): the node ring and the scratch it lives in, the EarClipper class,
// and the small geometric predicates. The hot ring edits the clipping loop makes per ear
// (unlink, emit) are defined inline here; the ear tests and the queue live in
// triangulate_ears.cpp with their only callers, so they inline there.
//
//   triangulate.cpp         public API, EarClipper::run, ring construction and editing
//   triangulate_holes.cpp   joining holes to the outer ring (link grid, bridges)
//   triangulate_ears.cpp    ear clipping (reflex-corner index, candidate queue)
//   triangulate_repair.cpp  repairs for input that stalls the clipper
#pragma once

#include "geo/triangulate.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace geo::ear_clipping {

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

struct HoleVertex {
    Vec2 p;
    uint32_t node;
};

// The link from one node to the next, i.e. an edge of a ring.
struct Link {
    uint32_t from, to;
};

// Links by the grid cells their segments cross, so that joining a hole looks at the ring near
// it rather than at all of it (the ring grows with each hole: scans would cost n per hole).
// Links are never edited in place: relinking adds a new entry, and an entry stands only while
// its two nodes are still linked. The members but the cell lookups are in triangulate_holes.cpp.
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
    bool single_cell() const { return cols == 1 && rows == 1; }

    template <class Fn>
    void cover(Vec2 a, Vec2 b, Fn&& fn) const;
    void build(const Node* nodes, size_t count);
    void add(const Node* nodes, uint32_t from);
    template <class Fn>
    bool any_in_cell(int c, Fn&& fn) const;
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
// One per thread, shared by every file of the triangulator; defined in triangulate.cpp.
extern thread_local Scratch t_scratch;

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
inline bool in_triangle_any_orientation(Vec2 a, Vec2 b, Vec2 c, Vec2 p) {
    if (p.x < std::min({a.x, b.x, c.x}) || p.x > std::max({a.x, b.x, c.x}) ||
        p.y < std::min({a.y, b.y, c.y}) || p.y > std::max({a.y, b.y, c.y}))
        return false;
    const double d1 = orient(a, b, p), d2 = orient(b, c, p), d3 = orient(c, a, p);
    const bool has_neg = d1 < 0 || d2 < 0 || d3 < 0, has_pos = d1 > 0 || d2 > 0 || d3 > 0;
    return !(has_neg && has_pos);
}

inline int sign(double v) { return (v > 0) - (v < 0); }

inline bool within_box(Vec2 a, Vec2 b, Vec2 p) {
    return std::min(a.x, b.x) <= p.x && p.x <= std::max(a.x, b.x) && std::min(a.y, b.y) <= p.y &&
           p.y <= std::max(a.y, b.y);
}

// Closed segment intersection, collinear overlaps included.
inline bool segments_intersect(Vec2 a, Vec2 b, Vec2 c, Vec2 d) {
    const int o1 = sign(orient(a, b, c)), o2 = sign(orient(a, b, d));
    const int o3 = sign(orient(c, d, a)), o4 = sign(orient(c, d, b));
    if (o1 != o2 && o3 != o4) return true;
    return (o1 == 0 && within_box(a, b, c)) || (o2 == 0 && within_box(a, b, d)) ||
           (o3 == 0 && within_box(c, d, a)) || (o4 == 0 && within_box(c, d, b));
}

inline bool segments_cross_properly(Vec2 a, Vec2 b, Vec2 c, Vec2 d) {
    return orient(a, b, c) * orient(a, b, d) < 0 && orient(c, d, a) * orient(c, d, b) < 0;
}

// Each member is defined in the file of its group (see the top of this header). Those declared
// inline are defined in the only file that calls them, or below where several files do, so that
// the clipping loop keeps them in line. The class is no longer file-local, and GCC then weighs
// an inline member as possibly shared with other files and keeps some out of line: the three
// that every ear test or clip runs are forced in line, as they were (without, big polygons
// took ~3% longer).
class EarClipper {
public:
    EarClipper(Triangulation& out, std::string* warning) : out_(out), warning_(warning) {}
    void run(const Polygon& polygon);
    const detail::TriangulationStats& stats() const { return stats_; }

private:
    // Ring construction and editing (triangulate.cpp; unlink below).
    uint32_t add_ring(const Ring& ring, bool outer);
    uint32_t add_node_copy(uint32_t i);
    inline void unlink(uint32_t i);
    uint32_t connect(uint32_t a, uint32_t b);
    bool locally_inside(uint32_t i, Vec2 target) const;
    // Holes (triangulate_holes.cpp).
    uint32_t leftmost(uint32_t start) const;
    Bridge find_bridge(uint32_t hole);
    template <class Fn>
    bool any_ring_link(Vec2 lo, Vec2 hi, Fn&& fn);
    void join_holes(uint32_t outer);
    // Reflex corner index (triangulate_ears.cpp).
    uint32_t z_code(Vec2 p) const;
    uint32_t prepare_ring(uint32_t start);
    inline double turn(uint32_t i) const;
    inline void reclassify(uint32_t i);
    void set_reflex(uint32_t i, bool reflex);
    inline void add_reflex_corner(uint32_t i);
    inline void drop_stale_corners();
    // Queue of candidate ears (triangulate_ears.cpp).
    inline void fill_queue(uint32_t start);
    inline void enqueue(uint32_t i);
    inline void dequeue(uint32_t i);
    inline void wait_for(uint32_t i, uint32_t corner);
    void release_waiters(uint32_t corner);
    inline void requeue(uint32_t corner, bool was_reflex);
    // Clipping (triangulate_ears.cpp).
    void clip(uint32_t ear, int stage);
    inline uint32_t clip_in_laps(uint32_t ear);
    inline uint32_t clip_from_queue(uint32_t ear);
    [[gnu::always_inline]] inline void clip_ear(uint32_t a, uint32_t b, uint32_t c);
    inline uint32_t ear_blocker(uint32_t a, uint32_t b, uint32_t c, uint32_t last_blocker);
    [[gnu::always_inline]] inline uint32_t reflex_corner_in(const Ear& ear, uint32_t last_blocker);
    [[gnu::always_inline]] inline uint32_t zorder_blocker(const Ear& ear);
    // Repairs (triangulate_repair.cpp).
    uint32_t cure_local_intersections(uint32_t start);
    bool split_at_diagonal(uint32_t start);
    bool is_valid_diagonal(uint32_t a, uint32_t b);
    void clip_forced(uint32_t ear);
    // Output (emit below; warn in triangulate.cpp).
    inline void emit(uint32_t a, uint32_t b, uint32_t c);
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

inline void EarClipper::unlink(uint32_t i) {
    Node& n = nodes_[i];
    nodes_[n.prev].next = n.next;
    nodes_[n.next].prev = n.prev;
    reflex_count_ -= n.reflex;
    n.reflex = false;
}

inline void EarClipper::emit(uint32_t a, uint32_t b, uint32_t c) {
    out_.indices.push_back(nodes_[a].vertex);
    out_.indices.push_back(nodes_[b].vertex);
    out_.indices.push_back(nodes_[c].vertex);
}

}  // namespace geo::ear_clipping
