// Detailed chunk meshes are built on a thread of their own, in the order asked, and the
// drawing thread only uploads them: a layer's try_detail never triangulates.
#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <future>
#include <thread>

#include "data/layer.h"
#include "render/chunked_layer.h"
#include "render/detail_builder.h"
#include "support/cadastre_file.h"
#include "support/gl_fixture.h"
#include "support/grid_layer.h"

namespace {

using Clock = std::chrono::steady_clock;

std::vector<uint64_t> keys(const std::vector<render::DetailBuilder::Built>& built) {
    std::vector<uint64_t> k;
    for (const auto& b : built) k.push_back(b.key);
    return k;
}

// Waits until `count` meshes have been taken from `builder`.
std::vector<render::DetailBuilder::Built> take(render::DetailBuilder& builder, size_t count) {
    std::vector<render::DetailBuilder::Built> all;
    const auto deadline = Clock::now() + std::chrono::seconds(20);
    while (all.size() < count && Clock::now() < deadline) {
        builder.wait(deadline);
        for (auto& b : builder.take_built()) all.push_back(std::move(b));
    }
    return all;
}


}  // namespace

TEST_CASE("the builder builds on its own thread, in the order asked", "[render][detail_builder]") {
    std::mutex m;
    std::vector<uint32_t> order;
    std::atomic<bool> other_thread{true};
    const auto caller = std::this_thread::get_id();
    render::DetailBuilder builder([&](uint32_t chunk, double tolerance) {
        other_thread = other_thread && std::this_thread::get_id() != caller;
        std::lock_guard lock(m);
        order.push_back(chunk);
        render::LayerMesh mesh;
        mesh.fill_indices.assign(chunk * 3, 0);
        mesh.origin = {tolerance, 0.0};
        return mesh;
    });
    builder.replace_queue({{10, 1, 0.5}, {20, 2, 0.5}, {30, 3, 0.5}});
    builder.request({20, 2, 0.5});  // already asked for: not built twice
    const auto built = take(builder, 3);
    CHECK(keys(built) == std::vector<uint64_t>{10, 20, 30});
    CHECK(order == std::vector<uint32_t>{1, 2, 3});
    CHECK(built[2].mesh.fill_indices.size() == 9);
    CHECK(built[0].mesh.origin.x == 0.5);
    CHECK(other_thread);
    CHECK_FALSE(builder.wait(Clock::now() + std::chrono::seconds(5)));  // nothing left: no waiting
}

TEST_CASE("a new queue replaces the requests not started, and a claimed one is not built", "[render][detail_builder]") {
    std::promise<void> release;
    std::shared_future<void> released = release.get_future().share();
    std::promise<void> started;
    std::atomic<int> builds{0};
    render::DetailBuilder builder([&](uint32_t chunk, double) {
        if (builds++ == 0) {
            started.set_value();
            released.wait();  // hold the first build so the rest stay queued
        }
        render::LayerMesh mesh;
        mesh.fill_indices.assign(chunk * 3, 0);
        return mesh;
    });
    builder.replace_queue({{1, 1, 1.0}, {2, 2, 1.0}, {3, 3, 1.0}});
    started.get_future().wait();  // 1 is being built
    builder.replace_queue({{1, 1, 1.0}, {4, 4, 1.0}, {5, 5, 1.0}});  // 2 and 3 are dropped, 1 not asked twice
    CHECK_FALSE(builder.claim(5));  // queued, not started: dropped, for the caller to build
    // Being built: claimed, it is waited for.
    auto claimed = std::async(std::launch::async, [&] { return builder.claim(1); });
    CHECK(claimed.wait_for(std::chrono::milliseconds(50)) == std::future_status::timeout);
    release.set_value();
    CHECK(claimed.get());
    const auto built = take(builder, 2);
    CHECK(keys(built) == std::vector<uint64_t>{1, 4});
    CHECK(builds == 2);
}

