// The application state without any window: the operations a click, a key or a panel asks
// for, and the invariants they keep (indices follow removed layers, flights land inside the
// visible map, a cluster zooms in or becomes a list).
#include <catch2/catch.hpp>

#include <algorithm>

#include "data/catalog.h"
#include "geo/crs.h"
#include "state/app_state.h"
#include "state/desk.h"

namespace {

const data::Catalog& bundled() {
    static const data::Catalog c = data::load_catalog(PARKATLAS_TEST_DATA, {}, geo::kDisplayCrs);
    return c;
}

state::FeatureRef park(const state::AppState& app, const std::string& id) {
    for (size_t li = 0; li < app.catalog.layers.size(); ++li) {
        const auto& l = app.catalog.layers[li].layer;
        if (app.catalog.layers[li].role != data::LayerRole::Parks) continue;
        for (size_t fi = 0; fi < l.features.size(); ++fi)
            if (l.text(l.features[fi], "id") == id) return {li, fi};
    }
    FAIL("no park " << id);
    return {};
}

// A user's layer with one square, as a loaded file gives it.
data::MapLayer user_layer(const std::string& path, const std::string& name) {
    data::MapLayer ml;
    ml.role = data::LayerRole::User;
    ml.layer.name = name;
    ml.layer.source_path = path;
    ml.layer.kind = geo::GeometryKind::Polygons;
    data::Feature f;
    f.geometry.kind = geo::GeometryKind::Polygons;
    f.geometry.polygons.push_back({{{11880000, 2380000}, {11881000, 2380000}, {11881000, 2381000}, {11880000, 2381000}}, {}});
    ml.layer.features.push_back(f);
    return ml;
}

// The screen box of a feature where the camera's flight lands.
geo::Box landed_box(const state::AppState& app, state::FeatureRef ref) {
    const geo::Box b = app.catalog.layers[ref.first].layer.features[ref.second].geometry.bounds();
    const render::Camera end = app.camera.target();
    geo::Box s;
    s.expand(end.map_to_screen(b.min));
    s.expand(end.map_to_screen(b.max));
    return s;
}

bool inside(const geo::Box& a, const geo::Box& b) {
    return a.min.x >= b.min.x - 0.5 && a.min.y >= b.min.y - 0.5 && a.max.x <= b.max.x + 0.5 && a.max.y <= b.max.y + 0.5;
}

}  // namespace

TEST_CASE("selection: hits, stepping, lists, and layers that go", "[state]") {
    state::Selection s;
    CHECK_FALSE(s.current());
    s.select({{2, 5}, {1, 3}, {0, 7}});
    CHECK(s.current() == state::FeatureRef{2, 5});
    s.step(-1);
    CHECK(s.current() == state::FeatureRef{0, 7});  // wraps
    s.step(+1);
    CHECK(s.current() == state::FeatureRef{2, 5});
    // A list shows nothing until a choice is made.
    s.offer({{3, 1}, {3, 2}});
    CHECK(s.is_list());
    CHECK_FALSE(s.current());
    s.choose(1);
    CHECK(s.current() == state::FeatureRef{3, 2});
    CHECK_FALSE(s.is_list());
    // Layer 1 removed: what was after it shifts down; what was on it goes.
    s.select({{2, 5}, {1, 3}, {0, 7}}, 0);
    s.forget_layer(1);
    CHECK(s.hits() == std::vector<state::FeatureRef>{{1, 5}, {0, 7}});
    CHECK(s.current() == state::FeatureRef{1, 5});
    s.select({{1, 3}, {0, 7}});
    s.forget_layer(1);
    CHECK(s.empty());  // the feature shown is gone: nothing stays selected
}

