#include "app/tour_render.h"

#include <filesystem>
#include <ostream>

#include "app/headless_render.h"
#include "render/offscreen_target.h"
#include "app/slide_drawing.h"
#include "i18n/catalogue.h"
#include "render/png_file.h"
#include "state/app_state.h"
#include "ui/fonts.h"

namespace fs = std::filesystem;

namespace app {

using i18n::N_;

std::string slide_file_name(size_t index, size_t count) {
    std::string n = std::to_string(index + 1);
    const size_t digits = count > 99 ? 3 : 2;
    while (n.size() < digits) n.insert(n.begin(), '0');
    return "slide-" + n + ".png";
}

std::optional<render::Image> render_slide(state::AppState& app, size_t index, int width, int height,
                                         const ui::GlyphSet& glyphs, RenderStats* stats, std::string* error,
                                         bool overlay) {
    state::go_to_slide(app, app.presentation, index, false);
    const i18n::Language lang = app.language;
    const ui::SlideText text = slide_text(app);
    const std::vector<ui::FigureCard> cards = slide_cards(app);
    geo::Box screen;
    screen.expand({0, 0});
    screen.expand({double(width), double(height)});
    RenderRequest r;
    r.width = width;
    r.height = height;
    r.view = state::slide_view(app, *app.presentation.current());
    if (r.view.empty()) r.view = app.camera.visible_box();
    r.language = lang;
    r.vietnamese_beneath = app.vietnamese_beneath;
    r.title = false;  // the caption is the slide's title
    r.overlay = overlay;
    r.theme = ui::presentation_theme(float(height));
    r.extra_glyphs = glyphs;
    if (app.figures.ok()) {
        r.parks_layer = app.figures.parks_layer;
        r.park_occupancy = state::occupancy_by_feature(app.figures);
        r.occupancy_dates = state::legend_dates(app.figures, lang);
    }
    data::Feature read;  // a selected feature of an indexed layer, read from its file
    if (const auto sel = app.selection.current())
        r.selected = &app.catalog.layers[sel->first].layer.feature_ref(sel->second, read);
    r.frame_for = [&](const ui::MapFonts& fonts, const ui::Theme& t) {
        const SlideLayout l = layout_slide(text, cards.size(), fonts, t, screen);
        return RenderRequest::Frames{l.map_frame, l.view_frame};
    };
    r.draw_under = [&](ImDrawList& dl, const render::Camera& camera, const ui::MapFonts&, const ui::Theme& t) {
        draw_slide_highlights(dl, app, camera, t);
    };
    r.draw_over = [&](ImDrawList& dl, const render::Camera&, const ui::MapFonts& fonts, const ui::Theme& t) {
        draw_slide(dl, app, text, cards, layout_slide(text, cards.size(), fonts, t, screen), fonts, t);
    };
    return render_map(app.catalog, r, stats, error);
}

int render_tour(data::Catalog catalog, tour::Tour tour, const TourRenderRequest& request, std::ostream& out,
                std::ostream& err) {
    const i18n::Language lang = request.language;
    std::error_code ec;
    fs::create_directories(request.out_dir, ec);
    if (ec || !fs::is_directory(request.out_dir, ec)) {
        err << "parkatlas: " << i18n::trf(N_("cannot make the folder {0}"), lang, {request.out_dir}) << "\n";
        return 1;
    }
    // The same state and slide logic as the window's present mode, with no window.
    state::AppState app(std::move(catalog));
    app.load_figures(request.metrics_path);
    app.language = lang;
    app.vietnamese_beneath = request.vietnamese_beneath;
    app.camera.set_viewport(request.width, request.height);
    state::start_presentation(app, app.presentation, std::move(tour), false);
    for (const auto& problem : app.presentation.problems) err << "parkatlas: " << problem.to_string(lang) << "\n";

    ui::GlyphSet glyphs;
    add_slide_glyphs(glyphs, app.catalog, app.presentation.tour, lang);

    const size_t count = app.presentation.tour.slides.size();
    size_t written = 0;
    for (size_t i = 0; i < count; ++i) {
        RenderStats stats;
        std::string error;
        const auto image = render_slide(app, i, request.width, request.height, glyphs, &stats, &error);
        const std::string path = (fs::path(request.out_dir) / slide_file_name(i, count)).string();
        if (!image) {
            err << "parkatlas: " << i18n::trf(N_("cannot render: {0}"), lang, {error}) << "\n";
            return 1;
        }
        if (!stats.font_warning.empty()) err << "parkatlas: " << stats.font_warning << "\n";
        if (!render::write_png_atomically(*image, path, &error)) {
            err << "parkatlas: " << error << "\n";
            return 1;
        }
        ++written;
        std::string caption = app.presentation.current()->caption.in(lang);
        for (char& c : caption)
            if (c == '\n') c = ' ';
        out << path << "  " << caption << "\n";
    }
    const fs::path absolute = fs::absolute(request.out_dir, ec);
    out << i18n::trf(N_("Wrote {0} slides of {1}x{2} to {3}"), lang,
                     {std::to_string(written), std::to_string(request.width), std::to_string(request.height),
                      ec ? request.out_dir : absolute.string()})
        << "\n";
    return app.presentation.problems.empty() ? 0 : 1;
}

}  // namespace app
