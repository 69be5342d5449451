// geo::ApproxTransformer against the exact PROJ transform it approximates.
#include <catch2/catch.hpp>

#include <cmath>
#include <random>
#include <thread>
#include <vector>

#include "geo/approx_transform.h"
#include "geo/crs.h"
#include "support/test_files.h"

namespace {

// The VN-2000 / TM-3 105°45' definition with its TOWGS84, as the bundled parks carry it.
std::string vn2000() { return test_support::read_file(test_support::bundled_data() / "parks.prj"); }

std::vector<geo::Vec2> random_points(const geo::Box& box, size_t n, unsigned seed) {
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> ux(box.min.x, box.max.x), uy(box.min.y, box.max.y);
    std::vector<geo::Vec2> pts(n);
    for (auto& p : pts) p = {ux(rng), uy(rng)};
    return pts;
}

// Largest |approx - exact| over the points; fails the test if one side fails and not the other.
double max_error(const geo::ApproxTransformer& approx, const geo::Transformer& exact, std::vector<geo::Vec2> pts) {
    std::vector<geo::Vec2> a = pts, e = pts;
    const size_t failed_a = approx.transform(a);
    const size_t failed_e = exact.transform(e);
    CHECK(failed_a == failed_e);
    double worst = 0.0;
    for (size_t i = 0; i < pts.size(); ++i) {
        const bool fa = std::isnan(a[i].x), fe = std::isnan(e[i].x);
        REQUIRE(fa == fe);
        if (!fa) worst = std::max(worst, geo::length(a[i] - e[i]));
    }
    return worst;
}

geo::Box box(double x0, double y0, double x1, double y1) {
    geo::Box b;
    b.expand({x0, y0});
    b.expand({x1, y1});
    return b;
}

}  // namespace

TEST_CASE("approximate VN-2000 -> Web Mercator stays within 1 cm over a city-scale cadastre", "[crs][approx]") {
    // The 1M-parcel cadastre spans E 590000-613000, N 2290000-2317000 (bench/make_cadastre.cpp);
    // a wider box is used here.
    const geo::Box extent = box(590000, 2290000, 620000, 2320000);
    auto exact = geo::Transformer::create(vn2000(), geo::kDisplayCrs);
    REQUIRE(exact);
    auto reference = exact->clone();
    REQUIRE(reference);
    const auto approx = geo::ApproxTransformer::build(std::move(*exact), extent);
    CHECK(approx.tolerance() == 0.01);
    CHECK(approx.interpolated_cells() > 0);  // it really interpolates
    CHECK(approx.exact_cells() == 0);
    const double err = max_error(approx, *reference, random_points(extent, 100000, 1));
    INFO("max error " << err << " m");
    CHECK(err <= 0.01);
    CHECK(err > 0.0);  // and is not secretly exact
}

TEST_CASE("approximate WGS 84 -> Web Mercator stays within 1 cm over Hai Phong", "[crs][approx]") {
    const geo::Box extent = box(106.3, 20.5, 107.3, 21.1);
    auto exact = geo::Transformer::create(geo::kLonLatCrs, geo::kDisplayCrs);
    REQUIRE(exact);
    auto reference = exact->clone();
    const auto approx = geo::ApproxTransformer::build(std::move(*exact), extent);
    CHECK(approx.interpolated_cells() > 0);
    const double err = max_error(approx, *reference, random_points(extent, 100000, 2));
    INFO("max error " << err << " m");
    CHECK(err <= 0.01);
    // A tighter tolerance is honoured too.
    auto exact2 = reference->clone();
    const auto fine = geo::ApproxTransformer::build(std::move(*exact2), extent, {.tolerance = 0.001});
    CHECK(max_error(fine, *reference, random_points(extent, 20000, 3)) <= 0.001);
}

