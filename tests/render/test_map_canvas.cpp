// The window's canvas shows what drawing the map directly would: after a scroll by whole
// pixels (a copy plus the strips that came into view), after zooming once the camera rests,
// and after the content changes; in motion it never redraws the whole map, and the overview
// fills in where a zoomed-out view goes beyond the canvas.
#include <catch2/catch.hpp>

#include <chrono>

#include "data/catalog.h"
#include "render/camera.h"
#include "render/egl_context.h"
#include "render/map_canvas.h"
#include "render/map_renderer.h"
#include "render/map_scene.h"
#include "render/map_style.h"
#include "render/offscreen_target.h"
#include "support/gl_fixture.h"

namespace {

using test_support::painted;
using test_support::share_different;
constexpr int kWidth = test_support::kTargetWidth, kHeight = test_support::kTargetHeight;
const render::Rgba kBackground = render::rgb(0xffffff);

// Triangles and diamonds of varied sizes, filled and outlined, over 12 km: many edges for a
// misplaced pixel to show on.
data::Catalog shapes_catalog() {
    data::Layer layer;
    layer.name = "shapes";
    layer.kind = geo::GeometryKind::Polygons;
    layer.crs = "EPSG:3857";
    for (int i = 0; i < 24; ++i)
        for (int j = 0; j < 24; ++j) {
            const double x = 11870000.0 + i * 500.0, y = 2360000.0 + j * 500.0, r = 60.0 + (i * 7 + j * 3) % 11 * 15.0;
            data::Feature f;
            f.source_id = i * 24 + j;
            f.geometry.kind = geo::GeometryKind::Polygons;
            geo::Polygon p;
            if ((i + j) % 2) p.outer = {{x, y}, {x + 2 * r, y + r * 0.3}, {x + r * 0.4, y + 2 * r}};
            else p.outer = {{x + r, y}, {x + 2 * r, y + r}, {x + r, y + 2 * r}, {x, y + r}};
            f.geometry.polygons.push_back(p);
            layer.features.push_back(std::move(f));
        }
    data::Catalog catalog;
    catalog.layers.push_back({std::move(layer), data::LayerRole::User, true});
    return catalog;
}

render::Camera camera_at(double metres_per_pixel, double dx_px = 0.0, double dy_px = 0.0) {
    render::Camera c;
    c.centre = {11870000.0 + 6000.0 + dx_px * metres_per_pixel, 2360000.0 + 6000.0 + dy_px * metres_per_pixel};
    c.metres_per_pixel = metres_per_pixel;
    c.width_px = kWidth;
    c.height_px = kHeight;
    return c;
}

struct Gl : test_support::GlFixture {
    render::Image direct(const std::vector<render::DrawLayer>& layers, const render::Camera& cam) {
        target->bind();
        renderer->draw(cam, layers, kBackground);
        return target->read_pixels();
    }
};

struct Presented {
    render::MapCanvas::Shown shown;
    render::Image image;
};

Presented present(Gl& gl, render::MapCanvas& canvas, const render::Camera& cam, uint64_t content, bool moving,
                  const std::vector<render::DrawLayer>& layers) {
    const auto shown = canvas.present(
        *gl.renderer, cam, content, moving, [&](const render::Camera& c) { gl.renderer->draw_layers(c, layers); },
        std::chrono::milliseconds(0), gl.target->framebuffer());
    return {shown, gl.target->read_pixels()};
}

// Presents the resting camera until the canvas and the overview are complete.
Presented settle(Gl& gl, render::MapCanvas& canvas, const render::Camera& cam, uint64_t content,
                 const std::vector<render::DrawLayer>& layers) {
    Presented p = present(gl, canvas, cam, content, false, layers);
    for (int i = 0; i < 100 && canvas.busy(); ++i) p = present(gl, canvas, cam, content, false, layers);
    return p;
}

// The shapes, drawn whole (no pictures), and a canvas of four bands.
struct ShapesOnCanvas {
    data::Catalog catalog = shapes_catalog();
    Gl gl;
    render::MapScene scene{catalog, SIZE_MAX};
    std::vector<render::DrawLayer> layers;
    render::MapCanvas canvas{kBackground, 4};
    ShapesOnCanvas() {
        scene.upload();
        layers = scene.draw_list();
    }
};

geo::Box extent_of(const data::Catalog& catalog) {
    geo::Box b;
    for (const auto& f : catalog.layers[0].layer.features) b.merge(f.geometry.bounds());
    return b;
}

}  // namespace

