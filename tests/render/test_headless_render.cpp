// Renders the bundled map headless (EGL, no X) and checks pixels at known map positions.
#include <catch2/catch.hpp>

#include <array>

#include "app/headless_render.h"
#include "app/map_view.h"
#include "geo/crs.h"
#include "geo/label_point.h"
#include "geo/web_mercator.h"
#include "render/camera.h"
#include "render/map_style.h"
#include "support/test_files.h"

namespace {

data::Catalog bundled_catalog_without_pins() {
    auto catalog = data::load_catalog(test_support::bundled_data().string(), {}, geo::kDisplayCrs);
    for (auto& l : catalog.layers)
        if (l.role == data::LayerRole::Projects || l.role == data::LayerRole::Landmarks) l.visible = false;
    return catalog;
}

int colour_distance(const uint8_t* px, render::Rgba c) {
    return std::abs(px[0] - c.r) + std::abs(px[1] - c.g) + std::abs(px[2] - c.b);
}

// The occupancy class whose colour is nearest to the pixel.
data::OccupancyClass nearest_class(const uint8_t* px) {
    data::OccupancyClass best = data::OccupancyClass::Unknown;
    int best_d = 1 << 30;
    for (auto c : data::kAllOccupancyClasses) {
        const int d = colour_distance(px, render::occupancy_colour(c));
        if (d < best_d) best_d = d, best = c;
    }
    return best;
}

render::Camera camera_for(const app::RenderRequest& r) {
    render::Camera cam;
    cam.width_px = r.width;
    cam.height_px = r.height;
    cam.fit(r.view, 0.0);
    return cam;
}

}  // namespace

TEST_CASE("a park's pixels have its occupancy class colour", "[render][headless]") {
    const auto catalog = bundled_catalog_without_pins();
    const data::MapLayer* parks = catalog.find(data::LayerRole::Parks);
    REQUIRE(parks);
    // Parks of three different classes, each rendered in its own close-up view.
    for (const char* id : {"vsip", "an-duong", "dinh-vu"}) {
        const data::Feature* park = nullptr;
        for (const auto& f : parks->layer.features)
            if (parks->layer.text(f, "id") == id) park = &f;
        REQUIRE(park);
        const auto expected = data::classify_occupancy(parks->layer.number(*park, "occ_pct"));
        REQUIRE(expected != data::OccupancyClass::Unknown);

        app::RenderRequest request;
        request.width = 640;
        request.height = 400;
        request.overlay = false;
        request.view = *app::view_for_id(catalog, id);
        std::string error;
        const auto image = app::render_map(catalog, request, nullptr, &error);
        INFO(id << ": " << error);
        REQUIRE(image);
        const geo::Vec2 s = camera_for(request).map_to_screen(*geo::label_point(park->geometry));
        const uint8_t* px = image->pixel(int(s.x), int(s.y));
        INFO("pixel " << int(px[0]) << "," << int(px[1]) << "," << int(px[2]));
        CHECK(nearest_class(px) == expected);
        CHECK(colour_distance(px, render::occupancy_colour(expected)) < 40);
    }
}

TEST_CASE("the sea is sea and the overlay draws title and legend", "[render][headless]") {
    const auto catalog = bundled_catalog_without_pins();
    app::RenderRequest request;
    request.width = 1200;
    request.height = 675;
    request.view = app::default_view(catalog);
    std::string error;
    app::RenderStats stats;
    const auto image = app::render_map(catalog, request, &stats, &error);
    INFO(error);
    REQUIRE(image);
    CHECK(image->width == 1200);
    CHECK(image->height == 675);
    const render::Camera cam = camera_for(request);

    // Open water south-east of Đồ Sơn, and east of Cát Bà: sea colour exactly.
    for (const geo::Vec2 lonlat : {geo::Vec2{106.86, 20.64}, geo::Vec2{106.93, 20.72}}) {
        const geo::Vec2 s = cam.map_to_screen(geo::lonlat_to_mercator(lonlat));
        REQUIRE(s.x > 0);
        REQUIRE(s.y > 0);
        const uint8_t* px = image->pixel(int(s.x), int(s.y));
        INFO("lon " << lonlat.x << " lat " << lonlat.y);
        CHECK(colour_distance(px, render::palette().background) <= 6);
    }
    // Title box top-left is near-white; labels were placed.
    const uint8_t* title = image->pixel(24, 20);
    CHECK(title[0] > 240);
    CHECK(stats.labels_placed > 10);
    CHECK(stats.triangles > 1000);
}

TEST_CASE("a 3840x2160 render is the 1920x1080 one at twice the density: lines and pins twice as wide", "[render][headless]") {
    // Two long lines and a pin on nothing else: their pixels, counted in each size.
    const test_support::TempDir dir;
    test_support::write_file(dir / "lines.geojson", R"({"type": "FeatureCollection", "features": [
 {"type": "Feature", "properties": {}, "geometry": {"type": "LineString", "coordinates": [[106.5, 20.7], [106.9, 20.9]]}},
 {"type": "Feature", "properties": {}, "geometry": {"type": "LineString", "coordinates": [[106.5, 20.9], [106.9, 20.7]]}},
 {"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [106.6, 20.8]}}]})");
    const data::Catalog catalog = data::load_catalog("", {(dir / "lines.geojson").string()}, geo::kDisplayCrs);
    REQUIRE(catalog.layers.size() == 2);  // the file's lines and its point, as two layers
    const auto drawn = [&](int w, int h) {
        app::RenderRequest r;
        r.width = w;
        r.height = h;
        r.view = catalog.bounds();
        r.overlay = false;
        std::string error;
        const auto image = app::render_map(catalog, r, nullptr, &error);
        REQUIRE(image);
        const render::Rgba bg = render::palette().background;
        size_t n = 0;
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x) n += colour_distance(image->pixel(x, y), bg) > 40;
        return double(n);
    };
    const double hd = drawn(1920, 1080), uhd = drawn(3840, 2160);
    INFO("1080p: " << hd << " pixels drawn, 4K: " << uhd);
    // Twice as long and twice as wide: four times the pixels (1 px lines would give twice).
    CHECK(uhd / hd > 3.0);  // 3.2 measured; 2.0 when lines and pins kept their 1080p width
    CHECK(uhd / hd < 4.6);
}
