#include <catch2/catch.hpp>

#include <cstdlib>
#include <random>

#include "app/picking.h"
#include "data/vector_loader.h"
#include "geo/crs.h"
#include "geo/label_point.h"
#include "support/cadastre_file.h"
#include "geo/hit_test.h"
#include "geo/spatial_index.h"

namespace {

geo::Ring square(double x0, double y0, double x1, double y1) { return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}}; }

data::Feature polygon_feature(std::vector<geo::Polygon> polys, const std::string& id) {
    data::Feature f;
    f.geometry.kind = geo::GeometryKind::Polygons;
    f.geometry.polygons = std::move(polys);
    f.values = {id};
    return f;
}

data::MapLayer make_layer(const std::string& name, data::LayerRole role, geo::GeometryKind kind) {
    data::MapLayer ml;
    ml.layer.name = name;
    ml.layer.kind = kind;
    ml.layer.fields = {{"id", data::FieldType::String}};
    ml.role = role;
    return ml;
}

// Screen = map with y flipped: camera at (0,0), 1 m per pixel, 400x400 pixels.
render::Camera camera() {
    render::Camera c;
    c.centre = {0, 0};
    c.metres_per_pixel = 1.0;
    c.width_px = 400;
    c.height_px = 400;
    return c;
}

geo::Vec2 screen(double mx, double my) { return camera().map_to_screen({mx, my}); }

std::vector<std::string> ids(const data::Catalog& cat, const std::vector<app::Hit>& hits) {
    std::vector<std::string> out;
    for (const auto& h : hits) {
        const auto& l = cat.layers[h.layer].layer;
        out.push_back(l.name + ":" + l.text(l.features[h.feature], "id").value_or("?"));
    }
    return out;
}

data::Catalog test_catalog() {
    data::Catalog cat;
    auto zones = make_layer("zones", data::LayerRole::EconomicZones, geo::GeometryKind::Polygons);
    zones.layer.features.push_back(polygon_feature({{square(-150, -150, 150, 150), {}}}, "big-zone"));
    auto parks = make_layer("parks", data::LayerRole::Parks, geo::GeometryKind::Polygons);
    // A park with a hole in the middle.
    parks.layer.features.push_back(polygon_feature({{square(-100, -100, 0, 0), {square(-60, -60, -40, -40)}}}, "holed"));
    // A multipolygon: two separate squares.
    parks.layer.features.push_back(
        polygon_feature({{square(20, 20, 40, 40), {}}, {square(80, 80, 100, 100), {}}}, "multi"));
    auto pins = make_layer("projects", data::LayerRole::Projects, geo::GeometryKind::Points);
    data::Feature pin;
    pin.geometry.kind = geo::GeometryKind::Points;
    pin.geometry.points = {{30, 30}};
    pin.values = {"pin-a"};
    pins.layer.features.push_back(pin);
    pin.geometry.points = {{-10, -10}};
    pin.values = {"pin-b"};
    pins.layer.features.push_back(pin);
    auto land = make_layer("land", data::LayerRole::Land, geo::GeometryKind::Polygons);
    land.layer.features.push_back(polygon_feature({{square(-1000, -1000, 1000, 1000), {}}}, "land"));
    cat.layers = {land, zones, parks, pins};  // drawing order, bottom first
    return cat;
}

}  // namespace

TEST_CASE("holes are not part of a polygon", "[picking]") {
    const auto cat = test_catalog();
    app::Picker picker(cat);
    CHECK(ids(cat, picker.pick(cat, camera(), screen(-80, -80))) ==
          std::vector<std::string>{"parks:holed", "zones:big-zone"});
    CHECK(ids(cat, picker.pick(cat, camera(), screen(-50, -50))) == std::vector<std::string>{"zones:big-zone"});
}

TEST_CASE("every part of a multipolygon is hit, the gap between them is not", "[picking]") {
    const auto cat = test_catalog();
    app::Picker picker(cat);
    CHECK(ids(cat, picker.pick(cat, camera(), screen(90, 90)))[0] == "parks:multi");
    CHECK(ids(cat, picker.pick(cat, camera(), screen(21, 39)))[0] == "parks:multi");
    CHECK(ids(cat, picker.pick(cat, camera(), screen(60, 60))) == std::vector<std::string>{"zones:big-zone"});
}

