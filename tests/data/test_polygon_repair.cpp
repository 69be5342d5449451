// Invalid polygons repaired with GEOS as they load (data/polygon_repair.h, issue #16): each
// case of the robustness pass in one small GeoJSON file, loaded as the app loads it; the
// repaired fills cover what the rings enclose, each kind of repair is named once with its count
// and FIDs, and the valid features are left exactly as they were.
#include <catch2/catch.hpp>

#include <cmath>
#include <map>
#include <string>

#include "data/polygon_repair.h"
#include "data/vector_loader.h"
#include "geo/crs.h"
#include "geo/polygon_validity.h"
#include "geo/triangulate.h"
#include "render/layer_mesh.h"
#include "support/test_files.h"

using namespace test_support;

namespace {

// One feature per case, its FID given as the GeoJSON id. Longitudes 0-90, latitudes 0-10:
// plain lon/lat, so the areas below are in square degrees as read.
const char* const kCases = R"({"type":"FeatureCollection","features":[
{"type":"Feature","id":1,"properties":{"name":"valid square"},
 "geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}},
{"type":"Feature","id":2,"properties":{"name":"bowtie"},
 "geometry":{"type":"Polygon","coordinates":[[[2,0],[4,2],[4,0],[2,2],[2,0]]]}},
{"type":"Feature","id":3,"properties":{"name":"retraced edge"},
 "geometry":{"type":"Polygon","coordinates":[[[10,0],[14,0],[14,4],[10,4],[10,0],[14,0],[14,2],[10,2],[10,0]]]}},
{"type":"Feature","id":4,"properties":{"name":"zero area"},
 "geometry":{"type":"Polygon","coordinates":[[[20,0],[21,1],[22,2],[21,1],[20,0]]]}},
{"type":"Feature","id":5,"properties":{"name":"hole outside"},
 "geometry":{"type":"Polygon","coordinates":[[[30,0],[31,0],[31,1],[30,1],[30,0]],[[35,0.2],[36,0.2],[36,0.8],[35,0.8],[35,0.2]]]}},
{"type":"Feature","id":6,"properties":{"name":"hole overlapping its shell"},
 "geometry":{"type":"Polygon","coordinates":[[[40,0],[44,0],[44,4],[40,4],[40,0]],[[42,1],[46,1],[46,3],[42,3],[42,1]]]}},
{"type":"Feature","id":7,"properties":{"name":"self-overlapping loop"},
 "geometry":{"type":"Polygon","coordinates":[[[50,0],[54,0],[54,4],[51,4],[51,1],[53,1],[53,6],[50,6],[50,0]]]}},
{"type":"Feature","id":8,"properties":{"name":"nested holes"},
 "geometry":{"type":"Polygon","coordinates":[[[60,0],[70,0],[70,10],[60,10],[60,0]],[[62,2],[68,2],[68,8],[62,8],[62,2]],[[64,4],[65,4],[65,5],[64,5],[64,4]]]}},
{"type":"Feature","id":9,"properties":{"name":"one bad part"},
 "geometry":{"type":"MultiPolygon","coordinates":[[[[72,0],[73,0],[73,1],[72,1],[72,0]]],[[[74,0],[76,2],[76,0],[74,2],[74,0]]]]}},
{"type":"Feature","id":10,"properties":{"name":"hole touching its shell"},
 "geometry":{"type":"Polygon","coordinates":[[[77,0],[79,0],[79,2],[77,2],[77,0]],[[77,0],[78,0.5],[77.5,1],[77,0]]]}},
{"type":"Feature","id":11,"properties":{"name":"zero-area hole"},
 "geometry":{"type":"Polygon","coordinates":[[[80,0],[84,0],[84,4],[80,4],[80,0]],[[81,1],[82,2],[83,3],[81,1]]]}}
]})";

bool says(const data::Diagnostics& diags, const std::string& words) {
    for (const auto& d : diags)
        if (d.severity == data::Severity::Warning && d.message.find(words) != std::string::npos) return true;
    return false;
}

