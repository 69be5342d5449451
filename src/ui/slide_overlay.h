// What a slide draws over the map for a room: the caption band along the bottom (the caption,
// the sources of the figures it states, the slide's number), cards of sourced figures, the
// highlighted features, and black or white screens. Used by the window's present mode and by
// --render-tour alike, so a handout shows what the room saw.
#pragma once

#include <string>
#include <vector>

#include "geo/geometry.h"
#include "render/camera.h"
#include "ui/fonts.h"
#include "ui/panels/feature_text.h"
#include "ui/theme.h"

struct ImDrawList;
struct ImFont;

namespace ui {

// A slide's colours for a washed-out projector (contrast checked in tests/state/test_presentation.cpp).
namespace slide_colours {
// The band: the map's ink, nearly opaque, white text on it.
inline constexpr render::Rgba kBand = colours::kInk;
inline constexpr uint8_t kBandAlpha = 245;
inline constexpr render::Rgba kBandText = render::rgb(0xffffff);
inline constexpr render::Rgba kBandMuted = render::rgb(0xc9d1d9);  // sources, the slide number
// The highlight: gold on a dark edge, a colour the map's ramps and statuses do not use.
inline constexpr render::Rgba kHighlight = render::rgb(0xffc400);
inline constexpr render::Rgba kHighlightEdge = colours::kInk;
}  // namespace slide_colours

// Room sizes: the caption is at least 1/30 of the screen height (issue #13); the presentation
// theme makes it about 1/26.
inline constexpr float kRoomCaptionFraction = 1.0f / 30.0f;
// The theme for a screen `height_px` high: sizes follow the height (900 px is scale 1), with
// the room font for captions.
Theme presentation_theme(float height_px);

struct SlideText {
    std::string caption;      // in the chosen language; may hold a line break
    std::string sources;      // "Sources: ..." for the figures the caption states; may be empty
    std::string counter;      // "3 / 10"
    std::string status;       // small print at the band's right: "Kiosk: paused", a typed "7_"; may be empty
};

// A feature's key figures, each with its source and date, for the room.
struct FigureCard {
    std::string title;
    std::vector<DetailRow> rows;
    bool large = false;  // opened by a click during the talk: the room's type sizes
};

// The rows of describe_feature worth a room's attention (status, area, land, occupancy,
// developer, tenants, capital...), in `lang`.
FigureCard figure_card(const data::Catalog& catalog, size_t layer, size_t feature, i18n::Language lang);

// Lines of `text` at most `width` pixels wide in `font` at `size`: breaks at spaces, and
// between Chinese or Japanese characters (which have no spaces); Korean breaks at spaces.
std::vector<std::string> wrap_text(ImFont* font, float size, const std::string& text, float width);

// The caption band along the bottom of `screen`; returns its rectangle (the map's frame ends
// above it). The caption shrinks to fit two lines, never below kRoomCaptionFraction.
geo::Box draw_caption_band(ImDrawList& dl, const SlideText& text, const MapFonts& fonts, const Theme& theme,
                           const geo::Box& screen);
// How tall the band will be (to lay out the map above it before drawing).
float caption_band_height(const SlideText& text, const MapFonts& fonts, const Theme& theme, const geo::Box& screen);

// A card with its top-left corner at `at`, `width` wide; returns its rectangle.
geo::Box draw_figure_card(ImDrawList& dl, const FigureCard& card, geo::Vec2 at, float width, const MapFonts& fonts,
                          const Theme& theme);

// A feature outlined for the room (areas) or ringed (points), over the map.
void draw_slide_highlight(ImDrawList& dl, const render::Camera& camera, const geo::Geometry& geometry, const Theme& theme);

// The whole screen black or white (B and W during a talk).
void draw_blank_screen(ImDrawList& dl, const geo::Box& screen, bool white);

}  // namespace ui