TEST_CASE("the UI scale steps, clamps and snaps to its steps", "[state]") {
    state::UiScale s;
    CHECK(s.value() == 1.0f);
    CHECK(s.bigger());
    CHECK(s.value() == Approx(1.15f));
    s.reset();
    CHECK(s.smaller());
    CHECK(s.value() == Approx(0.85f));
    while (s.smaller()) {
    }
    CHECK(s.value() == state::UiScale::kSteps.front());
    s.set(1.27f);
    CHECK(s.value() == Approx(1.3f));
    s.set(1e30f);
    CHECK(s.value() == state::UiScale::kSteps.back());
}

TEST_CASE("desk: the toolbar's buttons open and close the dock's views", "[state]") {
    state::Desk d;
    CHECK_FALSE(d.bottom);
    d.toggle_bottom(state::BottomTab::Table);
    CHECK(d.bottom == state::BottomTab::Table);
    d.toggle_bottom(state::BottomTab::Gauge);
    CHECK(d.bottom == state::BottomTab::Gauge);
    d.toggle_bottom(state::BottomTab::Gauge);
    CHECK_FALSE(d.bottom);
    d.left_open = false;
    d.show_left(state::SideTab::Layers);
    CHECK(d.left_open);
    CHECK(d.left_tab == state::SideTab::Layers);
}

TEST_CASE("a park chosen from a list lands inside the visible map, not under a panel", "[state]") {
    state::AppState app(bundled());
    app.camera.set_viewport(1280, 720);
    // The map the panels leave: a sidebar on each side and the table at the bottom.
    const geo::Box frame{{300, 44}, {920, 460}};
    app.camera.set_frame(frame);
    app.camera.show(app.catalog.bounds());
    const state::FeatureRef vsip = park(app, "vsip");
    app.select_and_show(vsip);
    CHECK(app.selection.current() == vsip);
    const geo::Box on_screen = landed_box(app, vsip);
    CHECK(inside(on_screen, frame));
    // Not where the whole window's middle would put it: the frame is off-centre.
    CHECK(on_screen.centre().x == Approx(frame.centre().x).margin(1.0));
    CHECK(on_screen.centre().y == Approx(frame.centre().y).margin(1.0));
    // The visible box (what is remembered) is the frame's map, not the window's.
    const geo::Box visible = app.camera.visible_box();
    const render::Camera end = app.camera.target();
    CHECK(visible.width() == Approx(frame.width() * end.metres_per_pixel));
}

TEST_CASE("a remembered view shown in a smaller window keeps the same place inside the visible map", "[state]") {
    // Last run: 1920x1080 with a wide frame around VSIP.
    state::AppState before(bundled());
    before.camera.set_viewport(1920, 1080);
    before.camera.set_frame({{300, 44}, {1920, 1054}});
    const state::FeatureRef vsip = park(before, "vsip");
    before.show_feature(vsip);
    before.camera.update(10.0);
    const geo::Box remembered = before.camera.visible_box();
    // This run: 1280x720, the parks sidebar on the left.
    state::AppState after(bundled());
    after.camera.set_viewport(1280, 720);
    const geo::Box frame{{300, 44}, {1280, 694}};
    after.camera.set_frame(frame);
    after.camera.show(remembered);
    CHECK(inside(landed_box(after, vsip), frame));
    const geo::Box shown = after.camera.visible_box();
    CHECK(shown.width() >= remembered.width() * 0.999);   // all of it, perhaps more
    CHECK(shown.height() >= remembered.height() * 0.999);
}

TEST_CASE("a cluster click zooms in until its pins part, or offers them as a list", "[state]") {
    state::AppState app(bundled());
    app.camera.set_viewport(1280, 720);
    app.camera.set_frame({{300, 44}, {1280, 694}});
    app.camera.show(app.catalog.bounds());
    const data::MapLayer* projects = app.catalog.find(data::LayerRole::Projects);
    REQUIRE(projects);
    const size_t li = size_t(projects - app.catalog.layers.data());
    std::vector<state::FeatureRef> all;
    for (size_t fi = 0; fi < projects->layer.features.size(); ++fi) all.push_back({li, fi});
    const double before = app.camera.camera().metres_per_pixel;
    app.open_cluster(all, 22.0);
    CHECK(app.camera.animating());
    CHECK(app.camera.target().metres_per_pixel < before);  // closer
    CHECK(app.selection.empty());                         // nothing picked at random
    // Two pins on one spot cannot be parted by zooming: they are offered as a list.
    app.catalog.layers[li].layer.features[1].geometry = app.catalog.layers[li].layer.features[0].geometry;
    app.open_cluster({{li, 0}, {li, 1}}, 22.0);
    CHECK(app.selection.is_list());
    CHECK(app.selection.hits().size() == 2);
    CHECK_FALSE(app.selection.current());
}

