// Raster basemaps: files made here with GDAL's tools, read back through data::RasterSource into
// the display CRS, checked by the colour at known longitudes and latitudes.
#include <catch2/catch.hpp>

#include <array>
#include <chrono>
#include <thread>
#include <fstream>

#include "app/settings.h"
#include "app/window/raster_fetch.h"
#include "app/window/settings_sync.h"
#include "data/catalog.h"
#include "data/raster_source.h"
#include "geo/crs.h"
#include "geo/web_mercator.h"
#include "support/test_files.h"
#include "support/test_rasters.h"

using test_support::QuadrantColours;
using test_support::QuadrantPoints;
using test_support::run_quiet;

namespace {

// The display-CRS box around the quadrants (a little beyond them), seen at `width` pixels.
geo::Box quadrant_box() {
    geo::Box b;
    b.expand(geo::lonlat_to_mercator({106.58, 20.73}));
    b.expand(geo::lonlat_to_mercator({106.82, 20.92}));
    return b;
}

std::array<int, 4> pixel_at(const data::RasterImage& img, const double lonlat[2]) {
    const geo::Vec2 m = geo::lonlat_to_mercator({lonlat[0], lonlat[1]});
    const int c = int((m.x - img.box.min.x) / img.box.width() * img.width);
    const int r = int((img.box.max.y - m.y) / img.box.height() * img.height);
    REQUIRE(c >= 0);
    REQUIRE(r >= 0);
    REQUIRE(c < img.width);
    REQUIRE(r < img.height);
    const uint8_t* p = img.rgba.data() + (size_t(r) * img.width + c) * 4;
    return {p[0], p[1], p[2], p[3]};
}

void check_colour(const data::RasterImage& img, const double lonlat[2], const unsigned char rgb[3]) {
    const auto px = pixel_at(img, lonlat);
    INFO("at " << lonlat[0] << ", " << lonlat[1] << ": " << px[0] << " " << px[1] << " " << px[2] << " " << px[3]);
    CHECK(std::abs(px[0] - rgb[0]) <= 3);
    CHECK(std::abs(px[1] - rgb[1]) <= 3);
    CHECK(std::abs(px[2] - rgb[2]) <= 3);
    CHECK(px[3] == 255);
}

void check_quadrants(const data::RasterImage& img) {
    REQUIRE(img.ok());
    check_colour(img, QuadrantPoints::top_left, QuadrantColours::top_left);
    check_colour(img, QuadrantPoints::top_right, QuadrantColours::top_right);
    check_colour(img, QuadrantPoints::bottom_left, QuadrantColours::bottom_left);
    check_colour(img, QuadrantPoints::bottom_right, QuadrantColours::bottom_right);
    // Outside the raster: transparent.
    const double outside[2] = {106.59, 20.74};
    CHECK(pixel_at(img, outside)[3] == 0);
}

std::shared_ptr<const data::RasterSource> open_one(const std::string& path, data::Diagnostics* messages = nullptr) {
    data::RasterLoad load = data::open_rasters(path, geo::kDisplayCrs);
    std::string said;
    for (const auto& d : load.diagnostics) said += d.to_string() + "\n";
    INFO(said);
    if (messages) *messages = load.diagnostics;
    REQUIRE(load.raster);
    REQUIRE(load.sources.size() == 1);
    return load.sources.front();
}

bool mentions(const data::Diagnostics& ds, const std::string& words) {
    for (const auto& d : ds)
        if (d.message.find(words) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("a GeoTIFF in UTM 48N reads into Web Mercator with its colours in place", "[raster]") {
    test_support::TempDir dir;
    const auto tif = dir / "quadrants.tif";
    REQUIRE(test_support::make_quadrant_geotiff(tif));
    const auto source = open_one(tif.string());
    CHECK(source->driver() == "GTiff");
    CHECK(source->width() == 1100);
    CHECK(source->height() == 900);
    CHECK(source->colour_bands() == 3);
    CHECK(source->overviews().size() == 3);
    // Its extent, reprojected: about lon 106.60..106.81, lat 20.74..20.91.
    const geo::Vec2 lo = geo::mercator_to_lonlat(source->bounds().min), hi = geo::mercator_to_lonlat(source->bounds().max);
    CHECK(lo.x == Approx(106.594).margin(0.01));
    CHECK(hi.x == Approx(106.810).margin(0.01));
    CHECK(lo.y == Approx(20.745).margin(0.01));
    CHECK(hi.y == Approx(20.911).margin(0.01));

    SECTION("at full resolution") {
        const auto img = source->read(quadrant_box(), 1200, 1000);
        CHECK(img.level == -1);
        check_quadrants(img);
        // Nodata (black) reads as transparent.
        CHECK(pixel_at(img, QuadrantPoints::nodata)[3] == 0);
    }
    SECTION("a coarse picture reads an overview, not the full image") {
        // ~26 km over 140 pixels: ~190 m a pixel, the 8x overview has 160 m pixels.
        const auto img = source->read(quadrant_box(), 140, 120);
        CHECK(img.level == 2);
        CHECK(img.level_width == 138);
        check_quadrants(img);
        // Twice as fine: the 4x overview (80 m) still fits, the 8x no longer does.
        CHECK(source->read(quadrant_box(), 300, 250).level == 1);
        CHECK(source->read(quadrant_box(), 2600, 2200).level == -1);
    }
    SECTION("a box beside the raster is transparent and reads nothing") {
        geo::Box away;
        away.expand(geo::lonlat_to_mercator({107.5, 21.5}));
        away.expand(geo::lonlat_to_mercator({107.6, 21.6}));
        const auto img = source->read(away, 64, 64);
        REQUIRE(img.ok());
        for (size_t i = 3; i < img.rgba.size(); i += 4) REQUIRE(img.rgba[i] == 0);
    }
}

TEST_CASE("a cloud-optimised GeoTIFF, an MBTiles and a GeoPackage read the same colours", "[raster]") {
    test_support::TempDir dir;
    const auto tif = dir / "quadrants.tif";
    REQUIRE(test_support::make_quadrant_geotiff(tif, 1100, 900, false));
    SECTION("COG with internal overviews") {
        const auto cog = dir / "cog.tif";
        REQUIRE(run_quiet("gdal_translate -of COG -co BLOCKSIZE=256 " + tif.string() + " " + cog.string()));
        const auto source = open_one(cog.string());
        CHECK(!source->overviews().empty());
        check_quadrants(source->read(quadrant_box(), 1200, 1000));
        CHECK(source->read(quadrant_box(), 300, 250).level >= 0);
    }
    SECTION("MBTiles (Web Mercator tiles, lower zooms as overviews)") {
        const auto mb = dir / "tiles.mbtiles";
        REQUIRE(run_quiet("gdal_translate -of MBTILES " + tif.string() + " " + mb.string()));
        REQUIRE(run_quiet("gdaladdo -r average " + mb.string() + " 2 4"));
        const auto source = open_one(mb.string());
        CHECK(source->driver() == "MBTiles");
        CHECK(source->overviews().size() >= 1);
        check_quadrants(source->read(quadrant_box(), 1200, 1000));
        CHECK(source->read(quadrant_box(), 200, 170).level >= 0);
    }
    SECTION("GeoPackage raster tiles") {
        const auto gpkg = dir / "tiles.gpkg";
        REQUIRE(run_quiet("gdal_translate -of GPKG " + tif.string() + " " + gpkg.string()));
        const auto source = open_one(gpkg.string());
        CHECK(source->driver() == "GPKG");
        check_quadrants(source->read(quadrant_box(), 1200, 1000));
    }
    SECTION("a PNG with a world file and a .prj") {
        const auto png = dir / "scan.png";
        REQUIRE(run_quiet("gdal_translate -of PNG -co WORLDFILE=YES " + tif.string() + " " + png.string()));
        std::filesystem::remove(dir / "scan.png.aux.xml");  // the CRS comes from the .prj alone
        REQUIRE(run_quiet("gdalsrsinfo -o wkt1 EPSG:32648 | tee " + (dir / "scan.prj").string()));
        const auto source = open_one(png.string());
        CHECK(source->driver() == "PNG");
        check_quadrants(source->read(quadrant_box(), 1200, 1000));
    }
}

TEST_CASE("grey and paletted images are read as RGBA", "[raster]") {
    test_support::TempDir dir;
    const auto tif = dir / "quadrants.tif";
    REQUIRE(test_support::make_quadrant_geotiff(tif, 550, 450, false));
    SECTION("grey") {
        const auto grey = dir / "grey.tif";
        REQUIRE(run_quiet("gdal_translate -b 2 " + tif.string() + " " + grey.string()));
        const auto source = open_one(grey.string());
        CHECK(source->colour_bands() == 1);
        const auto img = source->read(quadrant_box(), 600, 500);
        const auto px = pixel_at(img, QuadrantPoints::top_right);
        CHECK(std::abs(px[0] - QuadrantColours::top_right[1]) <= 3);
        CHECK(px[0] == px[1]);
        CHECK(px[1] == px[2]);
        CHECK(px[3] == 255);
    }
    SECTION("paletted") {
        const auto pct = dir / "palette.tif";
        REQUIRE(run_quiet("rgb2pct.py " + tif.string() + " " + pct.string()));
        const auto source = open_one(pct.string());
        CHECK(source->colour_bands() == 3);
        const auto img = source->read(quadrant_box(), 600, 500);
        const auto px = pixel_at(img, QuadrantPoints::bottom_right);
        CHECK(std::abs(px[0] - QuadrantColours::bottom_right[0]) <= 12);
        CHECK(std::abs(px[1] - QuadrantColours::bottom_right[1]) <= 12);
        CHECK(std::abs(px[2] - QuadrantColours::bottom_right[2]) <= 12);
        CHECK(px[3] == 255);
    }
}

TEST_CASE("an image without coordinates, a damaged one and a missing one say so", "[raster]") {
    test_support::TempDir dir;
    const auto tif = dir / "quadrants.tif";
    REQUIRE(test_support::make_quadrant_geotiff(tif, 110, 90, false));
    SECTION("no world file, no CRS") {
        const auto png = dir / "scan.png";
        REQUIRE(run_quiet("gdal_translate -of PNG " + tif.string() + " " + png.string()));
        std::filesystem::remove(dir / "scan.png.aux.xml");
        const data::RasterLoad load = data::open_rasters(png.string(), geo::kDisplayCrs);
        CHECK(load.raster);
        CHECK(load.sources.empty());
        CHECK(data::has_errors(load.diagnostics));
        CHECK(mentions(load.diagnostics, "has no coordinates: add a world file"));
    }
    SECTION("a damaged GeoTIFF") {
        const auto bad = dir / "bad.tif";
        std::ofstream(bad) << "this is not a TIFF at all";
        const data::RasterLoad load = data::open_rasters(bad.string(), geo::kDisplayCrs);
        CHECK(load.raster);
        CHECK(load.sources.empty());
        CHECK(mentions(load.diagnostics, "GDAL cannot open this file as an image"));
    }
    SECTION("a truncated GeoTIFF: opened or not, never a crash, and an error said") {
        const auto cut = dir / "cut.tif";
        std::filesystem::copy_file(tif, cut);
        std::filesystem::resize_file(cut, std::filesystem::file_size(cut) / 2);
        const data::RasterLoad load = data::open_rasters(cut.string(), geo::kDisplayCrs);
        CHECK(load.raster);
        if (!load.sources.empty()) {
            const auto img = load.sources.front()->read(quadrant_box(), 200, 200);
            CHECK((!img.ok() && !img.error.empty()));
        } else {
            CHECK(data::has_errors(load.diagnostics));
        }
    }
    SECTION("through the catalog: an image is not refused as a vector source") {
        const data::Catalog catalog = data::load_catalog("", {tif.string()}, geo::kDisplayCrs);
        CHECK(catalog.layers.empty());
        REQUIRE(catalog.rasters.size() == 1);
        CHECK(!mentions(catalog.diagnostics, "vector data source"));
        const data::Catalog missing = data::load_catalog("", {(dir / "missing.tif").string()}, geo::kDisplayCrs);
        CHECK(missing.rasters.empty());
        CHECK(mentions(missing.diagnostics, "file not found"));
    }
}

TEST_CASE("a GeoPackage with vector layers and tiles gives both", "[raster]") {
    test_support::TempDir dir;
    const auto tif = dir / "quadrants.tif";
    REQUIRE(test_support::make_quadrant_geotiff(tif, 110, 90, false));
    const auto gpkg = dir / "both.gpkg";
    const auto parks = test_support::bundled_data() / "parks.shp";
    REQUIRE(run_quiet("ogr2ogr -f GPKG " + gpkg.string() + " " + parks.string()));
    REQUIRE(run_quiet("gdal_translate -of GPKG -co APPEND_SUBDATASET=YES -co RASTER_TABLE=imagery " + tif.string() + " " +
                      gpkg.string()));
    const data::Catalog catalog = data::load_catalog("", {gpkg.string()}, geo::kDisplayCrs);
    std::string said;
    for (const auto& d : catalog.diagnostics) said += d.to_string() + "\n";
    INFO(said);
    CHECK(catalog.layers.size() == 1);
    CHECK(catalog.rasters.size() == 1);
}

TEST_CASE("an image's visibility and opacity are remembered in the settings", "[raster][settings]") {
    test_support::TempDir dir;
    const auto tif = dir / "quadrants.tif";
    REQUIRE(test_support::make_quadrant_geotiff(tif, 110, 90, false));
    data::Catalog catalog = data::load_catalog("", {tif.string()}, geo::kDisplayCrs);
    REQUIRE(catalog.rasters.size() == 1);
    state::AppState before(catalog);
    before.catalog.rasters[0].opacity = 0.3f;
    before.catalog.rasters[0].visible = false;
    std::vector<std::string> problems;
    const app::Settings read = app::parse_settings(app::format_settings(app::snapshot(before)), &problems);
    CHECK(problems.empty());
    state::AppState after(std::move(catalog));
    app::restore_rasters(read, after, 0);
    CHECK(after.catalog.rasters[0].opacity == Approx(0.3f));
    CHECK(!after.catalog.rasters[0].visible);
}

TEST_CASE("the window's reading thread gives the latest view's picture, ready to upload", "[raster][window]") {
    test_support::TempDir dir;
    const auto tif = dir / "quadrants.tif";
    REQUIRE(test_support::make_quadrant_geotiff(tif, 550, 450));
    const auto source = open_one(tif.string());
    app::RasterFetch fetch;
    // Two requests for the same raster before the thread is free: at most the first and the
    // last are read, and the last one's picture comes last.
    fetch.request(0, source, quadrant_box(), 64, 48);
    fetch.request(0, source, quadrant_box(), 320, 240);
    std::vector<app::RasterFetch::Done> got;
    for (int i = 0; i < 500 && (fetch.busy() || got.empty()); ++i) {
        for (auto& d : fetch.take()) got.push_back(std::move(d));
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    for (auto& d : fetch.take()) got.push_back(std::move(d));
    REQUIRE(!got.empty());
    CHECK(got.size() <= 2);
    const auto& last = got.back();
    CHECK(last.key == 0);
    CHECK(last.error.empty());
    REQUIRE(last.texels.width == 320);
    CHECK(last.texels.rgba.size() == size_t(320) * 240 * 4);
    // Premultiplied and bottom row first: the bottom-left texel lies outside the raster (clear),
    // the texel over the bottom-left quadrant is its blue.
    const geo::Vec2 m = geo::lonlat_to_mercator({test_support::QuadrantPoints::bottom_left[0], test_support::QuadrantPoints::bottom_left[1]});
    const int c = int((m.x - last.texels.box.min.x) / last.texels.box.width() * 320);
    const int r = int((m.y - last.texels.box.min.y) / last.texels.box.height() * 240);  // from the bottom
    const uint8_t* px = last.texels.rgba.data() + (size_t(r) * 320 + c) * 4;
    CHECK(std::abs(px[2] - QuadrantColours::bottom_left[2]) <= 3);
    CHECK(px[3] == 255);
    CHECK(last.texels.rgba[3] == 0);
    // After forget(), nothing asked before comes back.
    fetch.request(0, source, quadrant_box(), 64, 48);
    fetch.forget();
    for (int i = 0; i < 500 && fetch.busy(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    CHECK(fetch.take().empty());
}
