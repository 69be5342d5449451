// Broken inputs: each must give a clear message naming the file, never a crash, keep whatever
// else can be shown, and never write to the user's files.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "data/catalog.h"
#include "data/vector_loader.h"
#include "geo/crs.h"
#include "render/layer_mesh.h"
#include "support/test_files.h"

using namespace test_support;

namespace {

bool mentions(const data::Diagnostics& diags, data::Severity severity, const std::string& file, const std::string& words) {
    for (const auto& d : diags)
        if (d.severity == severity && d.file.find(file) != std::string::npos && d.message.find(words) != std::string::npos)
            return true;
    return false;
}

// Loads `shp` and checks that its directory is byte-for-byte as it was.
data::LoadResult load_untouched(const fs::path& shp) {
    const auto before = fingerprint(shp.parent_path());
    auto result = data::load_vector_file(shp.string());
    CHECK(fingerprint(shp.parent_path()) == before);
    return result;
}

}  // namespace

TEST_CASE("a Shapefile without its .shx is refused with a clear message", "[bad_input]") {
    TempDir dir;
    const auto shp = copy_bundled_layer("parks", dir.path());
    fs::remove(dir / "parks.shx");
    const auto result = load_untouched(shp);
    CHECK(result.layers.empty());
    CHECK(mentions(result.diagnostics, data::Severity::Error, "parks.shp", "parks.shx is missing"));
}

TEST_CASE("a Shapefile without its .dbf still shows its shapes", "[bad_input]") {
    TempDir dir;
    const auto shp = copy_bundled_layer("parks", dir.path());
    fs::remove(dir / "parks.dbf");
    const auto result = load_untouched(shp);
    REQUIRE(result.layers.size() == 1);
    CHECK(result.layers[0].count_with_geometry() == 19);
    CHECK(result.layers[0].fields.empty());
    CHECK(mentions(result.diagnostics, data::Severity::Warning, "parks.shp", "parks.dbf is missing"));
}

TEST_CASE("a missing .prj: lon/lat data is assumed WGS 84, VN-2000 TM-3 guessed (more in test_crs_checks)", "[bad_input]") {
    TempDir dir;
    SECTION("VN-2000 TM-3 coordinates are placed on a guessed meridian, with a warning") {
        const auto shp = copy_bundled_layer("parks", dir.path());
        fs::remove(dir / "parks.prj");
        const auto result = load_untouched(shp);
        CHECK(result.layers.size() == 1);
        CHECK(mentions(result.all_diagnostics(), data::Severity::Warning, "parks.shp", "This is a guess"));
    }
    SECTION("longitude/latitude coordinates are placed, with a warning") {
        const auto shp = copy_bundled_layer("landmarks", dir.path());
        fs::remove(dir / "landmarks.prj");
        const auto result = load_untouched(shp);
        REQUIRE(result.layers.size() == 1);
        CHECK(result.layers[0].crs == "EPSG:4326");
        CHECK(mentions(result.all_diagnostics(), data::Severity::Warning, "landmarks.shp", "WGS 84 (EPSG:4326) is assumed"));
    }
}

TEST_CASE("an unknown CRS in the .prj is reported, not guessed", "[bad_input]") {
    TempDir dir;
    const auto shp = copy_bundled_layer("parks", dir.path());
    write_file(dir / "parks.prj", "PROJCS[\"made up\",NONSENSE[1,2,3]]");
    const auto result = load_untouched(shp);
    CHECK(result.layers.empty());
    CHECK(mentions(result.all_diagnostics(), data::Severity::Error, "parks.shp", "not one GDAL/PROJ recognises"));
}

TEST_CASE("a truncated .shp keeps its complete features and says it is truncated", "[bad_input]") {
    TempDir dir;
    const auto shp = copy_bundled_layer("hp_land", dir.path());
    const std::string bytes = read_file(shp);
    write_file(shp, bytes.substr(0, bytes.size() * 6 / 10));
    const auto result = load_untouched(shp);
    CHECK(mentions(result.diagnostics, data::Severity::Error, "hp_land.shp", "truncated"));
    REQUIRE(result.layers.size() == 1);
    const size_t drawn = result.layers[0].count_with_geometry();
    CHECK(drawn > 50);
    CHECK(drawn < 506);
}

TEST_CASE("a file that is not a Shapefile at all is refused", "[bad_input]") {
    TempDir dir;
    const auto shp = copy_bundled_layer("parks", dir.path());
    write_file(shp, "this is not a shapefile");
    const auto result = load_untouched(shp);
    CHECK(result.layers.empty());
    CHECK(mentions(result.diagnostics, data::Severity::Error, "parks.shp", "not a Shapefile"));
}

