// Layers from a real PostgreSQL 15 + PostGIS 3 (a throwaway cluster per test, on a Unix socket):
// the bundled parks loaded into it in VN-2000 / TM-3, lon/lat and UTM 48N read back through
// "PG:" as the Shapefile reads, drawn, refreshed after a row changes; the problems people meet
// (no server, wrong password, no such database or table, a table without geometry) said
// clearly; a password never shown or saved.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <thread>
#include <cmath>
#include <tuple>
#include <map>
#include <optional>

#include "app/headless_render.h"
#include "app/window/layer_loader.h"
#include "app/settings.h"
#include "data/catalog.h"
#include "data/database_source.h"
#include "data/indexed_source.h"
#include "data/vector_loader.h"
#include "geo/crs.h"
#include "geo/label_point.h"
#include "render/map_style.h"
#include "state/app_state.h"
#include "state/layer_refresh.h"
#include "support/pg_cluster.h"
#include "support/test_files.h"

using namespace test_support;

namespace {

// The cluster, or a failure saying how to install it: CI installs it, so absence is an error.
std::unique_ptr<PgCluster> cluster() {
    const std::string why = PgCluster::missing();
    if (!why.empty()) FAIL(why);
    return std::make_unique<PgCluster>();
}

// The bundled parks as table `table` in `srid` (VN-2000 / TM-3 keeps its datum shift: the row
// for EPSG:9210 is added to spatial_ref_sys from parks.prj, as a planner's database has it).
void load_parks(const PgCluster& pg, const std::string& table, int srid) {
    if (srid == 9210 && pg.psql_ok("SELECT count(*) FROM spatial_ref_sys WHERE srid = 9210") == "0\n") {
        std::string wkt = read_file(bundled_data() / "parks.prj");
        std::string quoted;
        for (char c : wkt) quoted += c == '\'' ? std::string("''") : std::string(1, c);
        pg.psql_ok("INSERT INTO spatial_ref_sys (srid, auth_name, auth_srid, srtext, proj4text) VALUES (9210, 'EPSG', 9210, '" +
                   quoted +
                   "', '+proj=tmerc +lat_0=0 +lon_0=105.75 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 "
                   "+towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278 "
                   "+units=m +no_defs')");
    }
    const std::string cmd = "ogr2ogr -f PostgreSQL '" + pg.libpq() + "' " + (bundled_data() / "parks.shp").string() +
                            " -nln " + table + " -lco GEOMETRY_NAME=geom -t_srs EPSG:" + std::to_string(srid);
    const auto [rc, out] = PgCluster::capture(cmd);
    INFO(cmd << "\n" << out);
    REQUIRE(rc == 0);
    REQUIRE(pg.psql_ok("SELECT srid FROM geometry_columns WHERE f_table_name = '" + table + "'") == std::to_string(srid) + "\n");
}

data::LoadResult load(const std::string& source) {
    data::LoadOptions options;
    options.target_crs = geo::kDisplayCrs;
    return data::load_vector_file(source, options);
}

std::string all_messages(const data::Diagnostics& diags, i18n::Language lang = i18n::Language::En) {
    std::string out;
    for (const auto& d : diags) out += d.to_string(lang) + "\n";
    return out;
}

const data::Feature* by_id(const data::Layer& layer, const std::string& id) {
    for (const auto& f : layer.features)
        if (layer.text(f, "id") == id) return &f;
    return nullptr;
}

}  // namespace

