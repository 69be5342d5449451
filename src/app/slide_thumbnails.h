// Pictures of a tour's slides for the presenter view, rendered on a thread of their own (EGL,
// as --render-tour draws them) so that a talk starts at once; the window polls for them and
// makes textures. The map only: the presenter view writes the captions beside them, and ImGui
// (which draws text) has one context for the whole process, the window's.
#pragma once

#include <atomic>
#include <cstdint>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

#include "data/catalog.h"
#include "i18n/language.h"
#include "render/offscreen_target.h"
#include "tour/tour.h"

namespace app {

class SlideThumbnails {
public:
    ~SlideThumbnails() { stop(); }

    // Renders every slide of `tour` over a copy of `catalog` at `width` x `height`. A catalog
    // bigger than kMaxFeatures is not copied: the presenter view then shows captions only.
    void start(const data::Catalog& catalog, const std::string& metrics_path, const tour::Tour& tour,
               i18n::Language lang, bool vietnamese_beneath, int width = 960, int height = 540);
    void stop();
    // A slide's picture finished since the last call.
    std::optional<std::pair<size_t, render::Image>> poll();
    bool running() const { return running_; }

    static constexpr size_t kMaxFeatures = 200000;

private:
    std::thread thread_;
    std::atomic<bool> cancel_{false}, running_{false};
    std::mutex mutex_;
    std::vector<std::pair<size_t, render::Image>> done_;
};

}  // namespace app
