// Repairs for rings the clipper stalls on, tried in turn by EarClipper::clip: untwisting
// local self-intersections, splitting along a valid diagonal, and as a last resort clipping
// convex corners without the containment test. All spend from the clipper's work budgets.
#include "geo/triangulate_internal.h"

namespace geo::ear_clipping {

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

}  // namespace geo::ear_clipping
