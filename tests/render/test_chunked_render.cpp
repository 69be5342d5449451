// Big layers drawn through chunks and cached pictures look like the same layer drawn whole:
// at full detail pixel for pixel, at the coarse level in tone; pictures fill in over several
// budgeted steps to the same result, and a restyle keeps the old picture until the new one.
#include <catch2/catch.hpp>

#include <chrono>

#include "data/catalog.h"
#include "render/camera.h"
#include "render/chunked_layer.h"
#include "render/egl_context.h"
#include "render/map_renderer.h"
#include "render/map_scene.h"
#include "render/map_style.h"
#include "render/offscreen_target.h"
#include "render/picture_pool.h"
#include "support/gl_fixture.h"
#include "support/grid_layer.h"

namespace {

using test_support::painted;
using test_support::share_different;

// A 60 x 60 grid of squares with holes and two-part multipolygons (see grid_layer.h).
data::Catalog grid_catalog() {
    data::Catalog catalog;
    catalog.layers.push_back({test_support::grid_layer(60, true), data::LayerRole::User, true});
    return catalog;
}

render::Camera camera_at(double metres_per_pixel) {
    render::Camera c;
    c.centre = {11870000.0 + 9000.0, 2360000.0 + 9000.0};
    c.metres_per_pixel = metres_per_pixel;
    c.width_px = 320;
    c.height_px = 240;
    return c;
}

struct Gl : test_support::GlFixture {
    render::Image draw(render::MapScene& scene, const render::Camera& cam) {
        target->bind();
        renderer->draw(cam, scene.draw_list(), render::rgb(0xffffff));
        return target->read_pixels();
    }
    render::Image draw_sharp(render::MapScene& scene, const render::Camera& cam) {
        while (!scene.advance(*renderer, cam, std::chrono::seconds(5))) {
        }
        return draw(scene, cam);
    }
};

std::array<double, 3> mean_colour(const render::Image& img) {
    std::array<double, 3> m{};
    for (size_t i = 0; i < img.rgba.size(); i += 4)
        for (int k = 0; k < 3; ++k) m[k] += img.rgba[i + k];
    for (auto& v : m) v /= double(img.rgba.size() / 4);
    return m;
}


}  // namespace

TEST_CASE("a chunked layer at full detail draws like the whole layer", "[render][chunked]") {
    const data::Catalog catalog = grid_catalog();
    Gl gl;
    render::MapScene whole(catalog, SIZE_MAX), chunked(catalog, 1);
    whole.upload();
    chunked.upload();
    REQUIRE(whole.gpu_layer(0));
    REQUIRE(chunked.cache(0));
    const render::Camera cam = camera_at(10.0);  // squares are 20 px: full detail
    const render::Image expected = gl.draw(whole, cam);
    const render::Image got = gl.draw_sharp(chunked, cam);
    REQUIRE(painted(expected) > 10000);
    CHECK(share_different(expected, got, 8) < 0.002);
    CHECK(chunked.cache(0)->layer().detail_chunks() > 0);
}

TEST_CASE("the coarse level keeps the tone of the layer, its tiny outlines generalised away", "[render][chunked]") {
    data::Catalog catalog = grid_catalog();
    Gl gl;
    render::MapScene whole(catalog, SIZE_MAX), chunked(catalog, 1);
    whole.upload();
    chunked.upload();
    // The same layer with no outlines at all, for the lower bound of the tone.
    std::vector<render::FeatureStyle> fills = whole.layers()[0].styles;
    for (auto& s : fills) s.stroke_px = 0.0f;
    render::MapScene fills_only(catalog, SIZE_MAX);
    fills_only.upload();
    fills_only.set_styles(0, fills);

    for (const double mpp : {120.0, 50.0}) {  // squares of 1.7 px and 4 px: boxes
        const render::Camera cam = camera_at(mpp);
        const auto full = mean_colour(gl.draw(whole, cam));
        const auto plain = mean_colour(gl.draw(fills_only, cam));
        const render::Image got = gl.draw_sharp(chunked, cam);
        CHECK(chunked.cache(0)->layer().detail_chunks() == 0);  // nothing was triangulated
        const auto m = mean_colour(got);
        for (int k = 0; k < 3; ++k) {
            INFO("scale " << mpp << " channel " << k << ": full " << full[k] << ", fills only " << plain[k] << ", boxes " << m[k]);
            CHECK(m[k] >= std::min(full[k], plain[k]) - 8.0);
            CHECK(m[k] <= std::max(full[k], plain[k]) + 8.0);
        }
        CHECK(painted(got) > 0.8 * painted(gl.draw(fills_only, cam)));
    }
}

