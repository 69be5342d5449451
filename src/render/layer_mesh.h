// CPU-side meshes for one layer, built once after loading (no GL here). Vertices are floats
// relative to the layer's origin, so 32-bit precision holds at Web Mercator magnitudes.
// All features of a layer share one buffer of each kind: one draw call per layer and pass.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "data/layer.h"
#include "geo/geometry.h"

namespace render {

struct FillVertex {
    float x, y;
    uint32_t feature;
};

// One outline or line segment, drawn as a screen-space quad of real pixel width.
struct LineSegment {
    float x0, y0, x1, y1;
    float distance;   // along the line from its start to (x0, y0), for dashes
    uint32_t feature;
};

struct PointInstance {
    float x, y;
    uint32_t feature;
};

// Where a feature's pieces lie in the shared buffers, for highlighting and culling.
struct FeatureRange {
    uint32_t first_index = 0, index_count = 0;
    uint32_t first_segment = 0, segment_count = 0;
    uint32_t first_point = 0, point_count = 0;
    geo::Box bounds;  // display CRS
};

struct LayerMesh {
    geo::Vec2 origin;  // display CRS; vertex coordinates are relative to it
    std::vector<FillVertex> fill_vertices;
    std::vector<uint32_t> fill_indices;
    std::vector<LineSegment> segments;
    std::vector<PointInstance> points;
    std::vector<FeatureRange> features;  // one per layer feature, same order
    size_t triangle_warnings = 0;        // polygons the triangulator could not cover cleanly
    std::string first_triangle_warning;

    size_t triangle_count() const { return fill_indices.size() / 3; }
};

// Builds the meshes for a layer already in the display CRS. Polygon layers get fills and
// outline segments (holes included); line layers get segments; point layers get instances.
// Work is split over `threads` threads.
LayerMesh build_layer_mesh(const data::Layer& layer, unsigned threads = 2);

// The mesh of some features only (one chunk of a big layer), relative to `origin`. `features`
// in the result follow `feature_ids`; vertices keep the layer's feature indices for styling.
// A `tolerance` > 0 (display metres) simplifies polygons first (Douglas–Peucker).
LayerMesh build_feature_mesh(const data::Layer& layer, std::span<const uint32_t> feature_ids, geo::Vec2 origin,
                             double tolerance = 0.0);

// What the user is told when the triangulator could not fill some of a layer's polygons
// exactly (mesh.triangle_warnings > 0): one warning with the count and the first case, for the
// layer's diagnostics (the window's Layers tab, `--render`'s standard error). nullopt otherwise.
std::optional<data::Diagnostic> triangle_diagnostic(const data::Layer& layer, const LayerMesh& mesh);

}  // namespace render