// Area of the points a ring winds around (non-zero winding), measured on a fine grid: what a
// ring "encloses" whatever it does, the area its fill should have.
double enclosed_area(const geo::Ring& ring, double step = 0.01) {
    const geo::Box b = geo::Geometry{geo::GeometryKind::Lines, {}, {ring}, {}}.bounds();
    double area = 0;
    for (double y = b.min.y + step / 2; y < b.max.y; y += step) {
        for (double x = b.min.x + step / 2; x < b.max.x; x += step) {
            int winding = 0;
            for (size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
                const geo::Vec2 a = ring[j], c = ring[i];
                const double side = geo::cross(c - a, geo::Vec2{x, y} - a);
                if (a.y <= y && c.y > y && side > 0) ++winding;
                if (a.y > y && c.y <= y && side < 0) --winding;
            }
            area += winding != 0 ? step * step : 0;
        }
    }
    return area;
}

// The area the triangulator fills for a feature (every polygon of it).
double fill_area(const data::Feature& f) {
    double area = 0;
    for (const auto& polygon : f.geometry.polygons) {
        const geo::Triangulation t = geo::triangulate(polygon);
        for (size_t i = 0; i < t.indices.size(); i += 3) {
            const geo::Vec2 a = t.vertices[t.indices[i]], b = t.vertices[t.indices[i + 1]], c = t.vertices[t.indices[i + 2]];
            area += geo::cross(b - a, c - a) / 2;
        }
    }
    return area;
}

struct Loaded {
    data::LoadResult result;
    std::map<int64_t, const data::Feature*> by_fid;
};

Loaded load_cases(const data::LoadOptions* options = nullptr) {
    static TempDir dir;
    const auto path = dir / "invalid.geojson";
    write_file(path, kCases);
    Loaded out{options ? data::load_vector_file(path.string(), *options) : data::load_vector_file(path.string()), {}};
    REQUIRE(out.result.layers.size() == 1);
    for (const auto& f : out.result.layers[0].features) out.by_fid[f.source_id] = &f;
    REQUIRE(out.by_fid.size() == 11);
    return out;
}

geo::Ring ring_of(std::initializer_list<geo::Vec2> points) { return geo::Ring(points); }

}  // namespace

TEST_CASE("invalid polygons are repaired as they load, and said so per layer", "[repair]") {
    const Loaded loaded = load_cases();
    const data::Layer& layer = loaded.result.layers[0];
    const auto& diags = layer.diagnostics;
    INFO([&] {
        std::string all;
        for (const auto& d : diags) all += d.message + "\n";
        return all;
    }());
    CHECK(layer.features.size() == 11);  // every feature kept, in order
    for (size_t i = 0; i < layer.features.size(); ++i) CHECK(layer.features[i].source_id == int64_t(i + 1));

    // One message per kind, with the count and the FIDs.
    CHECK(says(diags, "layer 'invalid': 4 self-intersecting polygon(s) repaired with GEOS (e.g. FID 2, 3, 7, ...)"));
    CHECK(says(diags, "layer 'invalid': 1 polygon(s) with a hole outside their outline repaired with GEOS: each such "
                      "hole is drawn as an area of its own (e.g. FID 5)"));
    CHECK(says(diags, "1 polygon(s) with a hole crossing their outline or another hole repaired with GEOS (e.g. FID 6)"));
    CHECK(says(diags, "1 polygon(s) with a hole inside another hole repaired with GEOS (e.g. FID 8)"));
    CHECK(says(diags, "1 polygon(s) with zero area (nothing inside their outline) left out of the map"));
    CHECK(says(diags, "(e.g. FID 4)"));
    CHECK(says(diags, "1 polygon(s) with a hole of zero area: the hole is ignored (e.g. FID 11)"));
    CHECK_FALSE(says(diags, "could not be repaired"));
    // GEOS's own notices do not leak out as GDAL messages.
    for (const auto& d : loaded.result.all_diagnostics()) CHECK(d.message.find("GDAL") == std::string::npos);

    // Every polygon left is valid.
    for (const auto& f : layer.features)
        for (const auto& p : f.geometry.polygons) CHECK(geo::check_polygon(p).valid());
}