TEST_CASE("stop finishes the mesh under way and builds nothing after", "[render][detail_builder]") {
    std::promise<void> release;
    std::shared_future<void> released = release.get_future().share();
    std::promise<void> started;
    std::atomic<int> builds{0};
    render::DetailBuilder builder([&](uint32_t, double) {
        if (builds++ == 0) {
            started.set_value();
            released.wait();
        }
        return render::LayerMesh{};
    });
    builder.replace_queue({{1, 1, 1.0}, {2, 2, 1.0}, {3, 3, 1.0}});
    started.get_future().wait();  // 1 is being built
    // The caller is about to change what meshes are built from: stop waits for the build under way.
    auto stopped = std::async(std::launch::async, [&] { builder.stop(); });
    CHECK(stopped.wait_for(std::chrono::milliseconds(50)) == std::future_status::timeout);
    release.set_value();
    stopped.get();
    CHECK(builds == 1);                  // 2 and 3 were dropped
    CHECK(builder.take_built().empty());  // 1 was finished and dropped
    builder.request({4, 4, 1.0});
    builder.replace_queue({{5, 5, 1.0}});
    CHECK_FALSE(builder.wait(Clock::now() + std::chrono::seconds(5)));  // nothing to wait for
    CHECK(builds == 1);
}

TEST_CASE("an indexed layer's chunks are built from its file after the Layer is replaced", "[render][detail_builder][indexed]") {
    // The window replaces a layer read for its view by the whole layer while chunks of the
    // first are being built on the builder's thread (the ASan run of window_province_e2e saw
    // the file freed under a read): the chunks need the file and rows, not the Layer object.
    test_support::GlFixture gl;
    const test_support::TempDir dir;
    const auto gpkg = test_support::convert_cadastre(test_support::make_cadastre(dir, 600), dir / "c.gpkg", "GPKG");
    data::Catalog catalog = test_support::catalog_of(gpkg, 100);
    data::Layer& layer = catalog.layers[0].layer;
    REQUIRE(layer.rows);
    render::ChunkedLayer chunked(layer, render::prepare_chunked_layer(layer, 100),
                                 std::vector<render::FeatureStyle>(layer.feature_count()));
    const render::GpuMesh& before = chunked.detail(0, 0.5);
    const size_t triangles = before.fill_index_count();
    REQUIRE(triangles > 0);
    layer = data::Layer{};  // replaced: no rows, no file, no features
    chunked.prefetch({1}, 0.5);
    const auto deadline = Clock::now() + std::chrono::seconds(60);
    const render::GpuMesh* built = nullptr;
    while (!built && Clock::now() < deadline) {
        chunked.wait_for_detail(deadline);
        built = chunked.try_detail(1, 0.5);
    }
    REQUIRE(built);
    CHECK(built->fill_index_count() > 0);  // read from the file the chunks share
}

TEST_CASE("try_detail asks the builder and never builds on the drawing thread", "[render][detail_builder]") {
    test_support::GlFixture gl;  // meshes are uploaded: a GL context
    const data::Layer layer = test_support::grid_layer(40, false);
    render::ChunkedLayer async(layer, render::prepare_chunked_layer(layer, 100),
                               std::vector<render::FeatureStyle>(layer.features.size()));
    render::ChunkedLayer sync(layer, render::prepare_chunked_layer(layer, 100),
                              std::vector<render::FeatureStyle>(layer.features.size()));
    const uint32_t n = uint32_t(async.chunks().chunks.size());
    REQUIRE(n >= 4);
    std::vector<uint32_t> all(n);
    for (uint32_t c = 0; c < n; ++c) all[c] = c;

    CHECK(async.try_detail(0, 1.0) == nullptr);  // not resident: asked for, not built here
    async.prefetch(all, 1.0);
    size_t resident = 0;
    const auto deadline = Clock::now() + std::chrono::seconds(60);
    while (resident < n && Clock::now() < deadline) {
        async.wait_for_detail(deadline);
        resident = 0;
        for (uint32_t c = 0; c < n; ++c) resident += async.try_detail(c, 1.0) != nullptr;
    }
    REQUIRE(resident == n);
    CHECK(async.chunks_built() == n);  // each once, though chunk 0 was asked for twice
    for (uint32_t c = 0; c < n; ++c) {
        const render::GpuMesh& a = *async.try_detail(c, 1.0);
        const render::GpuMesh& b = sync.detail(c, 1.0);
        CHECK(a.fill_index_count() == b.fill_index_count());
        CHECK(a.segment_count() == b.segment_count());
    }
    // The synchronous path takes a mesh the builder has, rather than building it again.
    async.prefetch({0}, 4.0);
    const render::GpuMesh& coarse = async.detail(0, 4.0);
    CHECK(coarse.fill_index_count() == sync.detail(0, 4.0).fill_index_count());
    CHECK(async.chunks_built() == n + 1);
}
