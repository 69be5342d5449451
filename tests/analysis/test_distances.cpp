#include <catch2/catch.hpp>

#include <cstdio>
#include <memory>

#include "analysis/distances.h"
#include "analysis_fixture.h"

using namespace analysis;

namespace {

// Runs PROJ's `geod -I` for one pair; nullopt when geod is not installed.
std::optional<double> geod_distance(double lat1, double lon1, double lat2, double lon2) {
    char cmd[256];
    std::snprintf(cmd, sizeof cmd, "echo '%.10f %.10f %.10f %.10f' | geod +ellps=WGS84 -I +units=m -f %%.9f 2>/dev/null",
                  lat1, lon1, lat2, lon2);
    std::unique_ptr<FILE, int (*)(FILE*)> p(popen(cmd, "r"), pclose);
    if (!p) return std::nullopt;
    char buf[256] = {};
    if (!std::fgets(buf, sizeof buf, p.get())) return std::nullopt;
    double az1 = 0, az2 = 0, s = 0;
    if (std::sscanf(buf, "%lf %lf %lf", &az1, &az2, &s) != 3) return std::nullopt;
    return s;
}

struct Pair {
    double lat1, lon1, lat2, lon2;
    double metres;  // from `geod +ellps=WGS84 -I +units=m` (PROJ 9.1), printed to the millimetre
};

// Nomura → Lạch Huyện; centre → Cát Bi; centre → Hà Nội; Lạch Huyện → Singapore; a nearly
// antipodal pair on the equator (the hard case for geodesic solvers); a zero-length pair.
constexpr Pair kPairs[] = {
    {20.89, 106.60, 20.81, 106.89, 31454.233},   {20.86, 106.68, 20.819, 106.725, 6522.419},
    {20.86, 106.68, 21.0285, 105.8542, 87893.151}, {20.81, 106.89, 1.3521, 103.8198, 2178236.989},
    {0.0, 0.0, 0.5, 179.7, 19944127.421},          {20.8, 106.7, 20.8, 106.7, 0.0},
};

}  // namespace

TEST_CASE("geodesic distances match PROJ's geod within 1 mm", "[analysis][distances]") {
    int compared_live = 0;
    for (const auto& p : kPairs) {
        const double d = geodesic_distance_m({p.lon1, p.lat1}, {p.lon2, p.lat2});
        INFO(p.lat1 << " " << p.lon1 << " -> " << p.lat2 << " " << p.lon2 << ": " << d);
        CHECK(std::abs(d - p.metres) <= 0.0011);  // the reference is rounded to 0.5 mm
        if (auto live = geod_distance(p.lat1, p.lon1, p.lat2, p.lon2)) {
            CHECK(std::abs(d - *live) <= 0.001);
            ++compared_live;
        }
        // Symmetric, and lon/lat order matters (swapping the axes gives another distance).
        CHECK(geodesic_distance_m({p.lon2, p.lat2}, {p.lon1, p.lat1}) == Approx(d).margin(1e-6));
    }
    if (compared_live == 0) WARN("geod (proj-bin) not found: compared with the stored references only");
    // Points are {lon, lat}: reading them as {lat, lon} gives another distance.
    CHECK(std::abs(geodesic_distance_m({20.0, 10.0}, {40.0, 30.0}) - geodesic_distance_m({10.0, 20.0}, {30.0, 40.0})) > 1000.0);
}

TEST_CASE("geodesic polygon area: an octant of the WGS 84 ellipsoid and a park outline", "[analysis][distances]") {
    // The triangle (0,0)-(90,0)-(0,90) is one eighth of the ellipsoid: 510,065,621.718 km² / 8.
    geo::Polygon octant{{{0.0, 0.0}, {90.0, 0.0}, {0.0, 90.0}}, {}};
    CHECK(geodesic_area_m2(octant) == Approx(510065621.718e6 / 8.0).epsilon(1e-9));
    // Orientation does not matter; a hole is subtracted.
    geo::Polygon cw{{{0.0, 0.0}, {0.0, 90.0}, {90.0, 0.0}}, {}};
    CHECK(geodesic_area_m2(cw) == Approx(geodesic_area_m2(octant)));
    geo::Polygon with_hole{{{0, 0}, {1, 0}, {1, 1}, {0, 1}}, {{{0.25, 0.25}, {0.75, 0.25}, {0.75, 0.75}, {0.25, 0.75}}}};
    geo::Polygon outer_only{with_hole.outer, {}};
    geo::Polygon hole_only{with_hole.holes[0], {}};
    CHECK(geodesic_area_m2(with_hole) == Approx(geodesic_area_m2(outer_only) - geodesic_area_m2(hole_only)));

    // The bundled outlines were drawn to their sourced areas (within 0.01% in EPSG:9210 metres;
    // the TM-3 scale factor adds up to ~0.03%), so the geodesic areas must come out close.
    const data::Layer& parks = analysis_test::bundled_parks();
    const std::pair<const char*, double> targets[] = {{"nomura", 153.0}, {"vsip", 1566.0}, {"dinh-vu", 541.0}};
    for (const auto& [id, ha] : targets) {
        INFO(id);
        std::optional<double> area;
        for (const auto& f : parks.features)
            if (parks.text(f, "id") == id) area = feature_area_ha(parks, f);
        REQUIRE(area);
        CHECK(*area == Approx(ha).epsilon(0.001));
    }
}

TEST_CASE("each park's distance to Lạch Huyện, Cát Bi and the centre", "[analysis][distances]") {
    const auto all = park_landmark_distances(analysis_test::bundled_catalog());
    REQUIRE(all.size() == 21);
    auto find = [&](const std::string& id) -> const ParkDistances& {
        for (const auto& d : all)
            if (d.park_id == id) return d;
        throw std::runtime_error("no " + id);
    };
    // Parks with no outline: no anchor, distances unknown.
    const auto& hh = find("hang-hai");
    CHECK_FALSE(hh.anchor);
    REQUIRE(hh.km.size() == 3);
    for (const auto& [lm, km] : hh.km) CHECK_FALSE(km);

    // Nhật Bản – Hải Phòng: anchor inside its outline drawn around (106.60, 20.89); the port is at
    // (106.89, 20.81): 31.45 km from the nominal point, so the anchor's distance is within a few km.
    const auto& nomura = find("nomura");
    REQUIRE(nomura.anchor);
    CHECK(nomura.anchor->x == Approx(106.60).margin(0.03));
    CHECK(nomura.anchor->y == Approx(20.89).margin(0.03));
    REQUIRE(nomura.km[0].first == "lach-huyen-port");
    REQUIRE(nomura.km[0].second);
    CHECK(*nomura.km[0].second == Approx(geodesic_distance_m(*nomura.anchor, {106.89, 20.81}) / 1000.0).margin(1e-6));
    CHECK(*nomura.km[0].second == Approx(31.45).margin(3.0));
    // Xuân Cầu lies next to the port: much closer than Nomura.
    CHECK(*find("xuan-cau").km[0].second < 5.0);
    CHECK(nomura.km[2].first == "city-centre");
    CHECK(*nomura.km[2].second < *nomura.km[0].second);
}