TEST_CASE("a repaired bowtie fills both its triangles", "[repair]") {
    const Loaded loaded = load_cases();
    const data::Feature& bowtie = *loaded.by_fid.at(2);
    // Before: the triangulator saw a signed area of zero and filled nothing, silently.
    const geo::Polygon original{ring_of({{2, 0}, {4, 2}, {4, 0}, {2, 2}}), {}};
    CHECK(fill_area({-1, {geo::GeometryKind::Polygons, {}, {}, {original}}, {}}) == 0);
    // After: two triangles of area 1 each, meeting at (3, 1).
    CHECK(bowtie.geometry.polygons.size() == 2);
    CHECK(fill_area(bowtie) == Approx(2.0));
    CHECK(fill_area(bowtie) == Approx(enclosed_area(original.outer)).epsilon(0.01));
}

TEST_CASE("a ring that retraces an edge no longer fills twice", "[repair]") {
    const Loaded loaded = load_cases();
    const geo::Ring original = ring_of({{10, 0}, {14, 0}, {14, 4}, {10, 4}, {10, 0}, {14, 0}, {14, 2}, {10, 2}});
    // Before: 24 filled over a square of 16, with no warning.
    std::string warning;
    geo::triangulate({original, {}}, &warning);
    CHECK(warning.empty());
    CHECK(fill_area({-1, {geo::GeometryKind::Polygons, {}, {}, {{original, {}}}}, {}}) == Approx(24));
    // After: the square.
    CHECK(fill_area(*loaded.by_fid.at(3)) == Approx(16));
    CHECK(fill_area(*loaded.by_fid.at(3)) == Approx(enclosed_area(original)).epsilon(0.01));
}

TEST_CASE("holes that cross or overlap their outline cut it, nothing more", "[repair]") {
    const Loaded loaded = load_cases();
    // A hole wholly outside its outline: GEOS makes it an area of its own (as PostGIS and
    // QGIS do), and the message says so. Before, the triangulator skipped it, silently.
    const data::Feature& outside = *loaded.by_fid.at(5);
    REQUIRE(outside.geometry.polygons.size() == 2);
    for (const auto& p : outside.geometry.polygons) CHECK(p.holes.empty());
    CHECK(fill_area(outside) == Approx(1 + 0.6));
    // A hole overlapping its shell: the shell less the hole's part inside it, nothing outside
    // (the even-odd rule would fill the hole's part outside the shell).
    const data::Feature& overlap = *loaded.by_fid.at(6);
    CHECK(fill_area(overlap) == Approx(16 - 4));
    CHECK(overlap.geometry.bounds().max.x == 44);
    // Nested holes: the outer hole wins.
    CHECK(fill_area(*loaded.by_fid.at(8)) == Approx(100 - 36));
}

TEST_CASE("a self-overlapping loop fills what it encloses, once", "[repair]") {
    const Loaded loaded = load_cases();
    const geo::Ring original = ring_of({{50, 0}, {54, 0}, {54, 4}, {51, 4}, {51, 1}, {53, 1}, {53, 6}, {50, 6}});
    CHECK(fill_area(*loaded.by_fid.at(7)) == Approx(enclosed_area(original)).epsilon(0.01));
    CHECK(loaded.by_fid.at(7)->geometry.bounds().max.y == 6);
}

TEST_CASE("zero-area rings are left out and said so, the feature kept", "[repair]") {
    const Loaded loaded = load_cases();
    const data::Feature& flat = *loaded.by_fid.at(4);
    CHECK(flat.geometry.empty());
    CHECK(loaded.result.layers[0].text(flat, "name") == "zero area");
    const data::Feature& flat_hole = *loaded.by_fid.at(11);
    REQUIRE(flat_hole.geometry.polygons.size() == 1);
    CHECK(flat_hole.geometry.polygons[0].holes.empty());
    CHECK(fill_area(flat_hole) == Approx(16));
}