TEST_CASE("points outside the grid and failing points behave exactly like the exact transform", "[crs][approx]") {
    auto exact = geo::Transformer::create(geo::kLonLatCrs, geo::kDisplayCrs);
    REQUIRE(exact);
    auto reference = exact->clone();

    SECTION("outside the grid: the exact result, to the bit") {
        const auto approx = geo::ApproxTransformer::build(std::move(*exact), box(106.3, 20.5, 107.3, 21.1));
        for (geo::Vec2 p : {geo::Vec2{105.0, 21.0}, geo::Vec2{106.8, 22.0}, geo::Vec2{-70.0, -33.0}}) {
            const auto a = approx.transform(p), e = reference->transform(p);
            REQUIRE(a);
            REQUIRE(e);
            CHECK(a->x == e->x);
            CHECK(a->y == e->y);
        }
        // Not a number in, NaN out, counted as failed.
        std::vector<geo::Vec2> bad = {{NAN, 21.0}, {106.8, 95.0}};
        CHECK(approx.transform(bad) == 2);
        CHECK(std::isnan(bad[0].x));
        CHECK(std::isnan(bad[1].y));
    }
    SECTION("a grid reaching past the pole: cells that fail go exact") {
        const geo::Box extent = box(100.0, 80.0, 110.0, 100.0);  // latitudes past 90 cannot be transformed
        const auto approx = geo::ApproxTransformer::build(std::move(*exact), extent);
        CHECK(approx.exact_cells() > 0);
        CHECK_FALSE(approx.transform(geo::Vec2{105.0, 95.0}).has_value());
        CHECK_FALSE(reference->transform(geo::Vec2{105.0, 95.0}).has_value());
        CHECK(max_error(approx, *reference, random_points(extent, 20000, 4)) <= 0.01);
    }
    SECTION("tolerance 0 is exact") {
        const geo::Box extent = box(106.3, 20.5, 107.3, 21.1);
        const auto approx = geo::ApproxTransformer::build(std::move(*exact), extent, {.tolerance = 0.0});
        CHECK(approx.interpolated_cells() == 0);
        CHECK(max_error(approx, *reference, random_points(extent, 1000, 5)) == 0.0);
    }
}

TEST_CASE("clones of an approximate transformer run on two threads with the same results", "[crs][approx]") {
    const geo::Box extent = box(590000, 2290000, 620000, 2320000);
    auto exact = geo::Transformer::create(vn2000(), geo::kDisplayCrs);
    REQUIRE(exact);
    const auto approx = geo::ApproxTransformer::build(std::move(*exact), extent);
    auto other = approx.clone();
    REQUIRE(other);
    CHECK(other->interpolated_cells() == approx.interpolated_cells());  // the grid is shared, not rebuilt
    // Points inside and outside the grid, so both paths (grid and PROJ) run concurrently.
    auto pts = random_points(box(580000, 2280000, 630000, 2330000), 50000, 6);
    std::vector<geo::Vec2> a = pts, b = pts, c = pts;
    std::thread t([&] { other->transform(b); });
    approx.transform(a);
    t.join();
    approx.transform(c);
    for (size_t i = 0; i < pts.size(); ++i) {
        REQUIRE(a[i].x == b[i].x);
        REQUIRE(a[i].y == c[i].y);
    }
}

TEST_CASE("a point on a cell edge gets the same result whatever point came before it", "[crs][approx]") {
    // Shared parcel corners must not move apart: the result may not depend on the neighbour
    // a ring reaches the vertex from (the transform tries the previous point's cell first).
    const geo::Box extent = box(590000, 2290000, 620000, 2320000);
    auto exact = geo::Transformer::create(vn2000(), geo::kDisplayCrs);
    REQUIRE(exact);
    const auto approx = geo::ApproxTransformer::build(std::move(*exact), extent);
    // On dyadic cell edges down to 1/1024 of the extent, where cells of different depths meet.
    const double step_x = extent.width() / 1024, step_y = extent.height() / 1024;
    for (int j = 1; j < 1024; j += 7) {
        for (int i = 1; i < 1024; i += 5) {
            const geo::Vec2 p{extent.min.x + i * step_x, extent.min.y + j * step_y};
            const auto alone = approx.transform(p);
            REQUIRE(alone);
            for (geo::Vec2 d : {geo::Vec2{-1, -1}, geo::Vec2{1, -1}, geo::Vec2{-1, 1}, geo::Vec2{1, 1}}) {
                std::vector<geo::Vec2> pair = {p + d * 0.5, p};
                approx.transform(pair);
                REQUIRE(pair[1].x == alone->x);
                REQUIRE(pair[1].y == alone->y);
            }
        }
    }
}
