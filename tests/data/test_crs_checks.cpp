// What a layer's numbers say about its CRS: VN-2000 TM-3 read on the right province's meridian
// when no .prj says, a warning when they contradict the CRS declared, and MicroStation DGN
// drawings (which carry no CRS) placed and labelled.
#include <catch2/catch.hpp>

#include <cstdio>

#include "data/vector_loader.h"
#include "geo/crs.h"
#include "support/test_files.h"

using namespace test_support;

namespace {

bool says(const data::Diagnostics& diags, data::Severity severity, const std::string& words) {
    for (const auto& d : diags)
        if (d.severity == severity && d.message.find(words) != std::string::npos) return true;
    return false;
}

data::LoadResult load(const fs::path& p, data::SourceAssumptions assume = {}) {
    data::LoadOptions options;
    options.target_crs = geo::kLonLatCrs;
    options.assume = assume;
    return data::load_vector_file(p.string(), options);
}

// A CSV of points with a WKT column: GDAL gives it no CRS, as a Shapefile without .prj.
fs::path csv_of_points(const fs::path& dir, const std::vector<geo::Vec2>& points) {
    std::string text = "WKT,name\n";
    char line[128];
    for (size_t i = 0; i < points.size(); ++i) {
        std::snprintf(line, sizeof line, "\"POINT (%.3f %.3f)\",p%zu\n", points[i].x, points[i].y, i);
        text += line;
    }
    write_file(dir / "points.csv", text);
    return dir / "points.csv";
}

geo::Vec2 on_grid(const char* crs, geo::Vec2 lonlat) {
    auto t = geo::Transformer::create(geo::kLonLatCrs, crs);
    REQUIRE(t);
    return *t->transform(lonlat);
}

}  // namespace

TEST_CASE("a Shapefile in VN-2000 TM-3 without its .prj lands where it does with it", "[crs_checks]") {
    TempDir with, without;
    const auto shp_with = copy_bundled_layer("parks", with.path());
    const auto shp_without = copy_bundled_layer("parks", without.path());
    fs::remove(without / "parks.prj");
    const auto a = load(shp_with), b = load(shp_without);
    REQUIRE(a.layers.size() == 1);
    REQUIRE(b.layers.size() == 1);
    CHECK(b.layers[0].provenance.crs == data::Basis::Guessed);
    CHECK(a.layers[0].provenance.crs == data::Basis::Declared);
    const geo::Box ba = a.layers[0].bounds(), bb = b.layers[0].bounds();
    CHECK(bb.min.x == Approx(ba.min.x).margin(1e-6));  // about 0.1 m
    CHECK(bb.max.y == Approx(ba.max.y).margin(1e-6));
    const auto diags = b.all_diagnostics();
    CHECK(says(diags, data::Severity::Warning, "fall in Hải Phòng"));
    CHECK(says(diags, data::Severity::Warning, "105°45' (EPSG:9210) is assumed. This is a guess"));
    CHECK(says(diags, data::Severity::Warning, "--crs EPSG:9210"));
}

TEST_CASE("TM-3 numbers from Son La are read on Son La's meridian", "[crs_checks]") {
    TempDir dir;
    const auto p = on_grid("EPSG:9206", {103.91, 21.33});
    const auto csv = csv_of_points(dir.path(), {p, {p.x + 300, p.y + 200}});
    const auto r = load(csv);
    REQUIRE(r.layers.size() == 1);
    const geo::Box b = r.layers[0].bounds();
    CHECK(b.min.x == Approx(103.91).margin(1e-5));
    CHECK(b.min.y == Approx(21.33).margin(1e-5));
    CHECK(says(r.all_diagnostics(), data::Severity::Warning, "fall in Sơn La"));
}

TEST_CASE("TM-3 numbers that two provinces' meridians both place at home: the other one is named", "[crs_checks]") {
    // Ha Noi's numbers read on Hai Duong's meridian land in Hai Duong: no rule tells them apart.
    TempDir dir;
    const auto csv = csv_of_points(dir.path(), {on_grid("EPSG:5897", {105.852, 21.028})});
    const auto r = load(csv);
    REQUIRE(r.layers.size() == 1);
    const auto diags = r.all_diagnostics();
    const bool chosen = says(diags, data::Severity::Warning, "fall in Hà Nội");
    const bool named_as_other = says(diags, data::Severity::Warning, "would fall there too: ") &&
                                says(diags, data::Severity::Warning, "Hà Nội 105°00' (EPSG:5897)");
    CHECK((chosen || named_as_other));
    CHECK(says(diags, data::Severity::Warning, "would fall there too"));
}

TEST_CASE("the --crs option is taken for a file that names none, instead of the guess", "[crs_checks]") {
    TempDir dir;
    const auto p = on_grid("EPSG:9209", {106.33, 20.94});  // Hai Duong's grid: also fits Hai Phong's
    const auto csv = csv_of_points(dir.path(), {p});
    const auto guessed = load(csv);
    REQUIRE(guessed.layers.size() == 1);
    CHECK(says(guessed.all_diagnostics(), data::Severity::Warning, "would fall there too"));
    const auto given = load(csv, {"EPSG:9209", ""});
    REQUIRE(given.layers.size() == 1);
    CHECK(given.layers[0].provenance.crs == data::Basis::Given);
    CHECK(given.layers[0].bounds().min.x == Approx(106.33).margin(1e-5));
    CHECK(says(given.all_diagnostics(), data::Severity::Info, "was given with --crs"));
}

