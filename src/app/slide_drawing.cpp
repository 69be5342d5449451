#include "app/slide_drawing.h"

#include <algorithm>

#include "i18n/catalogue.h"
#include "tour/slide_view.h"

namespace app {

ui::SlideText slide_text(const state::AppState& app, const std::string& status) {
    ui::SlideText text;
    const state::Presentation& p = app.presentation;
    const tour::Slide* slide = p.current();
    if (!slide) return text;
    const i18n::Language lang = app.language;
    text.caption = slide->caption.in(lang);
    std::string cited;
    for (const auto& raw : slide->sources)
        cited += (cited.empty() ? "" : "; ") + ui::readable_source(app.catalog, raw, lang);
    if (!cited.empty()) text.sources = i18n::trf(i18n::N_("Sources: {0}"), lang, {cited});
    text.counter = std::to_string(p.slide + 1) + " / " + std::to_string(p.tour.slides.size());
    text.status = status;
    return text;
}

std::vector<ui::FigureCard> slide_cards(const state::AppState& app) {
    std::vector<ui::FigureCard> cards;
    const state::Presentation& p = app.presentation;
    if (p.card) {  // clicked during the talk: it alone, large
        cards.push_back(ui::figure_card(app.catalog, p.card->first, p.card->second, app.language));
        cards.back().large = true;
        return cards;
    }
    if (const tour::Slide* slide = p.current())
        for (const auto& ref : slide->figures)
            if (const auto at = tour::find_feature(app.catalog, ref))
                cards.push_back(ui::figure_card(app.catalog, at->layer, at->feature, app.language));
    return cards;
}

SlideLayout layout_slide(const ui::SlideText& text, size_t card_count, const ui::MapFonts& fonts, const ui::Theme& theme,
                         const geo::Box& screen, bool large_card) {
    SlideLayout l;
    l.screen = screen;
    const double band_h = ui::caption_band_height(text, fonts, theme, screen);
    l.band.expand({screen.min.x, screen.max.y - band_h});
    l.band.expand(screen.max);
    l.map_frame.expand(screen.min);
    l.map_frame.expand({screen.max.x, l.band.min.y});
    if (card_count > 0) {
        const double share = large_card ? 0.42 : 0.3;
        const double width = std::clamp((screen.max.x - screen.min.x) * share, 300.0 * theme.scale, (large_card ? 760.0 : 520.0) * theme.scale);
        const double margin = theme.pad * 1.5;
        l.cards.expand({screen.min.x + margin, screen.min.y + margin});
        l.cards.expand({screen.min.x + margin + width, l.band.min.y - margin});
        l.map_frame.min.x = l.cards.max.x;  // the map beside the cards, not under them
    }
    // The legend stands at the frame's bottom right, about this wide (ui/legend.cpp).
    l.view_frame = l.map_frame;
    l.view_frame.max.x -= 250.0 * theme.scale;
    return l;
}

SlideDrawn draw_slide(ImDrawList& dl, const state::AppState& app, const ui::SlideText& text,
                      const std::vector<ui::FigureCard>& cards, const SlideLayout& layout, const ui::MapFonts& fonts,
                      const ui::Theme& theme) {
    SlideDrawn drawn;
    const state::Presentation& p = app.presentation;
    if (p.screen != state::Screen::Map) {
        ui::draw_blank_screen(dl, layout.screen, p.screen == state::Screen::White);
        return drawn;
    }
    geo::Vec2 at = layout.cards.min;
    for (const auto& card : cards) {
        const geo::Box box = ui::draw_figure_card(dl, card, at, float(layout.cards.max.x - layout.cards.min.x), fonts, theme);
        drawn.cards.push_back(box);
        at.y = box.max.y + theme.gap * 1.5;
    }
    drawn.band = ui::draw_caption_band(dl, text, fonts, theme, layout.screen);
    return drawn;
}

void draw_slide_highlights(ImDrawList& dl, const state::AppState& app, const render::Camera& camera, const ui::Theme& theme) {
    if (app.presentation.screen != state::Screen::Map) return;
    for (const auto& ref : app.selection.hits()) {
        if (ref.first >= app.catalog.layers.size() || !app.catalog.layers[ref.first].visible) continue;
        data::Feature read;  // an indexed layer's feature, read from its file
        ui::draw_slide_highlight(dl, camera, app.catalog.layers[ref.first].layer.feature_ref(ref.second, read).geometry,
                                 theme);
    }
}

void add_slide_glyphs(ui::GlyphSet& glyphs, const data::Catalog& catalog, const tour::Tour& tour, i18n::Language lang) {
    glyphs.add(tour.title.in(lang));
    for (const auto& s : tour.slides) {
        glyphs.add(s.caption.in(lang));
        glyphs.add(s.notes.in(lang));
        for (const auto& raw : s.sources) glyphs.add(ui::readable_source(catalog, raw, lang));
        for (const auto& ref : s.figures)
            if (const auto at = tour::find_feature(catalog, ref))
                for (const auto& row : ui::figure_card(catalog, at->layer, at->feature, lang).rows)
                    glyphs.add(row.label + row.value + row.note);
    }
}

}  // namespace app