TEST_CASE("a layer with no features is listed with a warning", "[bad_input]") {
    TempDir dir;
    const auto src = bundled_data() / "parks.shp";
    const auto empty = dir / "empty.shp";
    REQUIRE(std::system(("ogr2ogr -q -where \"id = 'nothing'\" '" + empty.string() + "' '" + src.string() + "'").c_str()) == 0);
    const auto result = load_untouched(empty);
    REQUIRE(result.layers.size() == 1);
    CHECK(result.layers[0].features.empty());
    CHECK(mentions(result.all_diagnostics(), data::Severity::Warning, "empty.shp", "has no features"));
}

TEST_CASE("empty, null and degenerate geometries are skipped and counted", "[bad_input]") {
    TempDir dir;
    const auto path = dir / "broken.geojson";
    write_file(path, R"({"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"id":"ok"},"geometry":{"type":"Polygon","coordinates":[[[106.6,20.8],[106.7,20.8],[106.7,20.9],[106.6,20.8]]]}},
      {"type":"Feature","properties":{"id":"null"},"geometry":null},
      {"type":"Feature","properties":{"id":"empty"},"geometry":{"type":"Polygon","coordinates":[]}},
      {"type":"Feature","properties":{"id":"two-points"},"geometry":{"type":"Polygon","coordinates":[[[106.6,20.8],[106.7,20.8],[106.6,20.8]]]}},
      {"type":"Feature","properties":{"id":"bow-tie"},"geometry":{"type":"Polygon","coordinates":[[[106.6,20.8],[106.7,20.9],[106.7,20.8],[106.6,20.9],[106.6,20.8]]]}}
    ]})");
    auto result = load_untouched(path);
    REQUIRE(result.layers.size() == 1);
    const data::Layer& layer = result.layers[0];
    CHECK(layer.features.size() == 5);           // every feature kept for the tables
    CHECK(layer.count_with_geometry() == 2);     // the valid one and the self-intersecting one
    CHECK(mentions(layer.diagnostics, data::Severity::Warning, "broken.geojson", "3 feature(s) have no geometry"));
    CHECK(mentions(layer.diagnostics, data::Severity::Warning, "broken.geojson", "fewer than 3 distinct points"));
    // The self-intersecting polygon still becomes a mesh without crashing.
    const auto mesh = render::build_layer_mesh(layer);
    CHECK(mesh.features.size() == 5);
}

TEST_CASE("a legacy-encoded .dbf without .cpg is detected as Windows-1258", "[bad_input][encoding]") {
    TempDir dir;
    const auto src = bundled_data() / "parks.shp";
    const auto legacy = dir / "legacy.shp";
    REQUIRE(std::system(("ogr2ogr -q -lco ENCODING=CP1258 -select id,name_vi '" + legacy.string() + "' '" +
                         src.string() + "'").c_str()) == 0);
    fs::remove(dir / "legacy.cpg");
    // Clear the code page byte too, as old tools leave it.
    std::string dbf = read_file(dir / "legacy.dbf");
    REQUIRE(dbf.size() > 32);
    dbf[29] = 0;
    write_file(dir / "legacy.dbf", dbf);
    REQUIRE(read_file(dir / "legacy.dbf").find("KCN \xD0i") != std::string::npos);  // "Đi" as CP1258 bytes

    const auto result = load_untouched(legacy);
    REQUIRE(result.layers.size() == 1);
    const data::Layer& layer = result.layers[0];
    bool found = false;
    for (const auto& f : layer.features)
        if (layer.text(f, "id") == "dinh-vu") found = layer.text(f, "name_vi") == "KCN Đình Vũ";
    CHECK(found);
    CHECK(layer.provenance.encoding == "Windows-1258");
    CHECK(layer.provenance.encoding_basis == data::Basis::Guessed);
    bool said = false;
    for (const auto& d : layer.diagnostics) said |= d.message.find("it reads as Windows-1258 (detected") != std::string::npos;
    CHECK(said);
}

TEST_CASE("one broken file does not stop the rest of the map", "[bad_input][catalog]") {
    TempDir dir;
    for (const auto& b : data::bundled_layers()) copy_bundled_layer(b.file_stem, dir.path());
    fs::remove(dir / "parks.shx");
    const auto before = fingerprint(dir.path());
    const auto catalog = data::load_catalog(dir.path().string(), {(dir / "no-such-file.shp").string()}, geo::kDisplayCrs);
    CHECK(fingerprint(dir.path()) == before);
    CHECK(catalog.layers.size() == data::bundled_layers().size() - 1);
    CHECK(catalog.find(data::LayerRole::EconomicZones));
    CHECK_FALSE(catalog.find(data::LayerRole::Parks));
    CHECK(mentions(catalog.diagnostics, data::Severity::Error, "parks.shp", "parks.shx is missing"));
    CHECK(mentions(catalog.diagnostics, data::Severity::Error, "no-such-file.shp", "file not found"));
}

