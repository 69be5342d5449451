// The pipelined loader (read with GDAL on one thread, reproject batches on another) must give
// what the serial load + reproject_layer gives, report progress sanely and stop when cancelled.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <sstream>

#include "data/catalog.h"
#include "data/load_options.h"
#include "data/reproject.h"
#include "data/vector_loader.h"
#include "geo/crs.h"
#include "support/cadastre_file.h"
#include "support/test_files.h"

using namespace test_support;

namespace {

data::LoadResult serial(const fs::path& path, const std::string& target) {
    auto result = data::load_vector_file(path.string());
    for (auto& layer : result.layers) data::reproject_layer(layer, target);  // exact, as before
    return result;
}

void check_same_diagnostics(const data::Diagnostics& a, const data::Diagnostics& b) {
    REQUIRE(a.size() == b.size());
    for (size_t i = 0; i < a.size(); ++i) {
        CHECK(a[i].severity == b[i].severity);
        CHECK(a[i].file == b[i].file);
        CHECK(a[i].message == b[i].message);
    }
}

// Everything equal but coordinates, which agree within `tolerance`; returns the largest difference.
double check_same(const data::LoadResult& got, const data::LoadResult& want, double tolerance) {
    check_same_diagnostics(got.diagnostics, want.diagnostics);
    REQUIRE(got.layers.size() == want.layers.size());
    double worst = 0.0;
    for (size_t l = 0; l < got.layers.size(); ++l) {
        const data::Layer &g = got.layers[l], &w = want.layers[l];
        INFO("layer " << w.name);
        CHECK(g.name == w.name);
        CHECK(g.kind == w.kind);
        CHECK(g.crs == w.crs);
        CHECK(g.source_crs == w.source_crs);
        CHECK(g.source_crs_label == w.source_crs_label);
        REQUIRE(g.fields.size() == w.fields.size());
        for (size_t i = 0; i < g.fields.size(); ++i) CHECK((g.fields[i].name == w.fields[i].name && g.fields[i].type == w.fields[i].type));
        check_same_diagnostics(g.diagnostics, w.diagnostics);
        REQUIRE(g.features.size() == w.features.size());
        for (size_t i = 0; i < g.features.size(); ++i) {
            const data::Feature &gf = g.features[i], &wf = w.features[i];
            REQUIRE(gf.source_id == wf.source_id);
            REQUIRE(gf.values == wf.values);
            REQUIRE(gf.geometry.kind == wf.geometry.kind);
            REQUIRE(gf.geometry.points.size() == wf.geometry.points.size());
            REQUIRE(gf.geometry.lines.size() == wf.geometry.lines.size());
            REQUIRE(gf.geometry.polygons.size() == wf.geometry.polygons.size());
            std::vector<geo::Vec2> a, b;
            gf.geometry.for_each_vertex([&](const geo::Vec2& p) { a.push_back(p); });
            wf.geometry.for_each_vertex([&](const geo::Vec2& p) { b.push_back(p); });
            REQUIRE(a.size() == b.size());
            for (size_t p = 0; p < gf.geometry.polygons.size(); ++p) {
                REQUIRE(gf.geometry.polygons[p].holes.size() == wf.geometry.polygons[p].holes.size());
                REQUIRE(gf.geometry.polygons[p].outer.size() == wf.geometry.polygons[p].outer.size());
            }
            for (size_t k = 0; k < a.size(); ++k) worst = std::max(worst, geo::length(a[k] - b[k]));
        }
    }
    CHECK(worst <= tolerance);
    return worst;
}

data::LoadOptions to_display(unsigned threads = 2) {
    data::LoadOptions o;
    o.target_crs = geo::kDisplayCrs;
    o.threads = threads;
    return o;
}

}  // namespace

TEST_CASE("the pipelined load equals load + reproject_layer on a multi-batch cadastre", "[loader][pipeline]") {
    TempDir dir;
    const auto shp = make_cadastre(dir, 10000);  // three batches of 4096 and a partial one
    const auto want = serial(shp, geo::kDisplayCrs);
    REQUIRE(want.layers.size() == 1);
    CHECK(want.layers[0].features.size() == 10000);
    CHECK(want.layers[0].crs == geo::kDisplayCrs);

    size_t multi = 0, holes = 0;
    for (const auto& f : want.layers[0].features) {
        multi += f.geometry.polygons.size() > 1;
        for (const auto& p : f.geometry.polygons) holes += p.holes.size();
    }
    CHECK(multi == 200);     // the file really has MultiPolygons...
    CHECK(holes >= 990);     // ...and holes (one holed parcel is a NULL shape)

    for (unsigned threads : {1u, 2u, 3u}) {
        INFO(threads << " thread(s)");
        const auto got = data::load_vector_file(shp.string(), to_display(threads));
        const double worst = check_same(got, want, 0.01);
        CHECK(worst > 0.0);  // approximated, not exact: the grid was used
    }
    SECTION("read by two threads (two GDAL datasets, half the records each), as for big files") {
        for (size_t split_at : {size_t(2), size_t(5000)}) {
            auto o = to_display();
            o.split_reading_at = split_at;
            check_same(data::load_vector_file(shp.string(), o), want, 0.01);
        }
        auto o = to_display();
        o.split_reading_at = 2;
        o.approx_tolerance = 0.0;
        CHECK(check_same(data::load_vector_file(shp.string(), o), want, 0.0) == 0.0);
        // Without reprojection too.
        o.target_crs.clear();
        check_same(data::load_vector_file(shp.string(), o), data::load_vector_file(shp.string()), 0.0);
    }
    SECTION("with tolerance 0 every coordinate is PROJ's, to the bit") {
        auto o = to_display();
        o.approx_tolerance = 0.0;
        CHECK(check_same(data::load_vector_file(shp.string(), o), want, 0.0) == 0.0);
    }
}

