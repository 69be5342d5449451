// A raster basemap drawn headless under the bundled parks: its colours where no park is, the
// parks' fills over it where they are.
#include <catch2/catch.hpp>

#include "app/headless_render.h"
#include "geo/crs.h"
#include "geo/hit_test.h"
#include "geo/label_point.h"
#include "geo/web_mercator.h"
#include "render/camera.h"
#include "render/png_file.h"
#include "support/test_files.h"
#include "support/test_rasters.h"

using test_support::QuadrantColours;

namespace {

int distance(const uint8_t* px, const unsigned char rgb[3]) {
    return std::abs(px[0] - rgb[0]) + std::abs(px[1] - rgb[1]) + std::abs(px[2] - rgb[2]);
}

}  // namespace

TEST_CASE("a GeoTIFF is drawn over the land and under the parks", "[render][headless][raster]") {
    test_support::TempDir dir;
    const auto tif = dir / "quadrants.tif";
    REQUIRE(test_support::make_quadrant_geotiff(tif));
    data::Catalog catalog = data::load_catalog(test_support::bundled_data().string(), {tif.string()}, geo::kDisplayCrs);
    REQUIRE(catalog.rasters.size() == 1);
    // Sea, land and parks only: zones, rivers and pins would cover the points checked.
    for (auto& l : catalog.layers)
        l.visible = l.role == data::LayerRole::Sea || l.role == data::LayerRole::Land || l.role == data::LayerRole::Parks;
    const data::MapLayer* parks = catalog.find(data::LayerRole::Parks);
    REQUIRE(parks);

    app::RenderRequest request;
    request.width = 800;
    request.height = 600;
    request.view = catalog.rasters.front().source->bounds();
    request.overlay = false;
    render::Camera camera;
    camera.width_px = request.width;
    camera.height_px = request.height;
    camera.fit(request.view, 0.0);
    std::string error;
    const auto image = app::render_map(catalog, request, nullptr, &error);
    REQUIRE(image);
    // To look at it: PARKATLAS_TEST_PNG=/tmp/raster.png
    if (const char* keep = std::getenv("PARKATLAS_TEST_PNG")) render::write_png_atomically(*image, keep, &error);
    const auto pixel = [&](geo::Vec2 m) {
        const geo::Vec2 s = camera.map_to_screen(m);
        return image->rgba.data() + (size_t(s.y) * image->width + size_t(s.x)) * 4;
    };
    const auto in_a_park = [&](geo::Vec2 m) {
        for (const auto& f : parks->layer.features)
            if (geo::point_in_geometry(m, f.geometry)) return true;
        return false;
    };

    // Each quadrant's colour where no park is (the point checked first).
    const std::pair<const double*, const unsigned char*> quadrants[] = {
        {test_support::QuadrantPoints::top_left, QuadrantColours::top_left},
        {test_support::QuadrantPoints::top_right, QuadrantColours::top_right},
        {test_support::QuadrantPoints::bottom_left, QuadrantColours::bottom_left},
        {test_support::QuadrantPoints::bottom_right, QuadrantColours::bottom_right}};
    int checked = 0;
    for (const auto& [lonlat, rgb] : quadrants) {
        const geo::Vec2 m = geo::lonlat_to_mercator({lonlat[0], lonlat[1]});
        if (in_a_park(m)) continue;
        const uint8_t* px = pixel(m);
        INFO("at " << lonlat[0] << ", " << lonlat[1] << ": " << int(px[0]) << " " << int(px[1]) << " " << int(px[2]));
        CHECK(distance(px, rgb) <= 9);
        ++checked;
    }
    CHECK(checked >= 3);

    // A park inside the raster: its fill drawn over the imagery (its pixel is not the raster's).
    const geo::Box raster = catalog.rasters.front().source->bounds();
    int parks_checked = 0;
    for (const auto& f : parks->layer.features) {
        const auto p = geo::label_point(f.geometry);
        if (!p || !raster.contains(*p) || !geo::point_in_geometry(*p, f.geometry)) continue;
        const bool left = geo::mercator_to_lonlat(*p).x < 106.70, top = geo::mercator_to_lonlat(*p).y > 20.83;
        const unsigned char* under = top ? (left ? QuadrantColours::top_left : QuadrantColours::top_right)
                                         : (left ? QuadrantColours::bottom_left : QuadrantColours::bottom_right);
        const uint8_t* px = pixel(*p);
        INFO("park at " << p->x << ", " << p->y << ": " << int(px[0]) << " " << int(px[1]) << " " << int(px[2]));
        CHECK(distance(px, under) > 30);
        ++parks_checked;
    }
    CHECK(parks_checked >= 1);

    SECTION("at half opacity the land shows through") {
        catalog.rasters.front().opacity = 0.5f;
        const auto half = app::render_map(catalog, request, nullptr, &error);
        REQUIRE(half);
        for (const auto& [lonlat, rgb] : quadrants) {
            const geo::Vec2 m = geo::lonlat_to_mercator({lonlat[0], lonlat[1]});
            if (in_a_park(m)) continue;
            const geo::Vec2 s = camera.map_to_screen(m);
            const uint8_t* px = half->rgba.data() + (size_t(s.y) * half->width + size_t(s.x)) * 4;
            CHECK(distance(px, rgb) > 30);
        }
    }
}
