// --render-tour: one PNG per slide of a tour (slide-01.png, ...), drawn as the room sees it
// in the present mode, for handouts and for sending ahead to organisers.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>

#include "data/catalog.h"
#include "i18n/language.h"
#include "app/headless_render.h"
#include "state/app_state.h"
#include "tour/tour.h"
#include "ui/glyph_set.h"

namespace app {

// The bundled tour, relative to the bundled data's folder.
inline constexpr const char* kBundledTourFile = "tours/haiphong.tour.json";

struct TourRenderRequest {
    std::string out_dir;
    int width = 1920, height = 1080;
    i18n::Language language = i18n::Language::En;
    bool vietnamese_beneath = false;
    std::string metrics_path;      // park_metrics.csv: the dated figures the slides' dates choose from
};

// Writes the slides, says on `out` what it wrote, and on `err` what went wrong (the tour's
// features the data lacks, a file it cannot write). 0 when every slide was written.
int render_tour(data::Catalog catalog, tour::Tour tour, const TourRenderRequest& request, std::ostream& out,
                std::ostream& err);

// Shows slide `index` of the presentation in `app` (started) and renders it as the room sees
// it; `glyphs`: the characters of its texts (add_slide_glyphs). Without `overlay` only the map
// (no labels, caption or cards): ImGui keeps one global context, so a thread beside the window
// must not draw text with it.
std::optional<render::Image> render_slide(state::AppState& app, size_t index, int width, int height,
                                         const ui::GlyphSet& glyphs, RenderStats* stats, std::string* error,
                                         bool overlay = true);

// The file a slide is written to: "slide-01.png" (two digits, or three past 99 slides).
std::string slide_file_name(size_t index, size_t count);

}  // namespace app