TEST_CASE("a scroll uncovers strips on the side the view moves to, never overlapping", "[render][canvas]") {
    using render::PixelRect;
    CHECK(render::exposed_strips(100, 50, 0, 0).empty());
    CHECK(render::exposed_strips(100, 50, 7, 0) == std::vector<PixelRect>{{93, 0, 7, 50}});
    CHECK(render::exposed_strips(100, 50, -7, 0) == std::vector<PixelRect>{{0, 0, 7, 50}});
    CHECK(render::exposed_strips(100, 50, 0, 4) == std::vector<PixelRect>{{0, 46, 100, 4}});
    CHECK(render::exposed_strips(100, 50, 0, -4) == std::vector<PixelRect>{{0, 0, 100, 4}});
    // Diagonal: a column strip, and a row strip that leaves out the column strip's corner.
    CHECK(render::exposed_strips(100, 50, -7, 4) == std::vector<PixelRect>{{0, 0, 7, 50}, {7, 46, 93, 4}});
    CHECK(render::exposed_strips(100, 50, 7, -4) == std::vector<PixelRect>{{93, 0, 7, 50}, {0, 0, 93, 4}});
    // Farther than the picture: everything is new.
    CHECK(render::exposed_strips(100, 50, 100, 0) == std::vector<PixelRect>{{0, 0, 100, 50}});
    CHECK(render::exposed_strips(100, 50, 3, -60) == std::vector<PixelRect>{{0, 0, 100, 50}});
}

TEST_CASE_METHOD(ShapesOnCanvas, "a canvas scrolled by whole pixels shows what a direct draw would", "[render][canvas]") {

    const render::Camera start = camera_at(20.0);
    const Presented first = settle(gl, canvas, start, 1, layers);
    CHECK(first.shown.exact);
    REQUIRE(painted(first.image) > 5000);
    CHECK(share_different(first.image, gl.direct(layers, start), 2) < 0.001);

    // A drag: several moving frames, east-north-east then back south-west, by whole pixels.
    const size_t strips_before = canvas.stats().strips;
    render::Camera cam = start;
    for (const auto& [dx, dy] : {std::pair{13, 5}, {9, -3}, {-30, -11}, {2, 0}}) {
        cam.centre.x += dx * cam.metres_per_pixel;
        cam.centre.y += dy * cam.metres_per_pixel;
        const Presented p = present(gl, canvas, cam, 1, true, layers);
        INFO("after scrolling by " << dx << ", " << dy);
        CHECK(p.shown.copied);
        CHECK(p.shown.camera.centre == cam.centre);
        CHECK(share_different(p.image, gl.direct(layers, cam), 2) < 0.001);
    }
    CHECK(canvas.stats().strips - strips_before == 7);  // two strips a diagonal step, one for (2, 0)

    // A pan of a fraction of a pixel is shown at the nearest whole pixel, and said so.
    render::Camera fractional = cam;
    fractional.centre.x += 0.3 * cam.metres_per_pixel;
    const Presented p = present(gl, canvas, fractional, 1, true, layers);
    CHECK(p.shown.copied);
    CHECK(p.shown.camera.centre == cam.centre);
}

