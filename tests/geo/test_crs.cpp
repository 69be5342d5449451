#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <numbers>
#include <string>

#include "data/vector_loader.h"
#include "geo/crs.h"
#include "geo/web_mercator.h"
#include "support/test_files.h"

namespace {

// Ground distance in metres between two nearby lon/lat points.
double metres_between(geo::Vec2 a, geo::Vec2 b) {
    const double k = 111320.0;
    return std::hypot((a.x - b.x) * k * std::cos(a.y * std::numbers::pi / 180.0), (a.y - b.y) * k);
}

// What PROJ's own command-line tool says, as lon/lat.
geo::Vec2 cs2cs(const std::string& from, const std::string& to, geo::Vec2 p) {
    const std::string cmd = "echo '" + std::to_string(p.x) + " " + std::to_string(p.y) + "' | cs2cs -f %.10f " + from +
                            " " + to;
    FILE* pipe = popen(cmd.c_str(), "r");
    REQUIRE(pipe);
    double lat = NAN, lon = NAN;
    const int n = std::fscanf(pipe, "%lf %lf", &lat, &lon);  // EPSG:4326 is latitude first
    pclose(pipe);
    REQUIRE(n == 2);
    return {lon, lat};
}

}  // namespace

TEST_CASE("a VN-2000 TM-3 point from the parks .prj agrees with cs2cs within 0.5 m", "[crs]") {
    const auto result = data::load_vector_file((test_support::bundled_data() / "parks.shp").string());
    REQUIRE(result.ok());
    const data::Layer& parks = result.layers[0];
    auto to_wgs84 = geo::Transformer::create(parks.source_crs, geo::kLonLatCrs);
    REQUIRE(to_wgs84);
    // Without the datum shift the same point lands a couple of hundred metres away.
    auto no_shift = geo::Transformer::create(
        "+proj=tmerc +lat_0=0 +lon_0=105.75 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +units=m +no_defs +type=crs", geo::kLonLatCrs);
    REQUIRE(no_shift);

    int checked = 0;
    for (const auto& f : parks.features) {
        if (f.geometry.polygons.empty()) continue;
        const geo::Vec2 vn2000 = f.geometry.polygons[0].outer[0];
        CHECK(vn2000.x > 500000.0);  // really stored in TM-3 metres, not degrees
        const auto ours = to_wgs84->transform(vn2000);
        REQUIRE(ours);
        const geo::Vec2 reference = cs2cs("EPSG:9210", "EPSG:4326", vn2000);
        INFO(parks.text(f, "id").value_or("?"));
        CHECK(metres_between(*ours, reference) < 0.5);
        CHECK(metres_between(*no_shift->transform(vn2000), reference) > 50.0);
        if (++checked == 5) break;
    }
    CHECK(checked == 5);
}

TEST_CASE("Web Mercator through PROJ matches the closed form and round-trips", "[crs]") {
    auto forward = geo::Transformer::create(geo::kLonLatCrs, geo::kDisplayCrs);
    auto inverse = geo::Transformer::create(geo::kDisplayCrs, geo::kLonLatCrs);
    REQUIRE(forward);
    REQUIRE(inverse);
    for (const geo::Vec2 lonlat : {geo::Vec2{106.68, 20.86}, geo::Vec2{106.89, 20.81}, geo::Vec2{-73.98, 40.75},
                                   geo::Vec2{0.0, 0.0}, geo::Vec2{179.9, -60.0}}) {
        const auto m = forward->transform(lonlat);
        REQUIRE(m);
        const geo::Vec2 closed = geo::lonlat_to_mercator(lonlat);
        CHECK(std::abs(m->x - closed.x) < 1e-3);  // axis order lon, lat: x is easting
        CHECK(std::abs(m->y - closed.y) < 1e-3);
        const auto back = inverse->transform(*m);
        REQUIRE(back);
        CHECK(std::abs(back->x - lonlat.x) < 1e-9);
        CHECK(std::abs(back->y - lonlat.y) < 1e-9);
        const geo::Vec2 closed_back = geo::mercator_to_lonlat(closed);
        CHECK(std::abs(closed_back.x - lonlat.x) < 1e-9);
        CHECK(std::abs(closed_back.y - lonlat.y) < 1e-9);
    }
}

TEST_CASE("a transformer clone gives the same answers", "[crs]") {
    auto t = geo::Transformer::create("EPSG:9210", geo::kDisplayCrs);
    REQUIRE(t);
    auto c = t->clone();
    REQUIRE(c);
    const geo::Vec2 p{600000.0, 2300000.0};
    CHECK(t->transform(p)->x == c->transform(p)->x);
    CHECK(t->transform(p)->y == c->transform(p)->y);
}

TEST_CASE("an unreadable CRS is refused with a reason", "[crs]") {
    std::string why;
    CHECK_FALSE(geo::Transformer::create("EPSG:999999", geo::kDisplayCrs, &why));
    CHECK_FALSE(why.empty());
    CHECK_FALSE(geo::describe_crs("not a crs"));
    CHECK(geo::describe_crs("EPSG:9210").value_or("").find("VN-2000") != std::string::npos);
}
