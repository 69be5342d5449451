// Ear clipping of one ring: the reflex-corner index (scanned whole for small rings, sorted by
// z-order for big ones), the queue of candidate ears that big rings are clipped from, and the
// clipping loops, which escalate to the repairs in triangulate_repair.cpp when they stall.
#include "geo/triangulate_internal.h"

#include "geo/morton.h"

#include <algorithm>

namespace geo::ear_clipping {
namespace {

// Comparators are function objects of this file's own: ReflexCorner is shared between files, so
// std::sort given a function pointer would be a shared instantiation calling it out of line.
constexpr auto by_z = [](const ReflexCorner& a, const ReflexCorner& b) { return a.z < b.z; };

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

}  // namespace

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

}  // namespace geo::ear_clipping