TEST_CASE("valid polygons and valid parts are left exactly as they were", "[repair]") {
    const Loaded loaded = load_cases();
    const data::Layer& layer = loaded.result.layers[0];
    const data::Feature& square = *loaded.by_fid.at(1);
    REQUIRE(square.geometry.polygons.size() == 1);
    CHECK(square.geometry.polygons[0].outer == ring_of({{0, 0}, {1, 0}, {1, 1}, {0, 1}}));
    CHECK(layer.text(square, "name") == "valid square");
    // A hole touching its shell at a vertex is valid (OGC): untouched.
    const data::Feature& touching = *loaded.by_fid.at(10);
    REQUIRE(touching.geometry.polygons.size() == 1);
    CHECK(touching.geometry.polygons[0].outer == ring_of({{77, 0}, {79, 0}, {79, 2}, {77, 2}}));
    REQUIRE(touching.geometry.polygons[0].holes.size() == 1);
    CHECK(touching.geometry.polygons[0].holes[0] == ring_of({{77, 0}, {78, 0.5}, {77.5, 1}}));
    // A multipolygon: its valid part first and unchanged, its bowtie repaired into two.
    const data::Feature& multi = *loaded.by_fid.at(9);
    REQUIRE(multi.geometry.polygons.size() == 3);
    CHECK(multi.geometry.polygons[0].outer == ring_of({{72, 0}, {73, 0}, {73, 1}, {72, 1}}));
    CHECK(fill_area(multi) == Approx(1 + 2));
    // Attributes follow their features.
    for (const auto& [fid, f] : loaded.by_fid) CHECK(layer.text(*f, "name").has_value());
    CHECK(layer.text(*loaded.by_fid.at(7), "name") == "self-overlapping loop");
}

TEST_CASE("the repair works the same after reprojection in the pipelined loader", "[repair]") {
    data::LoadOptions options;
    options.target_crs = geo::kDisplayCrs;
    const Loaded loaded = load_cases(&options);
    const auto& diags = loaded.result.layers[0].diagnostics;
    CHECK(says(diags, "4 self-intersecting polygon(s) repaired with GEOS (e.g. FID 2, 3, 7, ...)"));
    CHECK(says(diags, "1 polygon(s) with a hole outside their outline repaired with GEOS"));
    CHECK(loaded.by_fid.at(2)->geometry.polygons.size() == 2);
    CHECK(loaded.by_fid.at(4)->geometry.empty());
}

TEST_CASE("make_valid keeps the polygonal parts of what GEOS returns", "[repair]") {
    SECTION("a bowtie: two triangles") {
        const auto parts = data::make_valid({ring_of({{0, 0}, {2, 2}, {2, 0}, {0, 2}}), {}});
        REQUIRE(parts);
        REQUIRE(parts->size() == 2);
        CHECK(geo::area((*parts)[0]) + geo::area((*parts)[1]) == Approx(2));
    }
    SECTION("a ring that only retraces itself: nothing to fill") {
        const auto parts = data::make_valid({ring_of({{0, 0}, {1, 0}, {1, 1}, {1, 0}}), {}});
        REQUIRE(parts);
        CHECK(parts->empty());
    }
    SECTION("a valid polygon comes back as it was") {
        const geo::Polygon square{ring_of({{0, 0}, {1, 0}, {1, 1}, {0, 1}}), {}};
        const auto parts = data::make_valid(square);
        REQUIRE(parts);
        REQUIRE(parts->size() == 1);
        CHECK((*parts)[0].outer == square.outer);
    }
}

