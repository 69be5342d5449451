// Spatial chunks of big layers: complete, tight, culled exactly like a brute-force scan.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <set>

#include "render/feature_chunks.h"
#include "render/layer_image_cache.h"

namespace {

std::vector<geo::Box> random_boxes(size_t n, unsigned seed) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> pos(0.0, 10000.0), size(1.0, 40.0);
    std::vector<geo::Box> boxes;
    for (size_t i = 0; i < n; ++i) {
        geo::Box b;
        const geo::Vec2 p{pos(rng), pos(rng)};
        b.expand(p);
        b.expand({p.x + size(rng), p.y + size(rng)});
        boxes.push_back(b);
    }
    return boxes;
}

double area(const geo::Box& b) { return b.empty() ? 0.0 : b.width() * b.height(); }

}  // namespace

TEST_CASE("the Hilbert curve fills each quadrant with one run of positions", "[render][chunks]") {
    // The 64 x 64 block at the origin holds exactly positions 0..4095, each once.
    std::set<uint32_t> seen;
    for (uint32_t x = 0; x < 64; ++x)
        for (uint32_t y = 0; y < 64; ++y) seen.insert(render::hilbert_index(x, y));
    REQUIRE(seen.size() == 4096);
    CHECK(*seen.rbegin() == 4095);
    // Neighbours on the curve are neighbours on the grid.
    std::vector<std::pair<uint32_t, std::pair<int, int>>> cells;
    for (int x = 0; x < 64; ++x)
        for (int y = 0; y < 64; ++y) cells.push_back({render::hilbert_index(x, y), {x, y}});
    std::sort(cells.begin(), cells.end());
    for (size_t i = 1; i < cells.size(); ++i) {
        const auto [x0, y0] = cells[i - 1].second;
        const auto [x1, y1] = cells[i].second;
        REQUIRE(std::abs(x0 - x1) + std::abs(y0 - y1) == 1);
    }
}

TEST_CASE("chunks hold every feature with geometry once, within tight bounds", "[render][chunks]") {
    auto boxes = random_boxes(20000, 3);
    boxes[17] = geo::Box{};  // a feature without geometry
    const render::FeatureChunks chunks = render::build_feature_chunks(boxes, 256);
    REQUIRE(chunks.order.size() == boxes.size() - 1);
    std::vector<int> count(boxes.size(), 0);
    for (uint32_t id : chunks.order) ++count[id];
    CHECK(count[17] == 0);
    for (size_t i = 0; i < boxes.size(); ++i)
        if (i != 17) REQUIRE(count[i] == 1);

    double chunk_area = 0.0;
    for (const auto& c : chunks.chunks) {
        REQUIRE(c.count <= 256);
        double largest = 0.0;
        for (uint32_t k = c.first; k < c.first + c.count; ++k) {
            const geo::Box& b = boxes[chunks.order[k]];
            REQUIRE(c.bounds.contains(b.min));
            REQUIRE(c.bounds.contains(b.max));
            largest = std::max({largest, b.width(), b.height()});
        }
        CHECK(c.max_extent == largest);
        chunk_area += area(c.bounds);
    }
    // Spatially coherent: together the chunks cover about the layer once, not once each.
    CHECK(chunk_area < 2.0 * area(chunks.bounds));
}

TEST_CASE("culling returns exactly the chunks a brute-force scan finds", "[render][chunks]") {
    const auto boxes = random_boxes(5000, 11);
    const render::FeatureChunks chunks = render::build_feature_chunks(boxes, 64);
    std::mt19937 rng(5);
    std::uniform_real_distribution<double> pos(-500.0, 10500.0), size(1.0, 3000.0);
    for (int i = 0; i < 200; ++i) {
        geo::Box view;
        const geo::Vec2 p{pos(rng), pos(rng)};
        view.expand(p);
        view.expand({p.x + size(rng), p.y + size(rng)});
        std::vector<uint32_t> expected;
        for (uint32_t c = 0; c < chunks.chunks.size(); ++c)
            if (chunks.chunks[c].bounds.intersects(view)) expected.push_back(c);
        REQUIRE(chunks.intersecting(view) == expected);
        // No feature in view is in a culled chunk.
        std::set<uint32_t> kept(expected.begin(), expected.end());
        for (uint32_t c = 0; c < chunks.chunks.size(); ++c) {
            if (kept.count(c)) continue;
            for (uint32_t k = chunks.chunks[c].first; k < chunks.chunks[c].first + chunks.chunks[c].count; ++k)
                REQUIRE_FALSE(boxes[chunks.order[k]].intersects(view));
        }
    }
}

TEST_CASE("a chunk gets full detail once its largest feature spans a few pixels", "[render][chunks]") {
    render::FeatureChunk c;
    c.max_extent = 30.0;  // metres
    CHECK(render::needs_detail(c, 30.0 / render::kDetailMinPixels));
    CHECK(render::needs_detail(c, 1.0));
    CHECK_FALSE(render::needs_detail(c, 30.0 / render::kDetailMinPixels * 1.01));
    CHECK_FALSE(render::needs_detail(c, 100.0));
}

TEST_CASE("a box minus another leaves the right pieces", "[render][chunks]") {
    const geo::Box outer{{0, 0}, {10, 10}};
    auto total = [](const std::vector<geo::Box>& v) {
        double a = 0;
        for (const auto& b : v) a += area(b);
        return a;
    };
    CHECK(total(render::subtract_box(outer, {{2, 3}, {5, 7}})) == Approx(100 - 12));
    CHECK(render::subtract_box(outer, {{2, 3}, {5, 7}}).size() == 4);
    CHECK(total(render::subtract_box(outer, {{-5, -5}, {5, 20}})) == Approx(50));  // left half gone
    CHECK(render::subtract_box(outer, {{-5, -5}, {20, 20}}).empty());
    const auto disjoint = render::subtract_box(outer, {{20, 20}, {30, 30}});
    REQUIRE(disjoint.size() == 1);
    CHECK(total(disjoint) == Approx(100));
    // Pieces never overlap the hole or each other.
    const auto pieces = render::subtract_box(outer, {{2, 3}, {5, 7}});
    for (size_t i = 0; i < pieces.size(); ++i)
        for (size_t j = i + 1; j < pieces.size(); ++j) {
            const geo::Box& a = pieces[i];
            const geo::Box& b = pieces[j];
            const double w = std::min(a.max.x, b.max.x) - std::max(a.min.x, b.min.x);
            const double h = std::min(a.max.y, b.max.y) - std::max(a.min.y, b.min.y);
            CHECK((w <= 0 || h <= 0));
        }
}
