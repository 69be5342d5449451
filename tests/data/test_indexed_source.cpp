// A big layer with a spatial index is read where the view is (data/indexed_source.h): its rows
// (FID and box of every feature) in memory, its features read on demand. Each must say what
// the whole-file load of the same file says.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <map>

#include "data/indexed_source.h"
#include "data/sidecar_index.h"
#include "data/vector_loader.h"
#include "geo/crs.h"
#include "support/cadastre_file.h"
#include "support/test_files.h"

using namespace test_support;

namespace {

constexpr int kParcels = 600;

data::LoadOptions options(size_t index_at) {
    data::LoadOptions o;
    o.target_crs = geo::kDisplayCrs;
    o.read_through_index_at = index_at;
    return o;
}

// The whole-file load's features by FID.
std::map<int64_t, data::Feature> whole_by_fid(const fs::path& file) {
    auto whole = data::load_vector_file(file.string(), options(SIZE_MAX));
    REQUIRE(whole.layers.size() == 1);
    REQUIRE_FALSE(whole.layers[0].rows);
    std::map<int64_t, data::Feature> out;
    for (auto& f : whole.layers[0].features) out[f.source_id] = f;
    return out;
}

bool near(const geo::Box& a, const geo::Box& b, double metres) {
    return std::abs(a.min.x - b.min.x) < metres && std::abs(a.min.y - b.min.y) < metres &&
           std::abs(a.max.x - b.max.x) < metres && std::abs(a.max.y - b.max.y) < metres;
}

void check_same_as_whole(const fs::path& file, bool rtree) {
    const auto whole = whole_by_fid(file);
    auto indexed = data::load_vector_file(file.string(), options(100));
    REQUIRE(indexed.layers.size() == 1);
    const data::Layer& layer = indexed.layers[0];
    REQUIRE(layer.rows);
    REQUIRE(layer.indexed);
    CHECK(layer.rows->complete);
    CHECK(layer.features.empty());  // the shapes and values stay in the file
    CHECK(layer.indexed->description().rtree_table.empty() == !rtree);
    size_t drawable = 0;
    for (const auto& [fid, f] : whole) drawable += !f.geometry.empty();
    // make_cadastre leaves one parcel of 600 without a shape (a FlatGeobuf with an index cannot hold it).
    CHECK(drawable == size_t(kParcels - 1));
    CHECK(layer.feature_count() == drawable);         // which has no row: nothing to draw or click

    CHECK(layer.crs == geo::kDisplayCrs);
    for (size_t i = 0; i < layer.feature_count(); ++i) {
        const int64_t fid = layer.rows->fids[i];
        REQUIRE(whole.count(fid));
        REQUIRE_FALSE(whole.at(fid).geometry.empty());
        const data::Feature& expected = whole.at(fid);
        // A row's box is its corners through the transform: within a few centimetres of the shape's.
        CHECK(near(layer.feature_bounds(i), expected.geometry.bounds(), 0.05));
        const data::Feature read = layer.feature_copy(i);
        CHECK(read.source_id == fid);
        REQUIRE(read.values.size() == expected.values.size());
        for (size_t k = 0; k < read.values.size(); ++k) CHECK(read.values[k] == expected.values[k]);
        CHECK(read.geometry.kind == expected.geometry.kind);
        CHECK(read.geometry.polygons.size() == expected.geometry.polygons.size());
        CHECK(near(read.geometry.bounds(), expected.geometry.bounds(), 0.01));
    }
    // Several at once, in the order asked.
    const std::vector<int64_t> some{layer.rows->fids[5], layer.rows->fids[1], layer.rows->fids[3]};
    const auto read = layer.indexed->read(some);
    REQUIRE(read.size() == 3);
    for (size_t k = 0; k < 3; ++k) CHECK(read[k].source_id == some[k]);
}

}  // namespace

TEST_CASE("a GeoPackage with its R-tree is read where the view is, and says what the whole file says", "[indexed]") {
    TempDir dir;
    const fs::path gpkg = convert_cadastre(make_cadastre(dir, kParcels), dir.path() / "cadastre.gpkg", "GPKG");
    check_same_as_whole(gpkg, true);
}

TEST_CASE("a FlatGeobuf with its index is read through it too", "[indexed]") {
    TempDir dir;
    const fs::path fgb = convert_cadastre(make_cadastre(dir, kParcels), dir.path() / "cadastre.fgb", "FlatGeobuf");
    check_same_as_whole(fgb, false);
}

