#include <catch2/catch.hpp>

#include "state/camera_controller.h"

using state::CameraController;

namespace {

CameraController make() {
    render::Camera c;
    c.centre = {1000.0, 2000.0};
    c.metres_per_pixel = 10.0;
    c.width_px = 800;
    c.height_px = 600;
    return CameraController(c);
}

void finish(CameraController& c) {
    for (int i = 0; i < 1000 && c.update(1.0 / 60.0);) ++i;
}

}  // namespace

TEST_CASE("drag moves the map with the pointer", "[camera]") {
    auto c = make();
    const geo::Vec2 grabbed = c.camera().screen_to_map({100, 100});
    c.drag({30, -20});
    const geo::Vec2 now = c.camera().map_to_screen(grabbed);
    CHECK(now.x == Approx(130));
    CHECK(now.y == Approx(80));
    CHECK_FALSE(c.animating());
}

TEST_CASE("wheel zoom keeps the map point under the cursor, eased", "[camera]") {
    auto c = make();
    const geo::Vec2 cursor{200, 150};
    const geo::Vec2 under = c.camera().screen_to_map(cursor);
    c.scroll(cursor, 1.0);
    REQUIRE(c.animating());
    c.update(CameraController::kZoomSeconds * 0.5);
    // Midway: partly zoomed, anchor still fixed.
    CHECK(c.camera().metres_per_pixel < 10.0);
    CHECK(c.camera().metres_per_pixel > 10.0 / CameraController::kWheelFactor);
    CHECK(c.camera().map_to_screen(under).x == Approx(cursor.x).margin(1e-6));
    finish(c);
    CHECK(c.camera().metres_per_pixel == Approx(10.0 / CameraController::kWheelFactor));
    CHECK(c.camera().map_to_screen(under).x == Approx(cursor.x).margin(1e-6));
    CHECK(c.camera().map_to_screen(under).y == Approx(cursor.y).margin(1e-6));
}

TEST_CASE("wheel steps accumulate while animating", "[camera]") {
    auto c = make();
    c.scroll({400, 300}, 1.0);
    c.update(0.01);
    c.scroll({400, 300}, 1.0);
    CHECK(c.target().metres_per_pixel == Approx(10.0 / (CameraController::kWheelFactor * CameraController::kWheelFactor)));
    c.scroll({400, 300}, -2.0);
    finish(c);
    CHECK(c.camera().metres_per_pixel == Approx(10.0));
}

TEST_CASE("double click zooms in 2x about the point", "[camera]") {
    auto c = make();
    const geo::Vec2 p{600, 100};
    const geo::Vec2 under = c.camera().screen_to_map(p);
    c.double_click(p);
    finish(c);
    CHECK(c.camera().metres_per_pixel == Approx(5.0));
    CHECK(c.camera().map_to_screen(under).x == Approx(p.x).margin(1e-6));
}

TEST_CASE("keys pan by a fraction and zoom about the centre", "[camera]") {
    auto c = make();
    c.pan_fraction(0.5, 0.0);
    finish(c);
    CHECK(c.camera().centre.x == Approx(1000.0 + 0.5 * 800 * 10.0));
    CHECK(c.camera().centre.y == Approx(2000.0));
    const geo::Vec2 centre = c.camera().centre;
    c.zoom_step(2.0);
    finish(c);
    CHECK(c.camera().metres_per_pixel == Approx(5.0));
    CHECK(c.camera().centre.x == Approx(centre.x));
}

TEST_CASE("home and fly_to end showing the box, eased", "[camera]") {
    auto c = make();
    geo::Box box;
    box.expand({0, 0});
    box.expand({80000, 30000});
    c.set_home(box);
    c.home();
    REQUIRE(c.animating());
    c.update(0.05);
    CHECK(c.animating());
    finish(c);
    CHECK_FALSE(c.animating());
    const geo::Box v = c.camera().visible_box();
    CHECK(v.min.x <= 0.0);
    CHECK(v.max.x >= 80000.0);
    CHECK(v.min.y <= 0.0);
    CHECK(v.max.y >= 30000.0);
    CHECK(c.camera().centre.x == Approx(40000.0));
}

TEST_CASE("ease_in_out is monotone from 0 to 1", "[camera]") {
    double prev = 0.0;
    CHECK(state::ease_in_out(0.0) == 0.0);
    CHECK(state::ease_in_out(1.0) == 1.0);
    for (int i = 1; i <= 100; ++i) {
        const double e = state::ease_in_out(i / 100.0);
        CHECK(e >= prev);
        prev = e;
    }
}

TEST_CASE("zoom is clamped to the limits", "[camera]") {
    auto c = make();
    c.set_limits(5.0, 20.0);
    c.scroll({400, 300}, 50.0);
    finish(c);
    CHECK(c.camera().metres_per_pixel == Approx(5.0));
}

TEST_CASE("a flight into a place on screen keeps it on screen all the way: it grows in place", "[camera]") {
    auto c = make();
    // A small box near the top-left corner of the view (800x600 px at 10 m/px), flown into.
    geo::Box target;
    target.expand(c.camera().screen_to_map({100, 80}));
    target.expand(c.camera().screen_to_map({140, 110}));
    c.fly_to(target, 0.0, 1.0);
    double last_x = 0;
    for (int i = 0; i < 70 && c.update(1.0 / 60.0); ++i) {
        const geo::Vec2 a = c.camera().map_to_screen(target.min), b = c.camera().map_to_screen(target.max);
        // Its corners never leave the screen, and its left edge only moves one way (no overshoot).
        CHECK(std::min(a.x, b.x) >= -0.5);
        CHECK(std::min(a.y, b.y) >= -0.5);
        CHECK(std::max(a.x, b.x) <= 800.5);
        CHECK(std::max(a.y, b.y) <= 600.5);
        CHECK(a.x <= last_x + 1e-6 + (i == 0 ? 1e9 : 0));
        last_x = a.x;
    }
    finish(c);
    const geo::Vec2 centre = c.camera().map_to_screen({(target.min.x + target.max.x) / 2, (target.min.y + target.max.y) / 2});
    CHECK(centre.x == Approx(400).margin(0.5));
    CHECK(centre.y == Approx(300).margin(0.5));
}