TEST_CASE("user layers: added, remembered, moved, removed with everything that pointed at them", "[state]") {
    state::AppState app(bundled());
    const size_t bundled_count = app.catalog.layers.size();
    const uint64_t version = app.catalog_version;
    const size_t first = app.add_layers({user_layer("/tmp/a.shp", "landmarks")}, "/tmp/a.shp");
    CHECK(first == bundled_count);
    CHECK(app.catalog_version != version);
    CHECK(app.user_files == std::vector<std::string>{"/tmp/a.shp"});
    // Placed under the zones and parks (user layers draw below them).
    const size_t pos = app.layers.position(first);
    const size_t parks_pos = app.layers.position(park(app, "vsip").first);
    CHECK(pos < parks_pos);
    // Its key is not the bundled landmarks' key.
    const data::MapLayer* landmarks = app.catalog.find(data::LayerRole::Landmarks);
    REQUIRE(landmarks);
    CHECK(state::layer_key(*landmarks) == "bundled:landmarks");
    CHECK(state::layer_key(app.catalog.layers[first]) == "file:/tmp/a.shp#landmarks");
    // A command-line file is for this run only.
    const size_t second = app.add_layers({user_layer("/tmp/b.shp", "b")}, "/tmp/b.shp", false);
    CHECK(app.user_files.size() == 1);
    app.set_opacity(second, 0.5f);
    app.move_layer(second, +1);
    // Removing the first user layer: the second shifts down, with its opacity, selection and hover.
    app.selection.select({{second, 0}});
    app.hover = state::FeatureRef{second, 0};
    CHECK_FALSE(app.remove_layer(park(app, "vsip").first));  // the bundled layers stay
    REQUIRE(app.remove_layer(first));
    CHECK(app.catalog.layers.size() == bundled_count + 1);
    CHECK(app.catalog.layers[bundled_count].layer.name == "b");
    CHECK(app.layers.opacity[bundled_count] == 0.5f);
    CHECK(app.selection.current() == state::FeatureRef{bundled_count, 0});
    CHECK(app.hover == state::FeatureRef{bundled_count, 0});
    CHECK(app.user_files.empty());  // none of a.shp's layers is left: forgotten
    const auto& order = app.layers.order;
    CHECK(std::is_permutation(order.begin(), order.end(), std::vector<size_t>{[&] {
                                  std::vector<size_t> all(app.catalog.layers.size());
                                  for (size_t i = 0; i < all.size(); ++i) all[i] = i;
                                  return all;
                              }()}.begin()));
    // The parks layer's index in the figures follows, if it came after.
    app.load_figures(state::metrics_path_beside_parks(app.catalog));
    CHECK(app.figures.parks_layer == park(app, "vsip").first);
}

TEST_CASE("the as-of date moves the figures and says so by a version", "[state]") {
    state::AppState app(bundled());
    app.load_figures(state::metrics_path_beside_parks(app.catalog));
    REQUIRE(app.figures.ok());
    REQUIRE(app.figures.dates.size() >= 2);
    const uint64_t v = app.figures_version;
    app.set_asof(app.figures.dates.front());
    CHECK(app.figures_version != v);
    CHECK(app.figures.asof == app.figures.dates.front());
    const state::FeatureRef vsip = park(app, "vsip");
    app.selection.select({vsip});
    CHECK(app.selected_park() == vsip.second);
}
