#include "render/label_placer.h"

#include <algorithm>
#include <array>

namespace render {

namespace {

geo::Box box_at(geo::Vec2 top_left, geo::Vec2 size) {
    geo::Box b;
    b.expand(top_left);
    b.expand(top_left + size);
    return b;
}

geo::Box grown(const geo::Box& b, double by) {
    geo::Box g = b;
    g.min = g.min - geo::Vec2{by, by};
    g.max = g.max + geo::Vec2{by, by};
    return g;
}

bool inside(const geo::Box& inner, const geo::Box& outer) {
    return inner.min.x >= outer.min.x && inner.min.y >= outer.min.y && inner.max.x <= outer.max.x &&
           inner.max.y <= outer.max.y;
}

// Positions to try, best first, as top-left corners.
std::array<geo::Vec2, 10> positions(const LabelCandidate& c) {
    const geo::Vec2 s = c.size;
    const geo::Vec2 a = c.anchor;
    if (c.placement == LabelAnchor::RightOf) {
        const double o = c.offset_px + 2.0;
        return {geo::Vec2{a.x + o, a.y - s.y * 0.5},       geo::Vec2{a.x - o - s.x, a.y - s.y * 0.5},
                geo::Vec2{a.x - s.x * 0.5, a.y - o - s.y}, geo::Vec2{a.x - s.x * 0.5, a.y + o},
                geo::Vec2{a.x + o, a.y - o - s.y},         geo::Vec2{a.x + o, a.y + o},
                geo::Vec2{a.x - o - s.x, a.y - o - s.y},   geo::Vec2{a.x - o - s.x, a.y + o},
                // Crowded (bubbles side by side): a line further out, below or above.
                geo::Vec2{a.x - s.x * 0.5, a.y + o + s.y},  geo::Vec2{a.x - s.x * 0.5, a.y - o - 2.0 * s.y}};
    }
    // Last, clear of a badge (about a text height across) sitting on the anchor.
    const geo::Vec2 last{a.x - s.x * 0.5, a.y - s.y * 2.1};
    return {geo::Vec2{a.x - s.x * 0.5, a.y - s.y * 0.5}, geo::Vec2{a.x - s.x * 0.5, a.y - s.y * 1.3},
            geo::Vec2{a.x - s.x * 0.5, a.y + s.y * 0.3}, geo::Vec2{a.x + 4.0, a.y - s.y * 0.5},
            geo::Vec2{a.x - s.x * 0.5, a.y + s.y * 1.1}, last, last, last, last, last};
}

}  // namespace

std::vector<PlacedLabel> place_labels(std::vector<LabelCandidate> candidates, const geo::Box& screen,
                                      const std::vector<geo::Box>& obstacles, double gap_px) {
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const LabelCandidate& a, const LabelCandidate& b) { return a.priority > b.priority; });
    std::vector<PlacedLabel> placed;
    auto is_free = [&](const geo::Box& r) {
        if (!inside(r, screen)) return false;
        const geo::Box padded = grown(r, gap_px);
        for (const auto& o : obstacles)
            if (padded.intersects(o)) return false;
        for (const auto& p : placed)
            if (padded.intersects(p.rect)) return false;
        return true;
    };
    for (const auto& c : candidates) {
        for (const auto& top_left : positions(c)) {
            const geo::Box r = box_at(top_left, c.size);
            if (is_free(r)) {
                placed.push_back({c.id, r});
                break;
            }
        }
    }
    return placed;
}

}  // namespace render
