#include <catch2/catch.hpp>

#include <cstdlib>

#include "data/catalog.h"
#include "data/reproject.h"
#include "data/vector_loader.h"
#include "geo/crs.h"
#include "support/test_files.h"

using namespace test_support;

namespace {

const data::Feature* find_by_id(const data::Layer& layer, const std::string& id) {
    for (const auto& f : layer.features)
        if (layer.text(f, "id") == id) return &f;
    return nullptr;
}

}  // namespace

TEST_CASE("bundled parks load with their fields and Vietnamese text intact", "[loader]") {
    const auto result = data::load_vector_file((bundled_data() / "parks.shp").string());
    REQUIRE(result.layers.size() == 1);
    const data::Layer& parks = result.layers[0];
    CHECK(parks.kind == geo::GeometryKind::Polygons);
    CHECK(parks.features.size() == 21);
    for (const char* field : {"id", "name_vi", "name_en", "status", "area_ha", "area_src", "occ_pct", "occ_asof",
                              "occ_src", "developer", "district", "tenants", "outline"})
        CHECK(parks.field_index(field).has_value());

    const data::Feature* dinh_vu = find_by_id(parks, "dinh-vu");
    REQUIRE(dinh_vu);
    CHECK(parks.text(*dinh_vu, "name_vi") == "KCN Đình Vũ");
    CHECK(parks.number(*dinh_vu, "occ_pct") == Approx(96.3));
    CHECK(parks.text(*dinh_vu, "status") == "operating");
    CHECK(parks.text(*dinh_vu, "outline") == "approximate");

    const data::Feature* nomura = find_by_id(parks, "nomura");
    REQUIRE(nomura);
    CHECK(parks.text(*nomura, "district") == "An Dương");

    // Unknowns stay unknown: a planned park has no occupancy figure.
    const data::Feature* vinh_quang = find_by_id(parks, "vinh-quang");
    REQUIRE(vinh_quang);
    CHECK_FALSE(parks.number(*vinh_quang, "occ_pct").has_value());

    // Parks without a known location are kept as attribute-only features, and said so.
    CHECK(parks.count_with_geometry() == 19);
    bool reported = false;
    for (const auto& d : parks.diagnostics) reported |= d.message.find("no geometry") != std::string::npos;
    CHECK(reported);
}

TEST_CASE("the parks layer keeps its VN-2000 datum shift", "[loader][crs]") {
    const auto result = data::load_vector_file((bundled_data() / "parks.shp").string());
    REQUIRE(result.ok());
    const std::string& crs = result.layers[0].source_crs;
    CHECK(crs.find("VN-2000") != std::string::npos);
    CHECK(crs.find("BOUNDCRS") != std::string::npos);  // WKT2 for "with TOWGS84"
    CHECK(crs.find("-191.90441429") != std::string::npos);
}

TEST_CASE("every bundled layer loads and lands inside Hai Phong", "[loader]") {
    const auto catalog = data::load_catalog(bundled_data().string(), {}, geo::kDisplayCrs);
    CHECK_FALSE(data::has_errors(catalog.diagnostics));
    CHECK(catalog.layers.size() == data::bundled_layers().size());
    // Hai Phong, in Web Mercator metres: lon 106.3..107.25, lat 20.5..21.1.
    for (const auto& l : catalog.layers) {
        const geo::Box b = l.layer.bounds();
        INFO(l.layer.name);
        CHECK(l.layer.crs == geo::kDisplayCrs);
        CHECK(b.min.x > 11833000.0);
        CHECK(b.max.x < 11939000.0);
        CHECK(b.min.y > 2330000.0);
        CHECK(b.max.y < 2402000.0);
    }
    CHECK(catalog.layers.front().role == data::LayerRole::Sea);  // drawing order: basemap first
    CHECK(catalog.layers.back().role == data::LayerRole::Landmarks);
}

TEST_CASE("GeoJSON and GeoPackage load like the Shapefile", "[loader]") {
    TempDir dir;
    const std::string src = (bundled_data() / "parks.shp").string();
    const auto geojson = dir / "parks.geojson";
    const auto gpkg = dir / "parks.gpkg";
    REQUIRE(std::system(("ogr2ogr -q -f GeoJSON '" + geojson.string() + "' '" + src + "'").c_str()) == 0);
    REQUIRE(std::system(("ogr2ogr -q -f GPKG '" + gpkg.string() + "' '" + src + "'").c_str()) == 0);

    const auto shp = data::load_vector_file(src);
    for (const auto& path : {geojson, gpkg}) {
        INFO(path.string());
        auto result = data::load_vector_file(path.string());
        REQUIRE(result.layers.size() == 1);
        data::Layer& layer = result.layers[0];
        CHECK(layer.kind == geo::GeometryKind::Polygons);
        CHECK(layer.features.size() == shp.layers[0].features.size());
        const data::Feature* dinh_vu = find_by_id(layer, "dinh-vu");
        REQUIRE(dinh_vu);
        CHECK(layer.text(*dinh_vu, "name_vi") == "KCN Đình Vũ");
        // Same place on the map, whatever the format (GeoJSON is written in WGS 84).
        data::Layer reference = shp.layers[0];
        REQUIRE(data::reproject_layer(layer, geo::kDisplayCrs));
        REQUIRE(data::reproject_layer(reference, geo::kDisplayCrs));
        const geo::Box a = layer.bounds(), b = reference.bounds();
        CHECK(std::abs(a.min.x - b.min.x) < 1.0);
        CHECK(std::abs(a.max.y - b.max.y) < 1.0);
    }
}

TEST_CASE("a GeoJSON mixing geometry kinds is split into one layer per kind", "[loader]") {
    TempDir dir;
    const auto path = dir / "mixed.geojson";
    write_file(path, R"({"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"name":"Cảng"},"geometry":{"type":"Point","coordinates":[106.89,20.81]}},
      {"type":"Feature","properties":{"name":"Đường"},"geometry":{"type":"LineString","coordinates":[[106.6,20.8],[106.7,20.9]]}},
      {"type":"Feature","properties":{"name":"Khu"},"geometry":{"type":"Polygon","coordinates":[[[106.6,20.8],[106.7,20.8],[106.7,20.9],[106.6,20.8]]]}}
    ]})");
    const auto result = data::load_vector_file(path.string());
    REQUIRE(result.layers.size() == 3);
    CHECK(result.layers[0].kind == geo::GeometryKind::Points);
    CHECK(result.layers[1].kind == geo::GeometryKind::Lines);
    CHECK(result.layers[2].kind == geo::GeometryKind::Polygons);
    CHECK(result.layers[0].text(result.layers[0].features[0], "name") == "Cảng");
}
