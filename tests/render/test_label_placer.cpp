#include <catch2/catch.hpp>

#include <random>

#include "render/label_placer.h"

namespace {
bool overlap(const geo::Box& a, const geo::Box& b) {
    return a.min.x < b.max.x && b.min.x < a.max.x && a.min.y < b.max.y && b.min.y < a.max.y;
}
}  // namespace

TEST_CASE("placed labels never overlap each other, the obstacles or the screen edge", "[labels]") {
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> x(0, 1600), y(0, 900), w(40, 220), pr(0, 100);
    std::vector<render::LabelCandidate> candidates;
    for (size_t i = 0; i < 400; ++i)
        candidates.push_back({i, {x(rng), y(rng)}, {w(rng), 18.0}, pr(rng),
                              i % 3 ? render::LabelAnchor::Centre : render::LabelAnchor::RightOf, 6.0});
    const geo::Box screen{{0, 0}, {1600, 900}};
    geo::Box legend{{0, 500}, {300, 900}};
    const auto placed = render::place_labels(candidates, screen, {legend});
    REQUIRE(placed.size() > 20);
    CHECK(placed.size() < candidates.size());  // crowded: some must be dropped
    for (size_t i = 0; i < placed.size(); ++i) {
        CHECK_FALSE(overlap(placed[i].rect, legend));
        CHECK(placed[i].rect.min.x >= 0.0);
        CHECK(placed[i].rect.max.y <= 900.0);
        for (size_t j = i + 1; j < placed.size(); ++j) CHECK_FALSE(overlap(placed[i].rect, placed[j].rect));
    }
}

TEST_CASE("higher priority labels win a contested spot", "[labels]") {
    std::vector<render::LabelCandidate> c = {
        {1, {500, 300}, {200, 20}, 1.0, render::LabelAnchor::Centre, 0},
        {2, {510, 300}, {200, 20}, 9.0, render::LabelAnchor::Centre, 0},
    };
    // Screen so tight that only the centred position fits.
    const geo::Box screen{{390, 285}, {620, 315}};
    const auto placed = render::place_labels(c, screen);
    REQUIRE(placed.size() == 1);
    CHECK(placed[0].id == 2);
}

TEST_CASE("a park's name keeps clear of a badge on its anchor, above or below it", "[labels]") {
    // The window's project badges (24 px across, here 26 with their ring) sit where park
    // names are anchored; a name goes next to its badge rather than under it or nowhere.
    const geo::Box screen{{0, 0}, {800, 600}};
    const geo::Vec2 anchor{400, 300};
    const geo::Box badge{{387, 287}, {413, 313}};
    render::LabelCandidate name{0, anchor, {120.0, 17.0}, 1.0, render::LabelAnchor::Centre, 0.0};
    auto placed = render::place_labels({name}, screen, {badge});
    REQUIRE(placed.size() == 1);
    CHECK_FALSE(overlap(placed[0].rect, badge));
    CHECK(std::abs((placed[0].rect.min.x + placed[0].rect.max.x) / 2 - anchor.x) < 1.0);  // still centred on it
    CHECK(placed[0].rect.min.y >= badge.max.y);  // below first

    // Below taken (another name): above.
    const geo::Box below{{300, 315}, {500, 340}};
    placed = render::place_labels({name}, screen, {badge, below});
    REQUIRE(placed.size() == 1);
    CHECK(placed[0].rect.max.y <= badge.min.y);
}
