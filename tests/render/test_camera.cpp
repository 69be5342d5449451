#include <catch2/catch.hpp>

#include "render/camera.h"

TEST_CASE("screen and map coordinates round-trip", "[camera]") {
    render::Camera cam{{11880000.0, 2370000.0}, 12.5, 1600, 900};
    for (const geo::Vec2 s : {geo::Vec2{0, 0}, geo::Vec2{800, 450}, geo::Vec2{1599, 899}, geo::Vec2{13.25, 700.5}}) {
        const geo::Vec2 back = cam.map_to_screen(cam.screen_to_map(s));
        CHECK(back.x == Approx(s.x).margin(1e-6));
        CHECK(back.y == Approx(s.y).margin(1e-6));
    }
    // Screen y grows downwards, map y upwards.
    CHECK(cam.screen_to_map({800, 0}).y > cam.screen_to_map({800, 900}).y);
    CHECK(cam.map_to_screen(cam.centre).x == Approx(800.0));
}

TEST_CASE("zooming keeps the map point under the cursor fixed", "[camera]") {
    render::Camera cam{{11880000.0, 2370000.0}, 40.0, 1600, 900};
    const geo::Vec2 cursor{1234.0, 210.0};
    const geo::Vec2 before = cam.screen_to_map(cursor);
    cam.zoom_about(cursor, 2.5);
    CHECK(cam.metres_per_pixel == Approx(16.0));
    const geo::Vec2 after = cam.screen_to_map(cursor);
    CHECK(after.x == Approx(before.x).margin(1e-6));
    CHECK(after.y == Approx(before.y).margin(1e-6));
}

TEST_CASE("fit shows the whole box with padding", "[camera]") {
    render::Camera cam{{0, 0}, 1.0, 1000, 500};
    geo::Box box;
    box.expand({100.0, 100.0});
    box.expand({2100.0, 600.0});
    cam.fit(box, 50.0);
    const geo::Box visible = cam.visible_box();
    CHECK(visible.contains(box.min));
    CHECK(visible.contains(box.max));
    CHECK(cam.map_to_screen({100.0, 350.0}).x == Approx(50.0));  // width-limited: padding exactly met
}