TEST_CASE("connection strings: recognised, password masked in messages and removed for settings", "[postgis]") {
    CHECK(data::is_database_source("PG:dbname=x"));
    CHECK(data::is_database_source("pg:service=atlas"));
    CHECK_FALSE(data::is_database_source("parks.shp"));
    CHECK_FALSE(data::is_database_source("PGdata/parks.shp"));
    const std::string conn = "PG:host=/tmp/s dbname=plans user=an password=hunter2 tables=public.parks";
    CHECK(data::mask_password(conn) == "PG:host=/tmp/s dbname=plans user=an password=******** tables=public.parks");
    CHECK(data::without_password(conn) == "PG:host=/tmp/s dbname=plans user=an tables=public.parks");
    CHECK(data::without_password("PG:dbname=x password = 'a b\\' c'") == "PG:dbname=x");
    CHECK(data::mask_password("PG:dbname=x password='a b\\' c' user=u") == "PG:dbname=x password=******** user=u");
    CHECK(data::mask_password("PG:postgresql://an:hunter2@db.example/plans") == "PG:postgresql://an:********@db.example/plans");
    CHECK(data::without_password("PG:postgresql://an:hunter2@db.example/plans") == "PG:postgresql://an@db.example/plans");
    CHECK(data::mask_password("PG:service=atlas") == "PG:service=atlas");
    CHECK(data::with_table("PG:dbname=x tables=a.b user=u", "public.parks") == "PG:dbname=x user=u tables=public.parks");
    CHECK(data::with_table("PG:service=atlas", "s.t") == "PG:service=atlas tables=s.t");

    // What the window remembers: never the password, in the state or the settings file.
    state::AppState app;
    app.add_layers({}, conn, true);
    REQUIRE(app.user_files.size() == 1);
    CHECK(app.user_files[0] == "PG:host=/tmp/s dbname=plans user=an tables=public.parks");
    app::Settings s;
    s.files = {conn};
    const std::string text = app::format_settings(s);
    CHECK(text.find("hunter2") == std::string::npos);
    CHECK(text.find("file=PG:host=/tmp/s dbname=plans user=an tables=public.parks") != std::string::npos);
}

TEST_CASE("parks in a PostGIS table read back as the Shapefile reads, in any SRID", "[postgis]") {
    auto pg = cluster();
    const data::LoadResult shp = load((bundled_data() / "parks.shp").string());
    REQUIRE(shp.layers.size() == 1);
    const data::Layer& want = shp.layers[0];

    const std::vector<std::tuple<std::string, int, std::string>> tables = {
        {"parks_vn2000", 9210, "VN-2000"}, {"parks_lonlat", 4326, "WGS 84"}, {"parks_utm", 32648, "UTM zone 48N"}};
    for (const auto& [table, srid, crs_words] : tables) {
        load_parks(*pg, table, srid);
        const data::LoadResult got = load(pg->connection("tables=public." + table));
        INFO(table << "\n" << all_messages(got.all_diagnostics()));
        REQUIRE(got.layers.size() == 1);
        const data::Layer& layer = got.layers[0];
        CHECK_FALSE(data::has_errors(got.all_diagnostics()));
        CHECK(layer.name == table);
        CHECK(layer.provenance.driver == "PostgreSQL/PostGIS");
        CHECK(data::is_database_source(layer.source_path));
        CHECK(layer.source_connection == pg->connection("tables=public." + table));
        // The CRS is the table's SRID, declared, not guessed.
        CHECK(layer.provenance.crs == data::Basis::Declared);
        CHECK(layer.source_crs_label.find(crs_words) != std::string::npos);
        if (srid == 9210) CHECK(layer.source_crs_label.find("9210") != std::string::npos);
        CHECK(layer.crs == geo::kDisplayCrs);
        CHECK(layer.kind == geo::GeometryKind::Polygons);
        CHECK(layer.features.size() == want.features.size());
        CHECK(layer.count_with_geometry() == want.count_with_geometry());
        for (const auto& w : want.features) {
            const auto id = want.text(w, "id");
            REQUIRE(id);
            const data::Feature* f = by_id(layer, *id);
            INFO(*id);
            REQUIRE(f);
            // Vietnamese and Chinese text intact.
            CHECK(layer.text(*f, "name_vi") == want.text(w, "name_vi"));
            CHECK(layer.text(*f, "district") == want.text(w, "district"));
            CHECK(layer.text(*f, "name_zh") == want.text(w, "name_zh"));
            CHECK(layer.number(*f, "area_ha") == want.number(w, "area_ha"));
            // The same place on the map, to a few centimetres.
            REQUIRE(f->geometry.empty() == w.geometry.empty());
            if (w.geometry.empty()) continue;
            const geo::Box a = f->geometry.bounds(), b = w.geometry.bounds();
            CHECK(std::abs(a.min.x - b.min.x) < 0.1);
            CHECK(std::abs(a.min.y - b.min.y) < 0.1);
            CHECK(std::abs(a.max.x - b.max.x) < 0.1);
            CHECK(std::abs(a.max.y - b.max.y) < 0.1);
        }
    }
    // All tables of the database at once, when no tables= is given.
    const data::LoadResult every = load(pg->connection());
    CHECK(every.layers.size() == 3);
}

