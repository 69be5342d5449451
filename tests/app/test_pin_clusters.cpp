#include <catch2/catch.hpp>

#include "app/pin_clusters.h"
#include "geo/crs.h"

TEST_CASE("pins closer than the radius merge into one cluster with a count", "[clusters]") {
    const std::vector<geo::Vec2> pts = {{0, 0}, {5, 0}, {100, 100}, {0, 8}, {300, 0}};
    const auto clusters = app::cluster_pins(pts, 10.0);
    REQUIRE(clusters.size() == 3);
    CHECK(clusters[0].members == std::vector<size_t>{0, 1, 3});
    CHECK(clusters[0].centre.x == Approx(5.0 / 3.0));
    CHECK(clusters[1].members == std::vector<size_t>{2});
    CHECK(app::cluster_pins(pts, 0.5).size() == 5);
}

TEST_CASE("investment view sums known capital per park", "[clusters]") {
    const data::Catalog c = data::load_catalog(PARKATLAS_TEST_DATA, {}, geo::kDisplayCrs);
    const auto totals = app::investment_by_park(c);
    REQUIRE(totals.count("trang-due"));
    CHECK(totals.at("trang-due").projects == 4);
    // LG Display 4,650 + LG Electronics 1,500 + LG Innotek 1,000 + LG Group's uncertain +1,000 (M USD).
    CHECK(totals.at("trang-due").capital_musd == Approx(8150.0));
    CHECK(totals.at("vsip").projects == 4);
    CHECK(totals.at("vsip").with_capital == 3);  // Kyocera's increase, Fuji Xerox, Regina Miracle; Chilisin unknown
    CHECK(totals.at("dinh-vu").with_capital == 5);  // all but Rent-A-Port
}
