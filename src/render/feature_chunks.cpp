#include "render/feature_chunks.h"

#include <algorithm>
#include <utility>

namespace render {

uint32_t hilbert_index(uint32_t x, uint32_t y) {
    // The classic xy → d conversion: one quadrant per step from the top bit down, rotating the
    // remaining coordinates into that quadrant's frame.
    constexpr uint32_t n = 1u << 16;
    x &= n - 1, y &= n - 1;
    uint32_t d = 0;
    for (uint32_t s = n / 2; s > 0; s /= 2) {
        const uint32_t rx = (x & s) ? 1 : 0;
        const uint32_t ry = (y & s) ? 1 : 0;
        d += s * s * ((3 * rx) ^ ry);
        if (ry == 0) {
            if (rx == 1) {
                x = n - 1 - x;
                y = n - 1 - y;
            }
            std::swap(x, y);
        }
    }
    return d;
}

FeatureChunks build_feature_chunks(std::span<const geo::Box> feature_bounds, uint32_t chunk_size) {
    FeatureChunks out;
    for (const auto& b : feature_bounds) out.bounds.merge(b);
    if (out.bounds.empty()) return out;

    const double sx = 65535.0 / std::max(out.bounds.width(), 1e-9);
    const double sy = 65535.0 / std::max(out.bounds.height(), 1e-9);
    std::vector<std::pair<uint32_t, uint32_t>> keyed;  // (curve position, feature)
    keyed.reserve(feature_bounds.size());
    for (size_t i = 0; i < feature_bounds.size(); ++i) {
        const geo::Box& b = feature_bounds[i];
        if (b.empty()) continue;
        const geo::Vec2 c = b.centre();
        const auto gx = uint32_t((c.x - out.bounds.min.x) * sx);
        const auto gy = uint32_t((c.y - out.bounds.min.y) * sy);
        keyed.emplace_back(hilbert_index(gx, gy), uint32_t(i));
    }
    std::sort(keyed.begin(), keyed.end());

    out.order.reserve(keyed.size());
    chunk_size = std::max<uint32_t>(1, chunk_size);
    for (size_t i = 0; i < keyed.size(); ++i) {
        if (i % chunk_size == 0) out.chunks.push_back({uint32_t(i), 0, {}, 0.0});
        FeatureChunk& chunk = out.chunks.back();
        const geo::Box& b = feature_bounds[keyed[i].second];
        out.order.push_back(keyed[i].second);
        ++chunk.count;
        chunk.bounds.merge(b);
        chunk.max_extent = std::max({chunk.max_extent, b.width(), b.height()});
    }
    return out;
}

std::vector<uint32_t> FeatureChunks::intersecting(const geo::Box& box) const {
    std::vector<uint32_t> hits;
    for (size_t i = 0; i < chunks.size(); ++i)
        if (chunks[i].bounds.intersects(box)) hits.push_back(uint32_t(i));
    return hits;
}

}  // namespace render
