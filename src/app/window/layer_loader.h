// Files the user adds, loaded one at a time on a thread of their own while the window keeps
// drawing; a finished load is handed to the window, which adds its layers to the state.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "app/background_load.h"
#include "app/settings.h"
#include "app/window/map_presenter.h"
#include "app/window/table_listing.h"
#include "data/sidecar_index.h"
#include "state/app_state.h"

namespace app {

class LayerLoader {
public:
    // `remember`: added in the window (or remembered from last time), so remembered next time;
    // a file given on the command line is for this run. `show`: fly to it once it is in (the
    // user just asked for it); a file remembered from last time comes back without moving the
    // view that came back with it.
    // `view`: what the window shows now; a big layer with a spatial index is read for it first,
    // and the rest of it after (queue_rest).
    void queue(std::string path, bool remember = true, bool show = true, std::optional<geo::Box> view = std::nullopt) {
        pending_.push_back({std::move(path), remember, show, false, view, false});
    }
    // The rest of a file whose big layers were read for one view first: every row of them,
    // replacing those layers in place (their look, order and selection kept).
    void queue_rest(std::string path) { pending_.push_back({std::move(path), false, false, false, {}, true}); }
    // A layer read again: a database's (the Layers panel's refresh: `connection` as given,
    // password and all, data::Layer::source_connection), or a file's once its index is written.
    // Its layers replace those of the same key.
    void queue_refresh(std::string connection) { pending_.push_back({std::move(connection), false, false, true, {}, false}); }
    bool busy() const { return current_ || !pending_.empty() || listing_ || indexing_; }

    // The table picker: lists a database's geometry tables on a thread. One at a time: asked
    // again while one runs, it is ignored (listing() says so, the panel shows it).
    void list_tables(std::string connection) {
        if (!listing_) listing_ = list_tables_in_background(std::move(connection));
    }
    bool listing() const { return listing_ != nullptr; }
    std::optional<data::TableListing> poll_listing() {
        if (!listing_ || !listing_->finished()) return std::nullopt;
        auto answer = listing_->take();
        listing_.reset();
        return answer;
    }

    // A spatial index written beside a big Shapefile read whole (data/sidecar_index.h), on a
    // thread: one at a time, asked again while one runs it is ignored. Once written, the
    // window reads the layer again through it (queue_refresh).
    void write_index(std::string path) {
        if (indexing_) return;
        indexing_path_ = path;
        indexing_ = std::make_unique<BackgroundAnswer<data::Diagnostic>>(
            [path = std::move(path)] { return data::build_sidecar_index(path); });
    }
    // The file whose index is being written; empty when none is.
    const std::string& indexing() const { return indexing_path_; }
    // What writing it said, once it is done: written (Info), or why not.
    struct IndexWritten {
        std::string path;
        data::Diagnostic said;
    };
    std::optional<IndexWritten> poll_index() {
        if (!indexing_ || !indexing_->finished()) return std::nullopt;
        std::optional<IndexWritten> out;
        if (auto said = indexing_->take()) out = IndexWritten{std::exchange(indexing_path_, {}), std::move(*said)};
        indexing_.reset();
        return out;
    }

    struct Finished {
        std::string path;
        bool remember = true, show = true;
        BackgroundLoad::Result result;
        bool refresh = false;
        bool rest = false;  // queue_rest's: the whole of layers read for one view first
    };
    // Starts the next file when none is loading; returns a load that has finished.
    std::optional<Finished> poll();

    // The load in progress (its progress and Cancel), if any.
    BackgroundLoad* current() { return current_.get(); }

    // What files that do not say are taken to be (--crs, --encoding, the settings' encoding).
    data::SourceAssumptions assume;

private:
    struct Pending {
        std::string path;
        bool remember = true, show = true;
        bool refresh = false;
        std::optional<geo::Box> view;
        bool rest = false;
    };
    std::vector<Pending> pending_;
    std::unique_ptr<BackgroundLoad> current_;
    Pending current_how_;
    std::unique_ptr<TableListing> listing_;
    std::unique_ptr<BackgroundAnswer<data::Diagnostic>> indexing_;
    std::string indexing_path_;  // set while indexing_ runs
};

// Adds a finished load's layers to the state (and the scene, from the meshes built on the
// loading thread), with what the settings remember of them, and flies to them; a load that
// failed or was cancelled leaves a message instead. Returns true when some of them were read
// for the view only: the caller queues the rest (LayerLoader::queue_rest).
bool add_loaded(LayerLoader::Finished&& done, state::AppState& app, MapPresenter& map, const Settings& settings);

// What writing a spatial index said: written, the file is read again through it (its layers
// replaced in place); else why not, in the status line.
void index_written(const LayerLoader::IndexWritten& written, state::AppState& app, LayerLoader& loader);

}  // namespace app
