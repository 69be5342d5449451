#include "app/background_load.h"
#include "data/database_source.h"

#include <cctype>
#include <chrono>
#include <cstdlib>
#include <utility>

#include "app/picking.h"
#include "i18n/catalogue.h"
#include "i18n/number_format.h"

namespace app {

BackgroundLoad::BackgroundLoad(std::string path, std::string display_crs, data::SourceAssumptions assume,
                               std::optional<geo::Box> view)
    : path_(std::move(path)) {
    progress_.file = data::mask_password(path_);
    thread_ = std::thread([this, crs = std::move(display_crs), assume = std::move(assume), view] {
        data::LoadOptions options;
        options.target_crs = crs;
        options.assume = assume;
        options.view = view;
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
        for (auto& layer : result.catalog.layers) {
            if (cancel_) break;
            result.prepared.push_back(render::prepare_layer(layer));
            result.pick_indexes.push_back(Picker::index_layer(layer.layer));
            // Polygons the triangulator could not fill exactly: said with the load's messages.
            if (auto problem = render::triangle_diagnostic(layer.layer, result.prepared.back().mesh)) {
                layer.layer.diagnostics.push_back(*problem);
                result.catalog.diagnostics.push_back(std::move(*problem));
            }
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

std::string progress_text(const data::LoadProgress& p, i18n::Language lang) {
    using i18n::N_;
    const char* stage = N_("Loading");
    switch (p.stage) {
        case data::LoadStage::Opening: stage = N_("Opening"); break;
        case data::LoadStage::Reading: stage = N_("Reading"); break;
        case data::LoadStage::Reprojecting: stage = N_("Reprojecting"); break;
        case data::LoadStage::Done: stage = N_("Done"); break;
        case data::LoadStage::Cancelled: stage = N_("Cancelled"); break;
    }
    const std::string read = i18n::format_number(double(p.features_read), 0, lang);
    if (p.features_total)
        return i18n::trf(N_("{0} {1} of {2} features"), lang,
                         {i18n::tr(stage, lang), read, i18n::format_number(double(p.features_total), 0, lang)});
    if (p.features_read) return i18n::trf(N_("{0} {1} features"), lang, {i18n::tr(stage, lang), read});
    return i18n::tr(stage, lang);
}

}  // namespace app