TEST_CASE_METHOD(ShapesOnCanvas, "in motion a zoom shows the canvas scaled; at rest a new canvas replaces it", "[render][canvas]") {
    canvas.set_extent(extent_of(catalog));
    const render::Camera start = camera_at(20.0);
    settle(gl, canvas, start, 1, layers);
    REQUIRE_FALSE(canvas.busy());
    REQUIRE(canvas.stats().overviews == 1);

    // Zooming in 1.5x: the old canvas, magnified; close to the truth, not exact.
    const render::Camera closer = camera_at(20.0 / 1.5);
    const size_t bands = canvas.stats().bands;
    const Presented moving = present(gl, canvas, closer, 1, true, layers);
    CHECK_FALSE(moving.shown.exact);
    CHECK_FALSE(moving.shown.copied);
    CHECK(canvas.stats().bands == bands);  // nothing redrawn while moving
    const render::Image truth = gl.direct(layers, closer);
    CHECK(share_different(moving.image, truth, 2) > 0.01);
    CHECK(share_different(moving.image, truth, 120) < 0.10);

    // At rest, bands are drawn a few a frame (here one: no budget); the old picture shows
    // until the new one is complete, then the frame is exact.
    Presented rest = present(gl, canvas, closer, 1, false, layers);
    CHECK_FALSE(rest.shown.exact);
    for (int i = 0; i < 10 && !rest.shown.exact; ++i) rest = present(gl, canvas, closer, 1, false, layers);
    CHECK(rest.shown.exact);
    CHECK(canvas.stats().bands - bands == 4);
    CHECK(share_different(rest.image, truth, 2) < 0.001);

    // Zooming out 3x in motion: beyond the canvas the overview fills in, not the background.
    const render::Camera far = camera_at(60.0);
    const Presented out = present(gl, canvas, far, 1, true, layers);
    const render::Image far_truth = gl.direct(layers, far);
    CHECK(painted(out.image) > painted(far_truth) / 2);
    CHECK(share_different(out.image, far_truth, 120) < 0.10);
}

TEST_CASE_METHOD(ShapesOnCanvas, "when the content changes the canvas is redrawn at rest, the old one shown meanwhile", "[render][canvas]") {
    const render::Camera cam = camera_at(20.0);
    const Presented before = settle(gl, canvas, cam, 1, layers);

    layers[0].opacity = 0.3f;  // the layers panel's opacity slider: the content key changes
    const render::Image faded = gl.direct(layers, cam);
    REQUIRE(share_different(before.image, faded, 8) > 0.02);
    // In motion (here: no motion, but flagged so) the canvas is not redrawn.
    CHECK(share_different(present(gl, canvas, cam, 2, true, layers).image, before.image, 0) == 0.0);
    Presented p = present(gl, canvas, cam, 2, false, layers);
    CHECK_FALSE(p.shown.exact);
    CHECK(share_different(p.image, before.image, 0) == 0.0);
    for (int i = 0; i < 10 && !p.shown.exact; ++i) p = present(gl, canvas, cam, 2, false, layers);
    CHECK(p.shown.exact);
    CHECK(share_different(p.image, faded, 2) < 0.001);
}

TEST_CASE_METHOD(ShapesOnCanvas, "with no canvas yet the map is drawn directly, even in motion", "[render][canvas]") {
    const render::Camera cam = camera_at(20.0);
    const Presented p = present(gl, canvas, cam, 1, true, layers);
    CHECK_FALSE(p.shown.exact);
    CHECK(share_different(p.image, gl.direct(layers, cam), 2) < 0.001);
    CHECK(canvas.busy());
}

TEST_CASE_METHOD(ShapesOnCanvas, "at rest the pictures get their turn only in frames without canvas work", "[render][canvas]") {
    using Turn = render::MapCanvas::RestTurn;
    canvas.set_extent(extent_of(catalog));
    const render::Camera cam = camera_at(20.0);
    // Until the canvas and its overview are done, each resting frame drew bands or left work:
    // every one of them must ask for the next frame, or the pictures would never be drawn.
    Presented p = present(gl, canvas, cam, 1, false, layers);
    size_t frames = 1;
    for (; frames < 100 && canvas.rest_turn(p.shown, false) != Turn::Pictures; ++frames) {
        INFO("frame " << frames << ": bands " << p.shown.bands << ", exact " << p.shown.exact);
        CHECK((canvas.rest_turn(p.shown, false) == Turn::NextFrame || !p.shown.exact));
        CHECK((p.shown.bands > 0 || canvas.busy()));
        p = present(gl, canvas, cam, 1, false, layers);
    }
    CHECK(frames > 4);  // four bands of canvas, then the overview's
    CHECK(canvas.rest_turn(p.shown, false) == Turn::Pictures);
    CHECK(p.shown.bands == 0);
    CHECK_FALSE(canvas.busy());
    CHECK(canvas.rest_turn(p.shown, true) == Turn::None);  // in motion: neither

    // New content (a picture completed): the canvas's turn again, then the pictures'.
    p = present(gl, canvas, cam, 2, false, layers);
    CHECK(canvas.rest_turn(p.shown, false) != Turn::Pictures);
    p = settle(gl, canvas, cam, 2, layers);
    p = present(gl, canvas, cam, 2, false, layers);
    CHECK(canvas.rest_turn(p.shown, false) == Turn::Pictures);
}

