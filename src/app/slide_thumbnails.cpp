#include "app/slide_thumbnails.h"

#include <iostream>

#include "app/slide_drawing.h"
#include "app/tour_render.h"
#include "state/app_state.h"

namespace app {

void SlideThumbnails::start(const data::Catalog& catalog, const std::string& metrics_path, const tour::Tour& tour,
                            i18n::Language lang, bool vietnamese_beneath, int width, int height) {
    stop();
    size_t features = 0;
    for (const auto& l : catalog.layers) features += l.layer.feature_count();
    if (features > kMaxFeatures || tour.slides.empty()) return;
    cancel_ = false;
    running_ = true;
    thread_ = std::thread([this, catalog, metrics_path, tour, lang, vietnamese_beneath, width, height]() mutable {
        state::AppState app(std::move(catalog));
        app.load_figures(metrics_path);
        app.language = lang;
        app.vietnamese_beneath = vietnamese_beneath;
        app.camera.set_viewport(width, height);
        state::start_presentation(app, app.presentation, std::move(tour), false);
        const ui::GlyphSet glyphs;  // no text is drawn
        for (size_t i = 0; i < app.presentation.tour.slides.size() && !cancel_; ++i) {
            std::string error;
            auto image = render_slide(app, i, width, height, glyphs, nullptr, &error, false);
            if (!image) {
                std::cerr << "parkatlas: presenter view: no slide pictures: " << error << "\n";
                break;
            }
            std::lock_guard lock(mutex_);
            done_.emplace_back(i, std::move(*image));
        }
        running_ = false;
    });
}

void SlideThumbnails::stop() {
    cancel_ = true;
    if (thread_.joinable()) thread_.join();
    running_ = false;
    std::lock_guard lock(mutex_);
    done_.clear();
}

std::optional<std::pair<size_t, render::Image>> SlideThumbnails::poll() {
    std::lock_guard lock(mutex_);
    if (done_.empty()) return std::nullopt;
    auto out = std::move(done_.front());
    done_.erase(done_.begin());
    return out;
}

}  // namespace app