TEST_CASE("repair_invalid_polygons counts features, not parts, and leaves valid layers alone", "[repair]") {
    std::vector<data::Feature> features(3);
    for (int i = 0; i < 3; ++i) {
        features[i].source_id = 100 + i;
        features[i].geometry.kind = geo::GeometryKind::Polygons;
    }
    features[0].geometry.polygons = {{ring_of({{0, 0}, {1, 0}, {1, 1}, {0, 1}}), {}}};
    // Two bowties in one feature: one feature repaired.
    features[1].geometry.polygons = {{ring_of({{0, 0}, {2, 2}, {2, 0}, {0, 2}}), {}}, {ring_of({{5, 0}, {7, 2}, {7, 0}, {5, 2}}), {}}};
    // No geometry at all.
    features[2].geometry = {};
    const auto before = features[0].geometry.polygons;
    const data::RepairTally tally = data::repair_invalid_polygons(features, 2);
    CHECK(tally.count(data::PolygonRepair::SelfIntersection) == 1);
    CHECK(tally.total() == 1);
    CHECK(tally.kinds[0].examples == std::vector<int64_t>{101});
    CHECK(features[0].geometry.polygons[0].outer == before[0].outer);
    CHECK(features[1].geometry.polygons.size() == 4);
    CHECK(features[2].geometry.empty());
    data::Diagnostics out;
    tally.report(out, "f.geojson", "parcels");
    REQUIRE(out.size() == 1);
    CHECK(out[0].message == "layer 'parcels': 1 self-intersecting polygon(s) repaired with GEOS (e.g. FID 101)");
}

TEST_CASE("what the triangulator cannot fill exactly is said for the layer", "[repair]") {
    // A layer made here, not loaded, so nothing repaired it: the mesh's warning is what the
    // window's Layers tab and --render's standard error show.
    data::Layer layer;
    layer.name = "parcels";
    layer.source_path = "parcels.shp";
    layer.kind = geo::GeometryKind::Polygons;
    for (int i = 0; i < 3; ++i) {
        data::Feature f;
        f.source_id = 7 + i;
        f.geometry.kind = geo::GeometryKind::Polygons;
        const double x = 10.0 * i;
        f.geometry.polygons = {{i == 0 ? ring_of({{x, 0}, {x + 1, 0}, {x + 1, 1}, {x, 1}})
                                       : ring_of({{x, 0}, {x + 4, 4}, {x + 4, 0}, {x, 3}}), {}}};
        layer.features.push_back(std::move(f));
    }
    const render::LayerMesh mesh = render::build_layer_mesh(layer, 1);
    REQUIRE(mesh.triangle_warnings == 2);
    const auto said = render::triangle_diagnostic(layer, mesh);
    REQUIRE(said);
    CHECK(said->severity == data::Severity::Warning);
    CHECK(said->file == "parcels.shp");
    CHECK(said->message.rfind("layer 'parcels': 2 polygon(s) could not be filled exactly and may look wrong (e.g. FID 8: ", 0) == 0);
    // Once repaired, nothing to say.
    data::repair_invalid_polygons(layer.features);
    CHECK_FALSE(render::triangle_diagnostic(layer, render::build_layer_mesh(layer, 1)));
}

TEST_CASE("a big layer is checked on two threads, its repairs in feature order", "[repair]") {
    std::vector<data::Feature> features(40000);
    for (size_t i = 0; i < features.size(); ++i) {
        features[i].source_id = int64_t(i);
        features[i].geometry.kind = geo::GeometryKind::Polygons;
        const double x = double(i % 200) * 2, y = double(i / 200) * 2;
        features[i].geometry.polygons = {{i % 7000 == 6999 ? ring_of({{x, y}, {x + 1, y + 1}, {x + 1, y}, {x, y + 1}})
                                                           : ring_of({{x, y}, {x + 1, y}, {x + 1, y + 1}, {x, y + 1}}),
                                          {}}};
    }
    const data::RepairTally tally = data::repair_invalid_polygons(features, 2);
    CHECK(tally.count(data::PolygonRepair::SelfIntersection) == 5);  // FIDs 6999, 13999, ... 34999
    CHECK(tally.kinds[0].examples == std::vector<int64_t>{6999, 13999, 20999});
    CHECK(features[34999].geometry.polygons.size() == 2);
    CHECK(features[35000].geometry.polygons.size() == 1);
}