TEST_CASE("the pipelined load gives the same results and messages on every bundled and broken input", "[loader][pipeline][bad_input]") {
    TempDir dir;
    std::vector<fs::path> inputs;
    for (const auto& b : data::bundled_layers()) inputs.push_back(bundled_data() / (std::string(b.file_stem) + ".shp"));
    // No .prj, lon/lat: the CRS is only known after reading, reprojected afterwards.
    fs::create_directories(dir / "noprj");
    inputs.push_back(copy_bundled_layer("landmarks", dir / "noprj"));
    fs::remove(dir / "noprj" / "landmarks.prj");
    // Unknown CRS, missing .shx, missing .dbf, truncated.
    fs::create_directories(dir / "badprj");
    inputs.push_back(copy_bundled_layer("parks", dir / "badprj"));
    write_file(dir / "badprj" / "parks.prj", "PROJCS[\"made up\",NONSENSE[1,2,3]]");
    fs::create_directories(dir / "noshx");
    inputs.push_back(copy_bundled_layer("parks", dir / "noshx"));
    fs::remove(dir / "noshx" / "parks.shx");
    fs::create_directories(dir / "nodbf");
    inputs.push_back(copy_bundled_layer("parks", dir / "nodbf"));
    fs::remove(dir / "nodbf" / "parks.dbf");
    fs::create_directories(dir / "truncated");
    inputs.push_back(copy_bundled_layer("hp_land", dir / "truncated"));
    const std::string bytes = read_file(inputs.back());
    write_file(inputs.back(), bytes.substr(0, bytes.size() * 6 / 10));
    // Mixed kinds, broken geometries, a point PROJ cannot place (dropped with a warning).
    write_file(dir / "mixed.geojson", R"({"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"name":"Cảng"},"geometry":{"type":"Point","coordinates":[106.89,20.81]}},
      {"type":"Feature","properties":{"name":"Đường"},"geometry":{"type":"LineString","coordinates":[[106.6,20.8],[106.7,20.9]]}},
      {"type":"Feature","properties":{"name":"Khu"},"geometry":{"type":"Polygon","coordinates":[[[106.6,20.8],[106.7,20.8],[106.7,20.9],[106.6,20.8]]]}},
      {"type":"Feature","properties":{"name":"null"},"geometry":null},
      {"type":"Feature","properties":{"name":"two-points"},"geometry":{"type":"Polygon","coordinates":[[[106.6,20.8],[106.7,20.8],[106.6,20.8]]]}},
      {"type":"Feature","properties":{"name":"pole"},"geometry":{"type":"Point","coordinates":[106.0,90.0]}}
    ]})");
    inputs.push_back(dir / "mixed.geojson");
    inputs.push_back(dir / "no-such-file.shp");

    for (const auto& path : inputs) {
        INFO(path.string());
        check_same(data::load_vector_file(path.string(), to_display()), serial(path, geo::kDisplayCrs), 0.01);
    }
    // Without a target the two entry points are the same load.
    for (const auto& path : inputs) {
        INFO(path.string());
        check_same(data::load_vector_file(path.string(), data::LoadOptions{}), data::load_vector_file(path.string()), 0.0);
    }
}