TEST_CASE("only the rows under a small view are read first; all of them when the view is most of the layer",
          "[indexed]") {
    TempDir dir;
    const fs::path gpkg = convert_cadastre(make_cadastre(dir, kParcels), dir.path() / "cadastre.gpkg", "GPKG");
    auto all = data::load_vector_file(gpkg.string(), options(100));
    REQUIRE(all.layers.size() == 1);
    const data::Layer& whole = all.layers[0];
    const geo::Box extent = whole.indexed->extent();
    geo::Box view;  // a tenth of the layer's width and height, at its centre
    view.expand(extent.centre() - geo::Vec2{extent.width() * 0.05, extent.height() * 0.05});
    view.expand(extent.centre() + geo::Vec2{extent.width() * 0.05, extent.height() * 0.05});
    auto o = options(100);
    o.view = view;
    auto first = data::load_vector_file(gpkg.string(), o);
    REQUIRE(first.layers.size() == 1);
    const data::RowIndex& rows = *first.layers[0].rows;
    CHECK_FALSE(rows.complete);
    size_t expected = 0;
    for (const geo::Box& b : whole.rows->boxes) expected += b.intersects(view);
    CHECK(expected > 0);
    CHECK(expected < whole.feature_count() / 10);
    // The index is asked in the file's CRS with a box around the view: nothing under the view is missed.
    size_t under = 0;
    for (const geo::Box& b : rows.boxes) under += b.intersects(view);
    CHECK(under == expected);
    CHECK(rows.size() < whole.feature_count() / 4);

    o.view = extent;  // the whole layer in view: every row at once
    auto everything = data::load_vector_file(gpkg.string(), o);
    CHECK(everything.layers[0].rows->complete);
    CHECK(everything.layers[0].feature_count() == whole.feature_count());
    // A small view away from the layer (the window elsewhere when it is added): every row at
    // once, so that the window can show the layer whole.
    o.view = view;
    o.view->min.x += extent.width() * 3, o.view->max.x += extent.width() * 3;
    auto away = data::load_vector_file(gpkg.string(), o);
    CHECK(away.layers[0].rows->complete);
    CHECK(away.layers[0].feature_count() == whole.feature_count());
}

TEST_CASE("a big Shapefile without an index is read whole, with how to give it one; with a .qix it is indexed",
          "[indexed]") {
    TempDir dir;
    const fs::path shp = make_cadastre(dir, kParcels);
    const auto before = fingerprint(dir.path());
    auto whole = data::load_vector_file(shp.string(), options(100));
    REQUIRE(whole.layers.size() == 1);
    CHECK_FALSE(whole.layers[0].rows);
    CHECK(whole.layers[0].features.size() > 0);
    bool offered = false;
    for (const auto& d : whole.layers[0].diagnostics)
        offered = offered || d.message.find("--build-index") != std::string::npos;
    CHECK(offered);
    CHECK(whole.layers[0].index_can_be_written);  // the window offers to write it
    CHECK(fingerprint(dir.path()) == before);  // reading never writes

    // parkatlas --build-index: the .qix is written beside it, and nothing else changes.
    const data::Diagnostic built = data::build_sidecar_index(shp.string());
    CHECK(built.severity == data::Severity::Info);
    CHECK(built.message.find("cadastre.qix") != std::string::npos);
    REQUIRE(fs::exists(dir.path() / "cadastre.qix"));
    auto after = fingerprint(dir.path());
    CHECK(after.erase("cadastre.qix") == 1);
    CHECK(after == before);
    CHECK(data::build_sidecar_index(shp.string()).message.find("already") != std::string::npos);
    const data::Diagnostic refused = data::build_sidecar_index((dir.path() / "cadastre.geojson").string());
    CHECK(refused.severity == data::Severity::Error);
    CHECK(refused.message.find("ogr2ogr -f GPKG") != std::string::npos);
    const data::Diagnostic missing = data::build_sidecar_index((dir.path() / "gone.shp").string());
    CHECK(missing.severity == data::Severity::Error);
    CHECK(missing.message == "file not found");
    auto indexed = data::load_vector_file(shp.string(), options(100));
    REQUIRE(indexed.layers.size() == 1);
    CHECK(indexed.layers[0].rows);
    CHECK_FALSE(indexed.layers[0].index_can_be_written);
    CHECK(indexed.layers[0].feature_count() == whole.layers[0].count_with_geometry());
    // Below the threshold, a file is read whole whatever it holds, and nothing is offered.
    fs::remove(dir.path() / "cadastre.qix");
    auto small = data::load_vector_file(shp.string(), options(SIZE_MAX));
    CHECK_FALSE(small.layers[0].rows);
    CHECK_FALSE(small.layers[0].index_can_be_written);
    // Another format without an index is told to save a GeoPackage copy: no index beside it.
    auto geojson = data::load_vector_file((dir.path() / "cadastre.geojson").string(), options(100));
    REQUIRE(geojson.layers.size() == 1);
    CHECK_FALSE(geojson.layers[0].rows);
    CHECK_FALSE(geojson.layers[0].index_can_be_written);
}