TEST_CASE("pins are hit within N pixels and come first (top-most layer)", "[picking]") {
    const auto cat = test_catalog();
    app::Picker picker(cat);
    app::PickOptions o;
    o.pin_radius_px = 6.0;
    // 5 px from pin-a, inside the multipolygon and the zone: all three, pin first.
    CHECK(ids(cat, picker.pick(cat, camera(), screen(34, 33), o)) ==
          std::vector<std::string>{"projects:pin-a", "parks:multi", "zones:big-zone"});
    // 7 px away: no pin.
    CHECK(ids(cat, picker.pick(cat, camera(), screen(37, 30), o))[0] == "parks:multi");
    // The radius is in pixels: zoomed out 10x, 50 m is 5 px.
    render::Camera far = camera();
    far.metres_per_pixel = 10.0;
    CHECK(ids(cat, picker.pick(cat, far, far.map_to_screen({30, 80}), o))[0] == "projects:pin-a");
    // A per-feature radius wins.
    o.pin_radius = [](size_t, size_t) { return 1.0; };
    CHECK(ids(cat, picker.pick(cat, camera(), screen(34, 33), o))[0] == "parks:multi");
}

TEST_CASE("invisible layers and the basemap are skipped; the draw order decides what is on top", "[picking]") {
    auto cat = test_catalog();
    app::Picker picker(cat);
    app::PickOptions o;
    CHECK(ids(cat, picker.pick(cat, camera(), screen(500, 500), o)).empty());
    o.include_basemap = true;
    CHECK(ids(cat, picker.pick(cat, camera(), screen(500, 500), o)) == std::vector<std::string>{"land:land"});
    o.include_basemap = false;
    cat.layers[2].visible = false;
    CHECK(ids(cat, picker.pick(cat, camera(), screen(-80, -80), o)) == std::vector<std::string>{"zones:big-zone"});
    cat.layers[2].visible = true;
    // Zones moved above parks.
    CHECK(ids(cat, picker.pick(cat, camera(), screen(-80, -80), o, {0, 2, 1, 3})) ==
          std::vector<std::string>{"zones:big-zone", "parks:holed"});
}

TEST_CASE("the grid index returns the same candidates as a scan", "[picking]") {
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> pos(0, 10000), size(1, 300);
    std::vector<geo::Box> boxes;
    for (int i = 0; i < 2000; ++i) {
        geo::Box b;
        const geo::Vec2 p{pos(rng), pos(rng)};
        b.expand(p);
        b.expand({p.x + size(rng), p.y + size(rng)});
        boxes.push_back(b);
    }
    boxes.push_back(geo::Box{});  // empty: never returned
    const geo::GridIndex grid(boxes);
    CHECK(grid.columns() > 1);
    for (int q = 0; q < 200; ++q) {
        const geo::Vec2 p{pos(rng), pos(rng)};
        const double r = q % 2 ? 0.0 : 50.0;
        std::vector<uint32_t> expected;
        geo::Box qb;
        qb.expand({p.x - r, p.y - r});
        qb.expand({p.x + r, p.y + r});
        for (uint32_t i = 0; i < boxes.size(); ++i)
            if (!boxes[i].empty() && boxes[i].intersects(qb)) expected.push_back(i);
        CHECK(grid.query(p, r) == expected);
    }
}

TEST_CASE("a click on a layer read where the view is hits the parcel the whole file's layer hits", "[picking][indexed]") {
    test_support::TempDir dir;
    const auto gpkg = test_support::convert_cadastre(test_support::make_cadastre(dir, 600), dir.path() / "cadastre.gpkg", "GPKG");
    const data::Catalog whole = test_support::catalog_of(gpkg, SIZE_MAX), indexed = test_support::catalog_of(gpkg, 100);
    REQUIRE(indexed.layers[0].layer.rows);
    const app::Picker whole_picker(whole), indexed_picker(indexed);
    render::Camera cam;
    cam.width_px = 800;
    cam.height_px = 600;
    cam.fit(whole.layers[0].layer.bounds());
    size_t hits = 0;
    for (const data::Feature& f : whole.layers[0].layer.features) {
        const auto at = geo::label_point(f.geometry);
        if (!at) continue;
        const auto a = whole_picker.pick(whole, cam, cam.map_to_screen(*at));
        const auto b = indexed_picker.pick(indexed, cam, cam.map_to_screen(*at));
        REQUIRE(a.size() == b.size());
        for (size_t k = 0; k < a.size(); ++k) {
            CHECK(whole.layers[0].layer.features[a[k].feature].source_id ==
                  indexed.layers[0].layer.feature_copy(b[k].feature).source_id);
            // What the details panel and the outline read: the same feature, from the file.
            data::Feature read;
            CHECK(indexed.layers[0].layer.feature_ref(b[k].feature, read).values ==
                  whole.layers[0].layer.features[a[k].feature].values);
        }
        hits += !a.empty();
    }
    CHECK(hits > 500);
}
