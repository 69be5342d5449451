// A slide as the room sees it, from the state: where the caption band, the figure cards and the
// map go on the screen, and drawing them with the slide's highlights. The window's present
// mode and --render-tour both draw slides through here.
#pragma once

#include <string>
#include <vector>

#include "geo/geometry.h"
#include "state/app_state.h"
#include "ui/slide_overlay.h"

struct ImDrawList;

namespace app {

// The caption band's text for the current slide in the app's language (caption, the sources
// of the figures it states, "3 / 10"), with `status` at its right.
ui::SlideText slide_text(const state::AppState& app, const std::string& status = {});
// The cards of the slide's `figures` and of a feature clicked during the talk.
std::vector<ui::FigureCard> slide_cards(const state::AppState& app);

struct SlideLayout {
    geo::Box screen;
    geo::Box band;        // the caption band along the bottom
    geo::Box cards;       // the column of figure cards (empty without cards)
    geo::Box map_frame;   // what is left for the map: its legend, scale bar and labels stay in here
    geo::Box view_frame;  // the map frame less the legend's column: the slide's view is fitted in here
};
// `large_card`: the card is one opened by a click (wider, the room's type sizes).
SlideLayout layout_slide(const ui::SlideText& text, size_t card_count, const ui::MapFonts& fonts, const ui::Theme& theme,
                         const geo::Box& screen, bool large_card = false);

struct SlideDrawn {
    geo::Box band;
    std::vector<geo::Box> cards;
};
// The slide's highlighted features, over the map and under its labels and legend.
void draw_slide_highlights(ImDrawList& dl, const state::AppState& app, const render::Camera& camera, const ui::Theme& theme);
// Cards and the caption band (or a black or white screen) over the map and its overlay.
SlideDrawn draw_slide(ImDrawList& dl, const state::AppState& app, const ui::SlideText& text,
                      const std::vector<ui::FigureCard>& cards, const SlideLayout& layout, const ui::MapFonts& fonts,
                      const ui::Theme& theme);

// Every character the tour's slides may draw in `lang` (captions, notes, sources, titles, cards).
void add_slide_glyphs(ui::GlyphSet& glyphs, const data::Catalog& catalog, const tour::Tour& tour, i18n::Language lang);

}  // namespace app
