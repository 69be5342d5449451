// Loading a file on a thread of its own: the window polls it, shows progress, may cancel, and
// takes layers already prepared for drawing.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <thread>

#include "app/background_load.h"
#include "app/window/layer_loader.h"
#include "geo/crs.h"
#include "support/cadastre_file.h"
#include "support/test_files.h"

namespace {

template <class Pred>
bool wait_until(Pred done, double seconds) {
    const auto end = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    while (!done()) {
        if (std::chrono::steady_clock::now() > end) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return true;
}

}  // namespace

TEST_CASE("a background load ends with the layers, prepared for drawing", "[app][loading]") {
    const std::string path = (test_support::bundled_data() / "parks.shp").string();
    app::BackgroundLoad load(path, geo::kDisplayCrs);
    REQUIRE(wait_until([&] { return load.finished(); }, 60.0));
    const data::LoadProgress p = load.progress();
    CHECK(p.stage == data::LoadStage::Done);
    CHECK(p.fraction == 1.0);
    CHECK(p.features_total == 21);
    auto result = load.take();
    REQUIRE(result);
    REQUIRE(result->catalog.layers.size() == 1);
    CHECK(result->catalog.layers[0].layer.crs == geo::kDisplayCrs);
    REQUIRE(result->prepared.size() == 1);
    CHECK(result->prepared[0].mesh.triangle_count() > 0);  // triangulated on the loading thread
    CHECK(result->prepared[0].styles.size() == 21);
    // The picking index too: every park's own centre finds the park among its candidates.
    REQUIRE(result->pick_indexes.size() == 1);
    size_t found = 0, with_geometry = 0;
    for (uint32_t i = 0; i < result->catalog.layers[0].layer.features.size(); ++i) {
        const geo::Box b = result->catalog.layers[0].layer.features[i].geometry.bounds();
        if (b.empty()) continue;
        ++with_geometry;
        const auto candidates = result->pick_indexes[0].query(b.centre());
        found += std::find(candidates.begin(), candidates.end(), i) != candidates.end();
    }
    CHECK(with_geometry == 19);
    CHECK(found == with_geometry);
    CHECK_FALSE(load.take());  // taken once
}

TEST_CASE("a background load that is cancelled, or dropped, leaves nothing running", "[app][loading]") {
    const std::string path = (test_support::bundled_data() / "hp_land.shp").string();
    {
        app::BackgroundLoad load(path, geo::kDisplayCrs);
        load.cancel();
        CHECK(load.cancel_requested());
        REQUIRE(wait_until([&] { return load.finished(); }, 60.0));
        auto result = load.take();
        REQUIRE(result);
        // Either it was quicker than the cancel, or it says it was cancelled and has no layers.
        if (result->catalog.layers.empty()) {
            bool said = false;
            for (const auto& d : result->catalog.diagnostics) said |= d.message.find(data::kCancelledMessage) != std::string::npos;
            CHECK(said);
            CHECK(result->prepared.empty());
        }
    }
    { app::BackgroundLoad dropped(path, geo::kDisplayCrs); }  // destructor cancels and joins
    SUCCEED("no thread left behind (ASan/TSan would report it)");
}

TEST_CASE("progress reads as the window shows it", "[app][loading]") {
    data::LoadProgress p;
    p.stage = data::LoadStage::Reading;
    p.features_read = 412000;
    p.features_total = 1000000;
    CHECK(app::progress_text(p) == "Reading 412,000 of 1,000,000 features");
    p.features_total = 0;
    CHECK(app::progress_text(p) == "Reading 412,000 features");
}

namespace fs = std::filesystem;

TEST_CASE("the window writes a spatial index beside a big Shapefile on a thread, then reads it again through it",
          "[app][loading][indexed]") {
    const test_support::TempDir dir;
    const fs::path shp = test_support::make_cadastre(dir, 300);
    app::LayerLoader loader;
    state::AppState app;
    loader.write_index(shp.string());
    CHECK(loader.indexing() == shp.string());
    CHECK(loader.busy());
    loader.write_index((dir.path() / "other.shp").string());  // one at a time: ignored
    std::optional<app::LayerLoader::IndexWritten> written;
    REQUIRE(wait_until([&] { return bool(written = loader.poll_index()); }, 60.0));
    CHECK(written->path == shp.string());
    CHECK(written->said.severity == data::Severity::Info);
    CHECK(fs::exists(dir.path() / "cadastre.qix"));
    CHECK(loader.indexing().empty());
    CHECK_FALSE(loader.busy());
    app::index_written(*written, app, loader);
    CHECK(std::string(app.message.text) == "Wrote a spatial index beside {0}; reading it again through the index");
    CHECK(loader.busy());  // the file is read again: its layer replaced by one read through the index
    std::optional<app::LayerLoader::Finished> done;
    REQUIRE(wait_until([&] { return bool(done = loader.poll()); }, 60.0));
    CHECK(done->refresh);
    CHECK(done->path == shp.string());

    // Refused (not a Shapefile): the status line says why, and nothing is read again.
    loader.write_index((dir.path() / "cadastre.geojson").string());
    REQUIRE(wait_until([&] { return bool(written = loader.poll_index()); }, 60.0));
    CHECK(written->said.severity == data::Severity::Error);
    app::index_written(*written, app, loader);
    CHECK(std::string(app.message.text) == "No index was written beside {0}: {1}");
    CHECK_FALSE(loader.busy());
}