TEST_CASE("numbers that are neither degrees nor TM-3 still cannot be placed", "[crs_checks]") {
    TempDir dir;
    const auto csv = csv_of_points(dir.path(), {{11'880'000, 2'370'000}});
    const auto r = load(csv);
    CHECK(r.layers.empty());
    CHECK(says(r.all_diagnostics(), data::Severity::Error, "cannot be placed"));
}

TEST_CASE("a projected .prj on longitude/latitude numbers is warned about", "[crs_checks]") {
    TempDir dir;
    const auto shp = copy_bundled_layer("landmarks", dir.path());  // lon/lat points
    // UTM 48N (metres) declared for numbers in degrees: drawn at the equator otherwise silently.
    auto utm = geo::describe_crs("EPSG:32648");
    REQUIRE(utm);
    write_file(dir / "landmarks.prj",
               "PROJCS[\"WGS_1984_UTM_Zone_48N\",GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\","
               "6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION["
               "\"Transverse_Mercator\"],PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",0.0],"
               "PARAMETER[\"Central_Meridian\",105.0],PARAMETER[\"Scale_Factor\",0.9996],PARAMETER[\"Latitude_Of_Origin\","
               "0.0],UNIT[\"Meter\",1.0]]");
    const auto r = load(shp);
    CHECK(says(r.all_diagnostics(), data::Severity::Warning, "in metres, but every coordinate lies within ±180 and ±90"));
}

TEST_CASE("GeoJSON: an unknown crs member is named, and metres in a degrees CRS are pointed out", "[crs_checks]") {
    TempDir dir;
    const auto p = on_grid("EPSG:9210", {106.77, 20.84});
    char feature[256];
    std::snprintf(feature, sizeof feature,
                  "\"features\":[{\"type\":\"Feature\",\"properties\":{\"n\":\"a\"},\"geometry\":{\"type\":\"Point\","
                  "\"coordinates\":[%.1f,%.1f]}}]}",
                  p.x, p.y);
    write_file(dir / "unknown.geojson", std::string("{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",") +
                                            "\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::99999\"}}," + feature);
    const auto r = load(dir / "unknown.geojson");
    const auto diags = r.all_diagnostics();
    CHECK(says(diags, data::Severity::Warning, "names its CRS 'urn:ogc:def:crs:EPSG::99999', which PROJ does not know"));
    CHECK(says(diags, data::Severity::Warning, "in degrees, but its coordinates are not longitudes and latitudes"));
    CHECK(says(diags, data::Severity::Warning, "they fit VN-2000 / TM-3 metres, as in Hải Phòng (EPSG:9210)"));
}

TEST_CASE("a MicroStation DGN v7 cadastral drawing: placed on VN-2000, levels kept, TCVN3 text as labels", "[crs_checks][dgn]") {
    const fs::path dgn = fs::path(PARKATLAS_TEST_DATA) / "../../tests/data/fixtures/cadastre_v7.dgn";
    const auto before = read_file(dgn);
    const auto r = load(dgn);
    CHECK(read_file(dgn) == before);
    REQUIRE(r.layers.size() == 3);  // the one "elements" layer, by kind: text points, lines, shapes
    const data::Layer* text = nullptr;
    const data::Layer* parcels = nullptr;
    for (const auto& l : r.layers) {
        if (l.kind == geo::GeometryKind::Points) text = &l;
        if (l.kind == geo::GeometryKind::Polygons) parcels = &l;
        CHECK(l.provenance.driver == "Microstation DGN");
        CHECK(l.provenance.crs == data::Basis::Guessed);
    }
    REQUIRE(text);
    REQUIRE(parcels);
    CHECK(parcels->features.size() == 4);
    CHECK(text->text_field == "Text");
    CHECK(parcels->text_field.empty());
    // Its text is TCVN3 bytes (.VnTime fonts), converted.
    CHECK(text->text(text->features[1], "Text") == "Thửa 2 - Hộ ông Nguyễn Văn Bình");
    CHECK(text->text(text->features[2], "Text") == "Thửa 3 - đất công ích xã");
    CHECK(text->provenance.encoding == "TCVN3 (ABC)");
    CHECK(text->provenance.encoding_basis == data::Basis::Guessed);
    for (const auto& f : parcels->features) CHECK(parcels->number(f, "Level") == 10);
    for (const auto& f : text->features) CHECK(text->number(f, "Level") == 30);
    // The drawing's first corner, easting 601 km and northing 2,303 km on Hai Phong's 105°45'.
    auto to_lonlat = geo::Transformer::create("EPSG:9210", geo::kLonLatCrs);
    REQUIRE(to_lonlat);
    const auto corner = to_lonlat->transform({601000.0, 2303000.0});
    REQUIRE(corner);
    CHECK(parcels->bounds().min.x == Approx(corner->x).margin(1e-7));
    CHECK(parcels->bounds().min.y == Approx(corner->y).margin(1e-7));
    CHECK(says(r.all_diagnostics(), data::Severity::Warning, "fall in Hải Phòng"));
}