TEST_CASE("a picture built a step at a time equals one built at once", "[render][chunked]") {
    const data::Catalog catalog = grid_catalog();
    Gl gl;
    render::MapScene once(catalog, 1), stepwise(catalog, 1);
    once.upload();
    stepwise.upload();
    const render::Camera cam = camera_at(10.0);
    const render::Image expected = gl.draw_sharp(once, cam);

    // A millisecond a call: a step may wait for a mesh from the builder thread, within the
    // budget only.
    int calls = 0;
    while (!stepwise.advance(*gl.renderer, cam, std::chrono::milliseconds(1)) && calls < 100000) ++calls;
    CHECK(calls > 3);  // bounded steps, a few per call
    CHECK(stepwise.cache(0)->stats().jobs_completed == 2);  // the overview, then the view
    const render::Image got = gl.draw(stepwise, cam);
    CHECK(share_different(expected, got, 0) < 0.0005);
}

TEST_CASE("while a restyled picture renders, the old one stays on screen", "[render][chunked]") {
    data::Catalog catalog = grid_catalog();
    Gl gl;
    render::MapScene scene(catalog, 1);
    scene.upload();
    const render::Camera cam = camera_at(10.0);
    const render::Image before = gl.draw_sharp(scene, cam);

    std::vector<render::FeatureStyle> red(catalog.layers[0].layer.features.size());
    for (auto& s : red) s.fill = render::rgb(0xff0000);
    scene.set_styles(0, red);
    CHECK_FALSE(scene.cache(0)->sharp(cam));
    const render::Image stale = gl.draw(scene, cam);
    CHECK(share_different(before, stale, 0) == 0.0);  // not blank: the old picture

    const render::Image after = gl.draw_sharp(scene, cam);
    const auto m = mean_colour(after);
    CHECK(m[0] > m[1] + 40);  // red now
}

TEST_CASE("detailed chunks are evicted least recently used first, within the budget", "[render][chunked]") {
    const data::Catalog catalog = grid_catalog();
    Gl gl;
    const data::Layer& layer = catalog.layers[0].layer;
    render::ChunkedLayer chunked(layer, render::prepare_chunked_layer(layer, 100),
                                 std::vector<render::FeatureStyle>(layer.features.size()), 1);
    REQUIRE(chunked.chunks().chunks.size() >= 3);
    chunked.detail(0, 1.0);
    CHECK(chunked.has_detail(0, 1.0));
    CHECK(chunked.has_detail(0, 1.9));       // the same power-of-two scale: the same mesh
    CHECK_FALSE(chunked.has_detail(0, 2.0));  // the next scale simplifies more
    chunked.detail(1, 1.0);  // over the 1-byte budget: chunk 0 goes, never the one just asked for
    CHECK_FALSE(chunked.has_detail(0, 1.0));
    CHECK(chunked.has_detail(1, 1.0));
    CHECK(chunked.detail_chunks() == 1);
    CHECK(chunked.chunks_built() == 2);
    CHECK(render::ChunkedLayer::tolerance(3.0) == 1.0);    // half of 2 m, the scale at or below 3 m/px
    CHECK(render::ChunkedLayer::tolerance(0.25) == 0.125);
}

TEST_CASE("a layer drawn only in the background colour is not drawn at all", "[render][chunked]") {
    data::Catalog catalog = grid_catalog();
    catalog.layers[0].role = data::LayerRole::Sea;  // the sea is styled as the background
    Gl gl;
    render::MapScene scene(catalog);
    scene.upload();
    const render::DrawLayer item = scene.draw_item(0);
    CHECK(item.layer == nullptr);
    CHECK(item.cached == nullptr);
    // Restyled into something visible, it is drawn again.
    std::vector<render::FeatureStyle> red(catalog.layers[0].layer.features.size());
    for (auto& s : red) s.fill = render::rgb(0xff0000);
    scene.set_styles(0, red);
    const render::DrawLayer again = scene.draw_item(0);
    CHECK((again.layer != nullptr || again.cached != nullptr));
}

