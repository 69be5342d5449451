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
//
// This file holds the public API, EarClipper::run and the building and editing of rings; the
// rest is in triangulate_holes.cpp, triangulate_ears.cpp and triangulate_repair.cpp, and what
// they share in triangulate_internal.h.
#include "geo/triangulate.h"

#include "geo/triangulate_internal.h"

#include <algorithm>
#include <cmath>

namespace geo {
namespace ear_clipping {
namespace {

// Twice the signed area, measured from the first point to limit cancellation far from 0,0.
double twice_area(const Vec2* pts, size_t n) {
    double sum = 0;
    for (size_t i = 1; i + 1 < n; ++i) sum += cross(pts[i] - pts[0], pts[i + 1] - pts[0]);
    return sum;
}

}  // namespace

thread_local Scratch t_scratch;

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

}  // namespace ear_clipping

namespace {
thread_local detail::TriangulationStats t_last_stats;
}  // namespace

void triangulate_into(const Polygon& polygon, Triangulation& out, std::string* warning) {
    if (warning) warning->clear();
    ear_clipping::EarClipper clipper(out, warning);
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