TEST_CASE("the table picker lists the tables that have geometry, not the others", "[postgis]") {
    auto pg = cluster();
    load_parks(*pg, "parks_vn2000", 9210);
    pg->psql_ok("CREATE SCHEMA plans; CREATE TABLE plans.notes (id int, body text); ANALYZE;");
    const data::TableListing listing = data::list_database_tables(pg->connection("tables=plans.notes"));
    INFO(all_messages(listing.diagnostics));
    CHECK(listing.diagnostics.empty());
    REQUIRE(listing.tables.size() == 1);
    const data::DatabaseTable& t = listing.tables[0];
    CHECK(t.qualified() == "public.parks_vn2000");
    CHECK(t.geometry_column == "geom");
    CHECK(t.geometry_type == "POLYGON");
    CHECK(t.srid == 9210);
    CHECK(t.estimated_rows == 21);
    CHECK(data::with_table(pg->connection(), t.qualified()) == pg->connection("tables=public.parks_vn2000"));

    // The window asks on a thread (app::TableListing, through the LayerLoader) and polls.
    app::LayerLoader loader;
    loader.list_tables(pg->connection());
    CHECK(loader.busy());
    std::optional<data::TableListing> answer;
    for (int i = 0; i < 600 && !answer; ++i) {
        answer = loader.poll_listing();
        if (!answer) std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    REQUIRE(answer);
    CHECK_FALSE(loader.listing());
    REQUIRE(answer->tables.size() == 1);
    CHECK(answer->tables[0].qualified() == "public.parks_vn2000");
}

TEST_CASE("a database layer draws on the map", "[postgis][render]") {
    auto pg = cluster();
    load_parks(*pg, "parks_vn2000", 9210);
    data::Catalog catalog = data::load_catalog("", {pg->connection("tables=public.parks_vn2000")}, geo::kDisplayCrs);
    INFO(all_messages(catalog.diagnostics));
    REQUIRE(catalog.layers.size() == 1);
    const data::Layer& parks = catalog.layers[0].layer;
    app::RenderRequest request;
    request.width = 800;
    request.height = 600;
    request.overlay = false;
    geo::Box view = parks.bounds();
    const double margin = view.width() * 0.25;
    view.expand({view.min.x - margin, view.min.y - margin});
    view.expand({view.max.x + margin, view.max.y + margin});
    request.view = view;
    std::string error;
    const auto image = app::render_map(catalog, request, nullptr, &error);
    INFO(error);
    REQUIRE(image);
    render::Camera cam;
    cam.width_px = request.width;
    cam.height_px = request.height;
    cam.fit(request.view, 0.0);
    auto differs_from_background = [&](geo::Vec2 map) {
        const geo::Vec2 s = cam.map_to_screen(map);
        const uint8_t* px = image->pixel(std::clamp(int(s.x), 0, request.width - 1), std::clamp(int(s.y), 0, request.height - 1));
        const render::Rgba bg = render::palette().background;
        return std::abs(px[0] - bg.r) + std::abs(px[1] - bg.g) + std::abs(px[2] - bg.b) > 30;
    };
    size_t drawn = 0, parks_with_area = 0;
    for (const auto& f : parks.features) {
        if (f.geometry.empty() || f.geometry.bounds().width() < 400) continue;  // a few pixels: maybe only an outline
        ++parks_with_area;
        if (const auto p = geo::label_point(f.geometry)) drawn += differs_from_background(*p);
    }
    CHECK(parks_with_area > 5);
    CHECK(drawn == parks_with_area);
    CHECK_FALSE(differs_from_background({view.min.x + 1, view.min.y + 1}));  // the margin: nothing there
}

TEST_CASE("refresh reads the changed rows and keeps the layer's place and look", "[postgis]") {
    auto pg = cluster();
    load_parks(*pg, "parks_vn2000", 9210);
    const std::string conn = pg->connection("tables=public.parks_vn2000");
    state::AppState app(data::load_catalog("", {conn}, geo::kDisplayCrs));
    REQUIRE(app.catalog.layers.size() == 1);
    app.set_visible(0, false);
    app.set_opacity(0, 0.4f);
    const geo::Box before = by_id(app.catalog.layers[0].layer, "vsip")->geometry.bounds();

    // A planner renames a park and moves another 1 km east.
    pg->psql_ok("UPDATE parks_vn2000 SET name_vi = 'KCN VSIP Hải Phòng (đã đổi tên)' WHERE id = 'vsip';"
                "UPDATE parks_vn2000 SET geom = ST_Translate(geom, 1000, 0) WHERE id = 'vsip';");
    const std::string again = app.catalog.layers[0].layer.source_connection;
    REQUIRE(again == conn);
    const uint64_t version = app.catalog_version;
    const auto replaced = state::refresh_layers(app, data::load_catalog("", {again}, geo::kDisplayCrs).layers);
    CHECK(replaced == std::vector<size_t>{0});
    CHECK(app.catalog_version > version);
    const data::Layer& layer = app.catalog.layers[0].layer;
    const data::Feature* vsip = by_id(layer, "vsip");
    REQUIRE(vsip);
    CHECK(layer.text(*vsip, "name_vi") == "KCN VSIP Hải Phòng (đã đổi tên)");
    const geo::Box after = vsip->geometry.bounds();
    // 1 km in TM-3 is a little more in Web Mercator at 20.8° N (1 / cos(lat)).
    CHECK(after.min.x - before.min.x == Approx(1000.0 / std::cos(20.85 * M_PI / 180.0)).epsilon(0.01));
    CHECK(after.min.y == Approx(before.min.y).margin(1.0));
    CHECK_FALSE(app.catalog.layers[0].visible);
    CHECK(app.layers.opacity[0] == Approx(0.4f));
}

TEST_CASE("database problems are said clearly, naming the connection, never its password", "[postgis]") {
    auto pg = cluster();
    load_parks(*pg, "parks_vn2000", 9210);
    pg->psql_ok("CREATE TABLE notes (id int, body text); INSERT INTO notes VALUES (1, 'x');");
    pg->add_password_role("planner", "hunter2");

    auto problem_of = [](const std::string& source) {
        const data::LoadResult r = load(source);
        CHECK(r.layers.empty());
        CHECK(data::has_errors(r.all_diagnostics()));
        return r.all_diagnostics();
    };
    auto check_said = [](const data::Diagnostics& diags, const std::string& words, const std::string& named) {
        const std::string text = all_messages(diags);
        INFO(text);
        CHECK(text.find(words) != std::string::npos);
        CHECK(text.find(named) != std::string::npos);
        CHECK(text.find("hunter2") == std::string::npos);
        CHECK(text.find("file not found") == std::string::npos);
        // In the user's language too (the English words stand in until translated).
        CHECK_FALSE(all_messages(diags, i18n::Language::Vi).empty());
    };

    // The right password works; a wrong one is a clear refusal.
    const std::string good = "PG:host=" + pg->socket_dir() + " dbname=atlas user=planner password=hunter2 tables=public.parks_vn2000";
    const data::LoadResult ok = load(good);
    INFO(all_messages(ok.all_diagnostics()));
    REQUIRE(ok.layers.size() == 1);
    CHECK(ok.layers[0].source_path.find("hunter2") == std::string::npos);
    CHECK(ok.layers[0].source_path.find("password=********") != std::string::npos);
    std::string wrong = good;
    wrong.replace(wrong.find("hunter2"), 7, "hunter3");
    {
        const auto d = problem_of(wrong);
        check_said(d, "refused the login", "user=planner");
        check_said(d, "password authentication failed", "password=********");
        CHECK(all_messages(d).find("hunter3") == std::string::npos);
    }
    check_said(problem_of(pg->connection("tables=public.nope")), "no table 'nope'", "dbname=atlas");
    check_said(problem_of(pg->connection("tables=public.notes")), "has no geometry column", "notes");
    check_said(problem_of(pg->connection("", "no_such_db")), "no such database", "dbname=no_such_db");
    // The listing says the same things.
    check_said(data::list_database_tables(wrong).diagnostics, "refused the login", "user=planner");

    pg->stop();
    check_said(problem_of(good), "is the server running?", pg->socket_dir());
    const data::TableListing none = data::list_database_tables(good);
    CHECK(none.tables.empty());
    check_said(none.diagnostics, "cannot connect to the database server", pg->socket_dir());
}

TEST_CASE("parkatlas --info and --render read a PostGIS table", "[postgis][cli]") {
    auto pg = cluster();
    load_parks(*pg, "parks_vn2000", 9210);
    pg->add_password_role("planner", "hunter2");
    TempDir dir;
    const std::string conn = "PG:host=" + pg->socket_dir() + " dbname=atlas user=planner password=hunter2 tables=public.parks_vn2000";
    auto run = [](const std::string& args) {
        return PgCluster::capture("env -u DISPLAY LANG=C.UTF-8 " + std::string(PARKATLAS_BINARY) + " " + args);
    };
    const auto [info_rc, info] = run("--info '" + conn + "'");
    INFO(info);
    CHECK(info_rc == 0);
    CHECK(info.find("PostgreSQL/PostGIS") != std::string::npos);
    CHECK(info.find("parks_vn2000") != std::string::npos);
    CHECK(info.find("VN-2000") != std::string::npos);
    CHECK(info.find("password=********") != std::string::npos);
    CHECK(info.find("hunter2") == std::string::npos);

    const auto out = dir / "pg.png";
    const auto [render_rc, said] = run("--render " + out.string() + " --size 640x400 '" + conn + "'");
    INFO(said);
    CHECK(render_rc == 0);
    CHECK(read_file(out).substr(0, 8) == "\x89PNG\r\n\x1a\n");
    CHECK(said.find("parks_vn2000") != std::string::npos);
    CHECK(said.find("hunter2") == std::string::npos);

    // No server: a clear message and a failing exit code, not "file not found".
    pg->stop();
    const auto [down_rc, down] = run("--info '" + conn + "'");
    INFO(down);
    CHECK(down_rc != 0);
    CHECK(down.find("is the server running?") != std::string::npos);
    CHECK(down.find("hunter2") == std::string::npos);
}

TEST_CASE("a big PostGIS table is read where the view is, through its spatial index", "[postgis][indexed]") {
    auto pg = cluster();
    load_parks(*pg, "parks_vn2000", 9210);  // ogr2ogr gives the geometry column a GiST index
    const std::string source = pg->connection("tables=public.parks_vn2000");
    const data::LoadResult whole = load(source);
    REQUIRE(whole.layers.size() == 1);
    data::LoadOptions options;
    options.target_crs = geo::kDisplayCrs;
    options.read_through_index_at = 5;  // the parks stand in for a province's parcels
    const data::LoadResult got = data::load_vector_file(source, options);
    INFO(all_messages(got.all_diagnostics()));
    REQUIRE(got.layers.size() == 1);
    const data::Layer& layer = got.layers[0];
    REQUIRE(layer.rows);
    CHECK(layer.rows->complete);
    CHECK(layer.features.empty());
    CHECK(layer.source_connection == source);  // to read it again (refresh)
    CHECK(layer.feature_count() == whole.layers[0].count_with_geometry());
    std::map<int64_t, const data::Feature*> want;
    for (const auto& f : whole.layers[0].features) want[f.source_id] = &f;
    for (size_t i = 0; i < layer.feature_count(); ++i) {
        const data::Feature f = layer.feature_copy(i);
        REQUIRE(want.count(f.source_id));
        const data::Feature& w = *want.at(f.source_id);
        CHECK(f.values == w.values);  // Vietnamese and Chinese text as the whole read has it
        const geo::Box a = f.geometry.bounds(), b = w.geometry.bounds(), r = layer.feature_bounds(i);
        CHECK(std::abs(a.min.x - b.min.x) < 0.1);
        CHECK(std::abs(a.max.y - b.max.y) < 0.1);
        CHECK(r.intersects(b));
    }
    CHECK(all_messages(layer.diagnostics).find("spatial index") != std::string::npos);
}
