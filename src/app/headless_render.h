// Renders the map into an image with no display at all (EGL surfaceless + an offscreen
// framebuffer), the same layers, labels and legend as the window shows.
#pragma once

#include <optional>
#include <string>

#include "data/catalog.h"
#include "geo/geometry.h"
#include "render/offscreen_target.h"
#include "i18n/language.h"

namespace app {

struct RenderRequest {
    int width = 1600;
    int height = 900;
    geo::Box view;                 // display CRS; the whole box is shown
    i18n::Language language = i18n::Language::En;
    bool vietnamese_beneath = false;  // labels: the Vietnamese name under the chosen language's
    bool overlay = true;           // labels, legend, furniture
};

struct RenderStats {
    std::string renderer;          // GL renderer and version
    double metres_per_pixel = 0.0;
    size_t triangles = 0, segments = 0, points = 0;
    size_t labels_wanted = 0, labels_placed = 0;
    std::string font;              // the font files used, or why none
    size_t cjk_glyphs = 0;         // Chinese, Korean, Japanese characters in the atlas
    std::string font_warning;      // e.g. CJK characters wanted and fonts-noto-cjk missing
};

// nullopt and *error when no GL context or framebuffer can be had.
std::optional<render::Image> render_map(const data::Catalog& catalog, const RenderRequest& request, RenderStats* stats,
                                        std::string* error);

}  // namespace app