TEST_CASE("progress is monotone, modest and ends at 1", "[loader][pipeline][progress]") {
    TempDir dir;
    const auto shp = make_cadastre(dir, 10000);
    std::vector<data::LoadProgress> seen;
    auto o = to_display();
    o.on_progress = [&](const data::LoadProgress& p) { seen.push_back(p); };
    const auto result = data::load_vector_file(shp.string(), o);
    REQUIRE(result.ok());
    REQUIRE(seen.size() >= 3);
    CHECK(seen.size() <= 10000 / 4096 + 6);  // per batch, not per feature
    CHECK(seen.front().stage == data::LoadStage::Opening);
    CHECK(seen.front().fraction == 0.0);
    bool reading = false;
    for (size_t i = 0; i < seen.size(); ++i) {
        INFO("call " << i << " stage " << data::to_string(seen[i].stage));
        CHECK(seen[i].file == shp.string());
        CHECK(seen[i].fraction >= 0.0);
        CHECK(seen[i].fraction <= 1.0);
        if (i) CHECK(seen[i].fraction >= seen[i - 1].fraction);
        if (i) CHECK(seen[i].features_read >= seen[i - 1].features_read);
        CHECK(seen[i].features_reprojected <= seen[i].features_read);
        if (seen[i].stage == data::LoadStage::Reading) {
            reading = true;
            CHECK(seen[i].features_total == 10000);  // the .shx knows it up front
            CHECK(seen[i].fraction > 0.0);
            CHECK(seen[i].fraction < 1.0);
        }
    }
    CHECK(reading);
    CHECK(seen.back().stage == data::LoadStage::Done);
    CHECK(seen.back().fraction == 1.0);
    CHECK(seen.back().features_read == 10000);
    CHECK(seen.back().features_reprojected == 10000 - 10000 / 997 - 1);  // features without geometry are not reprojected

    SECTION("read by two threads, progress still counts every feature once") {
        std::vector<data::LoadProgress> split;
        auto so = to_display();
        so.split_reading_at = 2;
        so.on_progress = [&](const data::LoadProgress& p) { split.push_back(p); };
        REQUIRE(data::load_vector_file(shp.string(), so).ok());
        for (size_t i = 1; i < split.size(); ++i) CHECK(split[i].fraction >= split[i - 1].fraction);
        CHECK(split.size() <= 2 * (10000 / 4096) + 8);
        CHECK(split.back().stage == data::LoadStage::Done);
        CHECK(split.back().features_read == 10000);
        CHECK(split.back().features_reprojected == 10000 - 10000 / 997 - 1);
    }
    SECTION("the catalog's bar covers all its files, once") {
        std::vector<data::LoadProgress> cat;
        auto co = to_display();
        co.on_progress = [&](const data::LoadProgress& p) { cat.push_back(p); };
        const auto catalog = data::load_catalog(bundled_data().string(), {shp.string()}, co);
        CHECK(catalog.layers.size() == data::bundled_layers().size() + 1);
        size_t done = 0;
        for (size_t i = 0; i < cat.size(); ++i) {
            if (i) CHECK(cat[i].fraction >= cat[i - 1].fraction);
            done += cat[i].stage == data::LoadStage::Done;
        }
        CHECK(done == 1);
        CHECK(cat.back().stage == data::LoadStage::Done);
        CHECK(cat.back().fraction == 1.0);
        CHECK(cat.back().file == shp.string());
    }
}

TEST_CASE("cancelling from the progress callback returns promptly with only a cancelled message", "[loader][pipeline][cancel]") {
    using Clock = std::chrono::steady_clock;
    TempDir dir;
    const auto shp = make_cadastre(dir, 20000);
    std::atomic<bool> cancel{false};
    Clock::time_point cancelled_at;
    data::LoadStage last = data::LoadStage::Opening;
    size_t calls_after = 0;
    auto o = to_display();
    o.cancel = &cancel;
    o.on_progress = [&](const data::LoadProgress& p) {
        if (cancel) ++calls_after;
        last = p.stage;
        if (!cancel && p.features_read >= 8192) {
            cancel = true;
            cancelled_at = Clock::now();
        }
    };
    const auto result = data::load_vector_file(shp.string(), o);
    const double seconds = std::chrono::duration<double>(Clock::now() - cancelled_at).count();
    REQUIRE(cancel);
    CHECK(seconds < 0.2);
    CHECK(result.layers.empty());
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].message == data::kCancelledMessage);
    CHECK(result.diagnostics[0].file == shp.string());
    CHECK(last == data::LoadStage::Cancelled);
    CHECK(calls_after == 1);  // only the final Cancelled report

    SECTION("read by two threads, cancel stops both") {
        cancel = false;
        calls_after = 0;
        o.split_reading_at = 2;
        const auto split = data::load_vector_file(shp.string(), o);
        const double split_seconds = std::chrono::duration<double>(Clock::now() - cancelled_at).count();
        REQUIRE(cancel);
        CHECK(split_seconds < 0.2);
        CHECK(split.layers.empty());
        REQUIRE(split.diagnostics.size() == 1);
        CHECK(split.diagnostics[0].message == data::kCancelledMessage);
        CHECK(last == data::LoadStage::Cancelled);
    }
    SECTION("a flag already set stops before GDAL opens the file") {
        const auto again = data::load_vector_file(shp.string(), o);
        CHECK(again.layers.empty());
        REQUIRE(again.diagnostics.size() == 1);
        CHECK(again.diagnostics[0].message == data::kCancelledMessage);
    }
    SECTION("a cancelled catalog is empty but for the message") {
        cancel = false;
        auto co = to_display();
        co.cancel = &cancel;
        co.on_progress = [&](const data::LoadProgress& p) {
            if (p.file == shp.string() && p.features_read >= 4096) cancel = true;
        };
        const auto catalog = data::load_catalog(bundled_data().string(), {shp.string()}, co);
        CHECK(catalog.layers.empty());
        REQUIRE(catalog.diagnostics.size() == 1);
        CHECK(catalog.diagnostics[0].message == data::kCancelledMessage);
    }
}
