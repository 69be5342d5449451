#include "app/background_load.h"

#include <cctype>
#include <chrono>
#include <cstdlib>
#include <utility>

#include "app/picking.h"

namespace app {

namespace {

std::string thousands(size_t n) {
    std::string s = std::to_string(n);
    for (int i = int(s.size()) - 3; i > 0; i -= 3) s.insert(size_t(i), ",");
    return s;
}

}  // namespace

BackgroundLoad::BackgroundLoad(std::string path, std::string display_crs) : path_(std::move(path)) {
    progress_.file = path_;
    thread_ = std::thread([this, crs = std::move(display_crs)] {
        data::LoadOptions options;
        options.target_crs = crs;
        options.cancel = &cancel_;
        // For the end-to-end test of the progress bar and Cancel: a pause per batch, so that a
        // small file takes long enough to click on.
        const char* pause = std::getenv("PARKATLAS_TEST_LOAD_PAUSE_MS");
        const int pause_ms = pause ? std::atoi(pause) : 0;
        options.on_progress = [this, pause_ms](const data::LoadProgress& p) {
            {
                std::lock_guard lock(mutex_);
                progress_ = p;
            }
            if (pause_ms > 0 && !cancel_) std::this_thread::sleep_for(std::chrono::milliseconds(pause_ms));
        };
        Result result{data::load_catalog("", {path_}, options), {}, {}};
        for (const auto& layer : result.catalog.layers) {
            if (cancel_) break;
            result.prepared.push_back(render::prepare_layer(layer));
            result.pick_indexes.push_back(Picker::index_layer(layer.layer));
        }
        {
            std::lock_guard lock(mutex_);
            result_ = std::move(result);
        }
        finished_ = true;
    });
}

BackgroundLoad::~BackgroundLoad() {
    cancel_ = true;
    if (thread_.joinable()) thread_.join();
}

data::LoadProgress BackgroundLoad::progress() const {
    std::lock_guard lock(mutex_);
    return progress_;
}

std::optional<BackgroundLoad::Result> BackgroundLoad::take() {
    if (!finished_) return std::nullopt;
    std::lock_guard lock(mutex_);
    return std::exchange(result_, std::nullopt);
}

std::string progress_text(const data::LoadProgress& p) {
    std::string text = data::to_string(p.stage);
    if (!text.empty()) text[0] = char(std::toupper(static_cast<unsigned char>(text[0])));
    if (p.features_total) text += " " + thousands(p.features_read) + " of " + thousands(p.features_total) + " features";
    else if (p.features_read) text += " " + thousands(p.features_read) + " features";
    return text;
}

}  // namespace app
