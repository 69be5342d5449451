// Renders the map into an image with no display at all (EGL surfaceless + an offscreen
// framebuffer), the same layers, labels and legend as the window shows.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "data/catalog.h"
#include "geo/geometry.h"
#include "render/offscreen_target.h"
#include "i18n/language.h"
#include "render/camera.h"
#include "ui/glyph_set.h"
#include "ui/theme.h"

struct ImDrawList;
namespace ui { struct MapFonts; }

namespace app {

struct RenderRequest {
    int width = 1600;
    int height = 900;
    geo::Box view;                 // display CRS; the whole box is shown
    i18n::Language language = i18n::Language::En;
    bool vietnamese_beneath = false;  // labels: the Vietnamese name under the chosen language's
    bool overlay = true;           // labels, legend, furniture
    bool title = true;             // the map's title in the overlay

    // For slides (--render-tour): all optional.
    std::optional<ui::Theme> theme;  // sizes (a presentation theme, with its room font); default: by the height
    geo::Box frame;                // the map's part of the image (screen pixels): view and furniture fit in it; empty: all
    size_t parks_layer = SIZE_MAX; // with park_occupancy: parks coloured by these figures (as of a date)
    std::vector<std::optional<double>> park_occupancy;
    std::string occupancy_dates;   // the legend's "Occupancy, ..." dates; empty: the layer's
    const data::Feature* selected = nullptr;  // its label placed first
    ui::GlyphSet extra_glyphs;     // characters draw_over draws
    // Where the map goes once the fonts are known (a slide's caption band and cards take the
    // rest): `furniture` is the overlay's frame, `view` where request.view is fitted. Wins over `frame`.
    struct Frames { geo::Box furniture, view; };
    std::function<Frames(const ui::MapFonts&, const ui::Theme&)> frame_for;
    // Draws over the map, under the labels and legend (a slide's highlights).
    std::function<void(ImDrawList&, const render::Camera&, const ui::MapFonts&, const ui::Theme&)> draw_under;
    // Draws over the map and overlay (caption band, cards, highlights).
    std::function<void(ImDrawList&, const render::Camera&, const ui::MapFonts&, const ui::Theme&)> draw_over;
};

struct RenderStats {
    std::string renderer;          // GL renderer and version
    double metres_per_pixel = 0.0;
    size_t triangles = 0, segments = 0, points = 0;
    size_t labels_wanted = 0, labels_placed = 0;
    std::string font;              // the font files used, or why none
    size_t cjk_glyphs = 0;         // Chinese, Korean, Japanese characters in the atlas
    std::string font_warning;      // e.g. CJK characters wanted and fonts-noto-cjk missing
    // Layers whose polygons the triangulator could not all fill exactly (render::triangle_diagnostic):
    // known only once their meshes are built, so after the load's own messages. Also rasters
    // that could not be read for the picture.
    data::Diagnostics mesh_diagnostics;
};

// nullopt and *error when no GL context or framebuffer can be had.
std::optional<render::Image> render_map(const data::Catalog& catalog, const RenderRequest& request, RenderStats* stats,
                                        std::string* error);

}  // namespace app