TEST_CASE("a named pipe given as a file is refused at once, not waited on", "[bad_input]") {
    TempDir dir;
    const fs::path fifo = dir / "parcels.shp";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const auto result = data::load_vector_file(fifo.string());  // hung in GDAL's open before
    CHECK(result.layers.empty());
    CHECK(mentions(result.diagnostics, data::Severity::Error, "parcels.shp", "not a file or folder"));
}

TEST_CASE("a half-copied .shx is named as truncated, not GDAL's 'Success'", "[bad_input]") {
    TempDir dir;
    const auto shp = copy_bundled_layer("parks", dir.path());
    std::string shx = read_file(dir / "parks.shx");
    write_file(dir / "parks.shx", shx.substr(0, shx.size() - 12));
    const auto result = load_untouched(shp);
    CHECK(result.layers.empty());
    CHECK(mentions(result.diagnostics, data::Severity::Error, "parks.shp", "parks.shx is truncated (half-copied?)"));
    for (const auto& d : result.all_diagnostics()) CHECK(d.message.find("Success") == std::string::npos);
}

TEST_CASE("a .dbf or .shx given instead of its .shp opens the whole Shapefile", "[bad_input]") {
    TempDir dir;
    copy_bundled_layer("parks", dir.path());
    for (const char* part : {"parks.dbf", "parks.shx"}) {
        const auto result = load_untouched(dir / part);
        REQUIRE(result.layers.size() == 1);
        CHECK(result.layers[0].count_with_geometry() == 19);
        CHECK(mentions(result.diagnostics, data::Severity::Info, part, "part of the Shapefile parks.shp"));
    }
}

TEST_CASE("a lone .dbf says it is a table with nothing to draw, not a PROJ error", "[bad_input]") {
    TempDir dir;
    copy_bundled_layer("parks", dir.path());
    fs::remove(dir / "parks.shp");
    fs::remove(dir / "parks.shx");
    data::LoadOptions options;
    options.target_crs = geo::kDisplayCrs;
    const auto before = fingerprint(dir.path());
    const auto result = data::load_vector_file((dir / "parks.dbf").string(), options);
    CHECK(fingerprint(dir.path()) == before);
    const auto all = result.all_diagnostics();
    CHECK(mentions(all, data::Severity::Warning, "parks.dbf", "the .shp with its shapes is not beside it"));
    CHECK(mentions(all, data::Severity::Warning, "parks.dbf", "is a table with no shapes (21 rows)"));
    for (const auto& d : all) {
        CHECK(d.message.find("PROJ") == std::string::npos);
        CHECK(d.severity != data::Severity::Error);
    }
}

TEST_CASE("an unreadable file says permission denied", "[bad_input]") {
    TempDir dir;
    const auto shp = copy_bundled_layer("parks", dir.path());
    fs::permissions(shp, fs::perms::none);
    fs::permissions(dir.path(), fs::perms::owner_all | fs::perms::others_exec | fs::perms::others_read);
    // Root reads anything: the check runs in a child that becomes nobody, as a planner's account would be.
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0)) _exit(3);
        const auto result = data::load_vector_file(shp.string());
        const bool said = result.layers.empty() &&
                          mentions(result.diagnostics, data::Severity::Error, "parks.shp", "permission denied");
        _exit(said ? 0 : 1);
    }
    int status = 0;
    waitpid(child, &status, 0);
    fs::permissions(shp, fs::perms::owner_read | fs::perms::owner_write);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
}

TEST_CASE("a .cpg naming an unknown encoding is named, and the text's encoding detected", "[bad_input][encoding]") {
    TempDir dir;
    const auto shp = copy_bundled_layer("parks", dir.path());
    write_file(dir / "parks.cpg", "KLINGON-9\n");
    const auto result = load_untouched(shp);
    REQUIRE(result.layers.size() == 1);
    CHECK(mentions(result.diagnostics, data::Severity::Warning, "parks.shp",
                   "parks.cpg names the text encoding 'KLINGON-9', which Park Atlas does not know"));
    const data::Layer& layer = result.layers[0];
    bool found = false;
    for (const auto& f : layer.features)
        if (layer.text(f, "id") == "dinh-vu") found = layer.text(f, "name_vi") == "KCN Đình Vũ";
    CHECK(found);  // the bundled .dbf is UTF-8: detected so
    CHECK(layer.provenance.encoding == "UTF-8");
    CHECK(layer.provenance.encoding_basis == data::Basis::Guessed);
}