TEST_CASE_METHOD(ShapesOnCanvas, "a flight ends on a sharp frame: its landing canvas is drawn ahead", "[render][canvas]") {
    canvas.set_extent(extent_of(catalog));
    const render::Camera start = camera_at(20.0);
    settle(gl, canvas, start, 1, layers);
    const render::Camera landing = camera_at(8.0, 30.0, -20.0);
    auto between = [&](double t) {
        render::Camera c = start;
        c.metres_per_pixel = 20.0 + (8.0 - 20.0) * t;
        c.centre = start.centre + (landing.centre - start.centre) * t;
        return c;
    };
    auto fly = [&](const render::Camera* ahead) {
        for (int i = 1; i <= 6; ++i) {
            const auto shown = canvas.present(
                *gl.renderer, between(i / 7.0), 1, true, [&](const render::Camera& c) { gl.renderer->draw_layers(c, layers); },
                std::chrono::milliseconds(0), gl.target->framebuffer(), ahead);
            CHECK_FALSE(shown.exact);  // mid-flight: the old canvas, scaled
        }
        // The camera lands, and is still moving (it just moved).
        const auto shown = canvas.present(
            *gl.renderer, landing, 1, true, [&](const render::Camera& c) { gl.renderer->draw_layers(c, layers); },
            std::chrono::milliseconds(0), gl.target->framebuffer(), ahead);
        return Presented{shown, gl.target->read_pixels()};
    };
    // Told where the flight lands, the canvas draws it a band per frame meanwhile: the landing
    // frame is a copy of it, the same as a direct draw.
    const Presented ahead = fly(&landing);
    CHECK(ahead.shown.exact);
    CHECK(ahead.shown.copied);
    CHECK(share_different(ahead.image, gl.direct(layers, landing), 2) < 0.001);

    // Without it, the landing frame is the old canvas scaled: blurred until a canvas is drawn at rest.
    render::MapCanvas other{kBackground, 4};
    other.set_extent(extent_of(catalog));
    settle(gl, other, start, 1, layers);
    std::swap(canvas, other);
    const Presented blind = fly(nullptr);
    CHECK_FALSE(blind.shown.exact);
    CHECK(share_different(blind.image, gl.direct(layers, landing), 2) > 0.01);
}

TEST_CASE_METHOD(ShapesOnCanvas, "a flight that stops elsewhere leaves no work behind", "[render][canvas]") {
    const render::Camera start = camera_at(20.0);
    settle(gl, canvas, start, 1, layers);
    const render::Camera landing = camera_at(8.0), stopped = camera_at(12.0);
    canvas.present(*gl.renderer, camera_at(15.0), 1, true, [&](const render::Camera& c) { gl.renderer->draw_layers(c, layers); },
                   std::chrono::milliseconds(0), gl.target->framebuffer(), &landing);
    // The user grabbed the map: no landing any more; at rest the canvas is drawn where it stopped.
    Presented p = present(gl, canvas, stopped, 1, false, layers);
    for (int i = 0; i < 20 && canvas.busy(); ++i) p = present(gl, canvas, stopped, 1, false, layers);
    CHECK_FALSE(canvas.busy());
    CHECK(p.shown.exact);
    CHECK(share_different(p.image, gl.direct(layers, stopped), 2) < 0.001);
}
