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
