// Spatial chunks of a big layer: features sorted along a Hilbert curve and cut into runs of a
// few hundred, each with its bounds. Drawing culls whole chunks against the view and picks a
// level of detail per chunk, so the cost of a frame follows what is on screen, not the layer.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "geo/geometry.h"

namespace render {

struct FeatureChunk {
    uint32_t first = 0;       // into FeatureChunks::order
    uint32_t count = 0;
    geo::Box bounds;          // display CRS
    double max_extent = 0.0;  // largest width or height of one of its features, display metres
};

struct FeatureChunks {
    std::vector<uint32_t> order;       // feature indices with geometry, chunk after chunk
    std::vector<FeatureChunk> chunks;
    geo::Box bounds;                   // of every chunk

    // Chunks whose bounds intersect `box`, in chunk order.
    std::vector<uint32_t> intersecting(const geo::Box& box) const;
};

// `feature_bounds[i]` is feature i's box; empty boxes (no geometry) are left out.
FeatureChunks build_feature_chunks(std::span<const geo::Box> feature_bounds, uint32_t chunk_size = 512);

// Position of (x, y) on a Hilbert curve filling a 65536 × 65536 grid.
uint32_t hilbert_index(uint32_t x, uint32_t y);

// Level of detail: a chunk is drawn as full polygons with outlines once its largest feature
// spans at least this many pixels; below, each feature is a box of its blended colours.
inline constexpr double kDetailMinPixels = 6.0;
inline bool needs_detail(const FeatureChunk& chunk, double metres_per_pixel) {
    return chunk.max_extent >= kDetailMinPixels * metres_per_pixel;
}

}  // namespace render
