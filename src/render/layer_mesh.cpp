#include "render/layer_mesh.h"

#include <ranges>
#include <thread>

#include "geo/simplify.h"
#include "geo/triangulate.h"

namespace render {

namespace {

void add_polyline(const std::vector<geo::Vec2>& pts, bool closed, geo::Vec2 origin, uint32_t feature,
                  std::vector<LineSegment>& out) {
    const size_t n = pts.size();
    if (n < 2) return;
    double distance = 0.0;
    const size_t count = closed ? n : n - 1;
    for (size_t i = 0; i < count; ++i) {
        const geo::Vec2 a = pts[i] - origin;
        const geo::Vec2 b = pts[(i + 1) % n] - origin;
        out.push_back({float(a.x), float(a.y), float(b.x), float(b.y), float(distance), feature});
        distance += geo::length(b - a);
    }
}

// Builds the features `ids` yields into `mesh`; feature indices stay those of the layer.
template <class Ids>
void build_features(const data::Layer& layer, Ids&& ids, LayerMesh& mesh, double tolerance = 0.0) {
    geo::Triangulation tri;
    geo::Polygon simplified;
    for (const size_t i : ids) {
        const geo::Geometry& g = layer.features[i].geometry;
        const auto id = static_cast<uint32_t>(i);
        FeatureRange range;
        range.bounds = g.bounds();
        range.first_index = static_cast<uint32_t>(mesh.fill_indices.size());
        range.first_segment = static_cast<uint32_t>(mesh.segments.size());
        range.first_point = static_cast<uint32_t>(mesh.points.size());

        for (const auto& original : g.polygons) {
            // Simplified for the scale it will be seen at; a polygon smaller than the
            // tolerance keeps its own shape rather than vanish.
            if (tolerance > 0.0) simplified = geo::simplify_polygon(original, tolerance);
            const geo::Polygon& poly = tolerance > 0.0 && !simplified.outer.empty() ? simplified : original;
            tri.vertices.clear();
            tri.indices.clear();
            std::string warning;
            geo::triangulate_into(poly, tri, &warning);
            if (!warning.empty() && mesh.triangle_warnings++ == 0)
                mesh.first_triangle_warning = "FID " + std::to_string(layer.features[i].source_id) + ": " + warning;
            const auto base = static_cast<uint32_t>(mesh.fill_vertices.size());
            for (const auto& v : tri.vertices) {
                const geo::Vec2 r = v - mesh.origin;
                mesh.fill_vertices.push_back({float(r.x), float(r.y), id});
            }
            for (uint32_t idx : tri.indices) mesh.fill_indices.push_back(base + idx);
            add_polyline(poly.outer, true, mesh.origin, id, mesh.segments);
            for (const auto& hole : poly.holes) add_polyline(hole, true, mesh.origin, id, mesh.segments);
        }
        for (const auto& line : g.lines) add_polyline(line, false, mesh.origin, id, mesh.segments);
        for (const auto& p : g.points) {
            const geo::Vec2 r = p - mesh.origin;
            mesh.points.push_back({float(r.x), float(r.y), id});
        }
        range.index_count = static_cast<uint32_t>(mesh.fill_indices.size()) - range.first_index;
        range.segment_count = static_cast<uint32_t>(mesh.segments.size()) - range.first_segment;
        range.point_count = static_cast<uint32_t>(mesh.points.size()) - range.first_point;
        mesh.features.push_back(range);
    }
}

// Appends `part` to `whole`, shifting its buffer offsets.
void append_mesh(LayerMesh& whole, LayerMesh&& part) {
    const auto vertex_base = static_cast<uint32_t>(whole.fill_vertices.size());
    const auto index_base = static_cast<uint32_t>(whole.fill_indices.size());
    const auto segment_base = static_cast<uint32_t>(whole.segments.size());
    const auto point_base = static_cast<uint32_t>(whole.points.size());
    whole.fill_vertices.insert(whole.fill_vertices.end(), part.fill_vertices.begin(), part.fill_vertices.end());
    for (uint32_t idx : part.fill_indices) whole.fill_indices.push_back(idx + vertex_base);
    whole.segments.insert(whole.segments.end(), part.segments.begin(), part.segments.end());
    whole.points.insert(whole.points.end(), part.points.begin(), part.points.end());
    for (auto r : part.features) {
        r.first_index += index_base;
        r.first_segment += segment_base;
        r.first_point += point_base;
        whole.features.push_back(r);
    }
    if (whole.triangle_warnings == 0) whole.first_triangle_warning = std::move(part.first_triangle_warning);
    whole.triangle_warnings += part.triangle_warnings;
}

}  // namespace

LayerMesh build_layer_mesh(const data::Layer& layer, unsigned threads) {
    LayerMesh mesh;
    const geo::Box bounds = layer.bounds();
    mesh.origin = bounds.empty() ? geo::Vec2{} : bounds.centre();
    const size_t n = layer.features.size();
    threads = std::max(1u, std::min<unsigned>(threads, unsigned(n / 512 + 1)));
    if (threads == 1) {
        build_features(layer, std::views::iota(size_t{0}, n), mesh);
        return mesh;
    }
    std::vector<LayerMesh> parts(threads);
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t) {
        parts[t].origin = mesh.origin;
        pool.emplace_back(
            [&, t] { build_features(layer, std::views::iota(n * t / threads, n * (t + 1) / threads), parts[t]); });
    }
    for (auto& th : pool) th.join();
    for (auto& part : parts) append_mesh(mesh, std::move(part));
    return mesh;
}

LayerMesh build_feature_mesh(const data::Layer& layer, std::span<const uint32_t> feature_ids, geo::Vec2 origin,
                             double tolerance) {
    LayerMesh mesh;
    mesh.origin = origin;
    build_features(layer, feature_ids, mesh, tolerance);
    return mesh;
}

std::optional<data::Diagnostic> triangle_diagnostic(const data::Layer& layer, const LayerMesh& mesh) {
    if (mesh.triangle_warnings == 0) return std::nullopt;
    return data::diagnostic(
        data::Severity::Warning, layer.source_path,
        i18n::N_("layer '{0}': {1} polygon(s) could not be filled exactly and may look wrong (e.g. {2})"),
        {layer.name, std::to_string(mesh.triangle_warnings), mesh.first_triangle_warning});
}

}  // namespace render
