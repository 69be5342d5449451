// VN-2000 / TM-3 without a .prj: which province's meridian the numbers are read on.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "geo/crs.h"
#include "geo/vn2000_zones.h"

namespace {

// Projects a lon/lat point onto a province's TM-3 grid, as that province's surveyors would.
geo::Vec2 on_grid(int epsg, geo::Vec2 lonlat) {
    auto t = geo::Transformer::create(geo::kLonLatCrs, "EPSG:" + std::to_string(epsg));
    REQUIRE(t);
    return *t->transform(lonlat);
}

geo::Box around(geo::Vec2 p, double half = 500) { return {{p.x - half, p.y - half}, {p.x + half, p.y + half}}; }

std::vector<std::string> split_csv_line(const std::string& line) {
    std::vector<std::string> out(1);
    bool quoted = false;
    for (char c : line) {
        if (c == '"') quoted = !quoted;
        else if (c == ',' && !quoted) out.emplace_back();
        else out.back() += c;
    }
    return out;
}

}  // namespace

TEST_CASE("the province table in the code is the reference CSV's, every meridian on its EPSG CRS", "[vn2000]") {
    std::ifstream in(std::string(PARKATLAS_TEST_DATA) + "/../reference/vn2000_provinces.csv");
    REQUIRE(in);
    std::string line;
    std::getline(in, line);
    const auto provinces = geo::vn2000_provinces();
    size_t row = 0;
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        const auto cells = split_csv_line(line);
        REQUIRE(row < provinces.size());
        const auto& p = provinces[row++];
        CHECK(cells[0] == p.name);
        CHECK(std::stod(cells[3]) == Approx(p.meridian));
        CHECK(std::stoi(cells[4]) == p.epsg);
        CHECK(std::stod(cells[5]) == Approx(p.lonlat.min.x));
        CHECK(std::stod(cells[8]) == Approx(p.lonlat.max.y));
        // The EPSG CRS named is on that meridian: its own origin is at the meridian.
        auto to_lonlat = geo::Transformer::create("EPSG:" + std::to_string(p.epsg), geo::kLonLatCrs);
        REQUIRE(to_lonlat);
        const auto origin = to_lonlat->transform({500000.0, 2000000.0});
        REQUIRE(origin);
        CHECK(origin->x == Approx(p.meridian).margin(0.002));  // datum shift: a few metres
    }
    CHECK(row == 63);
    CHECK(provinces.size() == 63);
}

TEST_CASE("TM-3 numbers are read on the meridian of the province they fall in", "[vn2000]") {
    SECTION("Hai Phong (Dinh Vu) on 105°45'") {
        const auto g = geo::guess_vn2000_zone(around(on_grid(9210, {106.77, 20.84})));
        REQUIRE(g);
        CHECK(std::string(g->province->name_ascii) == "Hai Phong");
        CHECK(g->crs == "EPSG:9210");
    }
    SECTION("Son La on 104°00'") {
        const auto g = geo::guess_vn2000_zone(around(on_grid(9206, {103.91, 21.33})));
        REQUIRE(g);
        CHECK(std::string(g->province->name_ascii) == "Son La");
        CHECK(g->crs == "EPSG:9206");
    }
    SECTION("Ha Noi's numbers fall at home on Hai Duong's meridian too: both are named") {
        const auto g = geo::guess_vn2000_zone(around(on_grid(5897, {105.852, 21.028})));
        REQUIRE(g);
        std::vector<std::string> named{g->province->name_ascii};
        for (const auto* a : g->alternatives) named.push_back(a->name_ascii);
        CHECK(std::find(named.begin(), named.end(), "Ha Noi") != named.end());
        CHECK(std::find(named.begin(), named.end(), "Hai Duong") != named.end());
        for (const auto* a : g->alternatives) CHECK(a->meridian != g->province->meridian);
    }
    SECTION("Da Nang on 107°45'") {
        const auto g = geo::guess_vn2000_zone(around(on_grid(5899, {108.21, 16.05})));
        REQUIRE(g);
        CHECK(std::string(g->province->name_ascii) == "Da Nang");
    }
    SECTION("Lang Son on 107°15'") {
        const auto g = geo::guess_vn2000_zone(around(on_grid(9215, {106.76, 21.85})));
        REQUIRE(g);
        CHECK(std::string(g->province->name_ascii) == "Lang Son");
    }
    SECTION("numbers outside easting 300-700 km or northing 900-2,700 km are not TM-3") {
        CHECK_FALSE(geo::guess_vn2000_zone({{11'880'000, 2'370'000}, {11'890'000, 2'380'000}}));  // Web Mercator
        CHECK_FALSE(geo::guess_vn2000_zone({{106.7, 20.8}, {106.8, 20.9}}));                      // degrees
        CHECK_FALSE(geo::guess_vn2000_zone({{600'000, 3'000'000}, {601'000, 3'001'000}}));       // north of Viet Nam
    }
}

TEST_CASE("a meridian is written in degrees and minutes", "[vn2000]") {
    CHECK(geo::meridian_words(105.75) == "105°45'");
    CHECK(geo::meridian_words(107.0) == "107°00'");
    CHECK(geo::meridian_words(104.5) == "104°30'");
}
