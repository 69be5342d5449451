#include <catch2/catch.hpp>

#include "data/catalog.h"
#include "geo/crs.h"
#include "render/layer_mesh.h"
#include "render/map_style.h"
#include "support/test_files.h"

namespace {

data::Layer square_layer(size_t count, bool with_hole) {
    data::Layer layer;
    layer.name = "squares";
    layer.kind = geo::GeometryKind::Polygons;
    for (size_t i = 0; i < count; ++i) {
        const double x = 11880000.0 + double(i) * 300.0, y = 2370000.0;
        data::Feature f;
        f.geometry.kind = geo::GeometryKind::Polygons;
        geo::Polygon p;
        p.outer = {{x, y}, {x + 200, y}, {x + 200, y + 200}, {x, y + 200}};
        if (with_hole) p.holes.push_back({{x + 50, y + 50}, {x + 50, y + 150}, {x + 150, y + 150}, {x + 150, y + 50}});
        f.geometry.polygons.push_back(p);
        layer.features.push_back(f);
    }
    return layer;
}

double mesh_area(const render::LayerMesh& mesh, const render::FeatureRange& r) {
    double a = 0.0;
    for (uint32_t i = r.first_index; i < r.first_index + r.index_count; i += 3) {
        const auto& p = mesh.fill_vertices[mesh.fill_indices[i]];
        const auto& q = mesh.fill_vertices[mesh.fill_indices[i + 1]];
        const auto& s = mesh.fill_vertices[mesh.fill_indices[i + 2]];
        a += std::abs((q.x - p.x) * (s.y - p.y) - (s.x - p.x) * (q.y - p.y)) * 0.5;
    }
    return a;
}

}  // namespace

TEST_CASE("layer meshes cover each polygon exactly, holes excluded, in one shared buffer", "[mesh]") {
    // Enough features to take the two-thread path.
    const data::Layer layer = square_layer(3000, true);
    const auto mesh = render::build_layer_mesh(layer, 2);
    REQUIRE(mesh.features.size() == layer.features.size());
    for (size_t i = 0; i < mesh.features.size(); i += 499) {
        const auto& r = mesh.features[i];
        CHECK(mesh_area(mesh, r) == Approx(200.0 * 200.0 - 100.0 * 100.0).epsilon(1e-4));
        CHECK(r.segment_count == 8);  // outer ring and hole outlines
        for (uint32_t k = r.first_index; k < r.first_index + r.index_count; ++k)
            CHECK(mesh.fill_vertices[mesh.fill_indices[k]].feature == i);
    }
    // Vertices are small numbers relative to the layer origin, so floats keep centimetres.
    for (const auto& v : mesh.fill_vertices) CHECK(std::abs(v.x) < 1e6f);
    CHECK(mesh.fill_indices.size() % 3 == 0);
}

TEST_CASE("the same layer built on one or two threads gives the same mesh", "[mesh]") {
    const data::Layer layer = square_layer(1500, true);
    const auto one = render::build_layer_mesh(layer, 1);
    const auto two = render::build_layer_mesh(layer, 2);
    REQUIRE(one.fill_indices.size() == two.fill_indices.size());
    CHECK(one.fill_indices == two.fill_indices);
    CHECK(one.segments.size() == two.segments.size());
}

TEST_CASE("park styles follow occupancy classes and the 60% break", "[style]") {
    using data::OccupancyClass;
    CHECK(data::classify_occupancy(59.99) == OccupancyClass::From40To60);
    CHECK(data::classify_occupancy(60.0) == OccupancyClass::From60To80);
    CHECK(data::classify_occupancy(96.3) == OccupancyClass::From95);
    CHECK(data::classify_occupancy(std::nullopt) == OccupancyClass::Unknown);
    CHECK(render::occupancy_colour(OccupancyClass::From40To60) != render::occupancy_colour(OccupancyClass::From60To80));

    const auto catalog = data::load_catalog(test_support::bundled_data().string(), {}, geo::kDisplayCrs);
    const data::MapLayer* parks = catalog.find(data::LayerRole::Parks);
    REQUIRE(parks);
    const auto styles = render::style_layer(*parks);
    for (size_t i = 0; i < styles.size(); ++i) {
        const auto& f = parks->layer.features[i];
        const auto expected = render::occupancy_colour(data::classify_occupancy(parks->layer.number(f, "occ_pct")));
        CHECK(styles[i].fill.r == expected.r);
        const auto status = parks->layer.text(f, "status").value_or("");
        CHECK((styles[i].pattern == render::FillPattern::Hatch) == (status == "building"));
        CHECK((styles[i].dash_px > 0.0f) == (status != "operating"));
    }
}

TEST_CASE("an investment placed by inference is a hollow ring; the rest are solid pins", "[render][style]") {
    const auto catalog = data::load_catalog(test_support::bundled_data().string(), {}, geo::kDisplayCrs);
    const data::MapLayer* projects = catalog.find(data::LayerRole::Projects);
    REQUIRE(projects);
    const auto styles = render::style_layer(*projects);
    int rings = 0;
    for (size_t i = 0; i < styles.size(); ++i) {
        const bool uncertain = projects->layer.text(projects->layer.features[i], "attrib") == "uncertain";
        CHECK((styles[i].shape == render::PointShape::Ring) == uncertain);
        rings += uncertain;
    }
    CHECK(rings == 2);  // LG Group's and Kyocera's 2024 increases (001 names neither park nor year)
    // Lạch Huyện's berths in service by end 2024 were a target, and the data say so.
    const data::MapLayer* marks = catalog.find(data::LayerRole::Landmarks);
    REQUIRE(marks);
    for (const auto& f : marks->layer.features)
        if (marks->layer.text(f, "id") == "lach-huyen-port")
            CHECK(marks->layer.text(f, "notes").value_or("").find("was a target") != std::string::npos);
}
