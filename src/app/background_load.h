// Loads one file on a thread of its own while the window keeps drawing: the window polls its
// progress each frame, shows it, and may cancel. The result is taken on the window's thread.
#pragma once

#include <atomic>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "data/catalog.h"
#include "i18n/language.h"
#include "data/load_options.h"
#include "geo/spatial_index.h"
#include "render/map_scene.h"

namespace app {

class BackgroundLoad {
public:
    // Starts loading `path` into layers in `display_crs` at once. `view`: what the window shows
    // (display CRS); a big indexed layer reads only the rows under it first (LoadOptions::view).
    BackgroundLoad(std::string path, std::string display_crs, data::SourceAssumptions assume = {},
                   std::optional<geo::Box> view = std::nullopt);
    ~BackgroundLoad();  // cancels and waits: never leaves a thread behind
    BackgroundLoad(const BackgroundLoad&) = delete;
    BackgroundLoad& operator=(const BackgroundLoad&) = delete;

    const std::string& path() const { return path_; }
    data::LoadProgress progress() const;
    void cancel() { cancel_ = true; }
    bool cancel_requested() const { return cancel_; }
    bool finished() const { return finished_; }
    struct Result {
        data::Catalog catalog;                       // layers and every message
        std::vector<render::PreparedLayer> prepared;  // one per layer, `source` to be re-pointed
        std::vector<geo::GridIndex> pick_indexes;     // one per layer, for Picker::rebuild
    };
    // The result once finished() (then empty). The layers' meshes or chunks are built on the
    // loading thread too, so adding a million parcels does not freeze the window.
    std::optional<Result> take();

private:
    std::string path_;
    std::atomic<bool> cancel_{false};
    std::atomic<bool> finished_{false};
    mutable std::mutex mutex_;
    data::LoadProgress progress_;
    std::optional<Result> result_;
    std::thread thread_;
};

// "Reading 412,000 of 1,000,000 features" and the like, for the progress bar.
std::string progress_text(const data::LoadProgress& p, i18n::Language lang = i18n::Language::En);

}  // namespace app