TEST_CASE("a polygon over the whole picture is drawn a band at a time, to the same picture", "[render][chunked]") {
    // One 40 km square with a hole (a land mass, a district): on llvmpipe its cost is its
    // pixels, so a step draws a band of rows of it instead of all of it.
    data::Layer layer;
    layer.name = "land";
    layer.kind = geo::GeometryKind::Polygons;
    layer.crs = "EPSG:3857";
    data::Feature f;
    f.geometry.kind = geo::GeometryKind::Polygons;
    const double x = 11860000.0, y = 2350000.0;
    geo::Polygon p;
    p.outer = {{x, y}, {x + 40000, y}, {x + 40000, y + 40000}, {x, y + 40000}};
    p.holes.push_back({{x + 15000, y + 15000}, {x + 15000, y + 25000}, {x + 25000, y + 25000}, {x + 25000, y + 15000}});
    f.geometry.polygons.push_back(p);
    layer.features.push_back(std::move(f));
    data::Catalog catalog;
    catalog.layers.push_back({std::move(layer), data::LayerRole::User, true});

    Gl gl;
    std::string error;
    // A view of 1600 x 1000: its picture, with margins, is 2.7 million pixels.
    auto big = render::OffscreenTarget::create(1600, 1000, 1, &error);
    REQUIRE(big);
    render::Camera cam;
    cam.centre = {x + 20000.0, y + 20000.0};
    cam.metres_per_pixel = 30.0;
    cam.width_px = 1600;
    cam.height_px = 1000;
    const auto draw = [&](render::MapScene& scene) {
        big->bind();
        gl.renderer->draw(cam, scene.draw_list(), render::rgb(0xffffff));
        return big->read_pixels();
    };

    render::MapScene whole(catalog, SIZE_MAX), stepwise(catalog, 1);
    whole.upload();
    stepwise.upload();
    REQUIRE(stepwise.cache(0));
    const render::Image expected = draw(whole);
    int calls = 0;
    while (!stepwise.advance(*gl.renderer, cam, std::chrono::milliseconds(1)) && calls < 100000) ++calls;
    // Unbanded it took four steps (fills, then outlines, of the overview and of the view);
    // each pass of the 2048 x 2048 overview and of the view's picture is now three bands or more.
    CHECK(stepwise.cache(0)->stats().steps >= 12);
    const render::Image got = draw(stepwise);
    REQUIRE(test_support::painted(expected) > 100000);
    CHECK(share_different(expected, got, 8) < 0.002);
}

TEST_CASE("a scene rebuilt after a load gets its pictures' textures back from the pool", "[render][chunked]") {
    const data::Catalog catalog = grid_catalog();
    Gl gl;
    render::PicturePool pool;
    const render::Camera cam = camera_at(10.0);
    render::Image before;
    {
        render::MapScene scene(catalog, 1);
        scene.upload(&pool);
        before = gl.draw_sharp(scene, cam);
        // Sharp at a zoom: the overview and a view picture; idle calls make the other view's (as
        // many as it takes: with a 1 ms budget a loaded machine needs more of them).
        for (int i = 0; i < 1000 && !scene.advance(*gl.renderer, cam, std::chrono::milliseconds(1)); ++i) {
        }
        CHECK(pool.kept() == 0);
    }
    CHECK(pool.kept() == 3);  // overview and two views, given back with the scene
    render::MapScene again(catalog, 1);
    again.upload(&pool);
    const render::Image after = gl.draw_sharp(again, cam);
    CHECK(pool.reused() >= 2);  // the overview and the view it drew, no new textures
    CHECK(share_different(before, after, 0) == 0.0);
    for (int i = 0; i < 1000 && !again.advance(*gl.renderer, cam, std::chrono::milliseconds(1)); ++i) {
    }
    CHECK(pool.reused() == 3);
    CHECK(pool.kept() == 0);
}

TEST_CASE("the pictures' textures are made when the layer arrives, not when a drag or a zoom needs them",
          "[render][chunked]") {
    const data::Catalog catalog = grid_catalog();
    Gl gl;
    render::PicturePool pool;
    render::MapScene scene(catalog, 1);
    scene.upload(&pool);
    const render::Camera cam = camera_at(10.0);
    scene.make_pictures(cam);
    CHECK(pool.made() == 3);  // the overview and two view pictures, in the frame the layer arrived
    const render::Image first = gl.draw_sharp(scene, cam);
    render::Camera closer = cam, moved = cam;
    closer.metres_per_pixel /= 2.0;
    moved.centre.x += 40.0 * cam.metres_per_pixel;
    for (const render::Camera& c : {closer, moved, cam}) {
        gl.draw_sharp(scene, c);
        for (int i = 0; i < 1000 && !scene.advance(*gl.renderer, c, std::chrono::milliseconds(1)); ++i) {
        }
    }
    CHECK(pool.made() == 3);  // no new texture afterwards: no frame waits 25-45 ms for one
    // What is drawn is what a scene without its textures made ahead draws.
    render::MapScene plain(catalog, 1);
    plain.upload();
    CHECK(share_different(first, gl.draw_sharp(plain, cam), 0) == 0.0);
}
