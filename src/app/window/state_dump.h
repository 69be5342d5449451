// A test hook: with PARKATLAS_STATE_DUMP=FILE the window writes what the user has chosen, one
// "key: value" line each, whenever it changes, so end-to-end tests check the state itself
// rather than pixels: the selection (first line, "selection: parks vsip" or "selection: none"),
// the dock and sidebars, the what-if, the UI scale, the visible map and the camera.
#pragma once

#include <string>
#include <vector>

#include "state/app_state.h"
#include "ui/layout.h"

namespace app {

// What the mode shows that the state does not say: where things are on screen (window pixels).
struct ScreenFacts {
    ui::DeskLayout layout;
    std::string search;                     // the park search's text
    geo::Box loading_card;                  // a load's progress card; empty: none
    geo::Box legend_header;                 // a click there folds or unfolds the legend
    std::vector<geo::Vec2> badge_centres;   // pin clusters' badges
    std::vector<size_t> badge_counts;
    bool typing = false;                    // a text field has the keyboard
    float drawn_scale = 1.0f;               // the UI scale this frame was drawn at
    geo::Box language_button;               // the top bar's language menu
    std::vector<geo::Box> language_menu;    // its entries while open: the languages, then the Vietnamese line
    int atlas_builds = 0;                   // the font atlas: how often built, its CJK characters and face
    size_t atlas_cjk_glyphs = 0;
    int atlas_cjk_face = -1;
    // Presenting: the caption band, its caption and the figure cards on screen.
    geo::Box slide_band = {};
    std::string slide_caption = {};
    size_t slide_cards = 0;
    bool fullscreen = false;
    bool presenter_view = false;            // the speaker's window is open
    std::string presenter_notes = {};       // the notes it shows
    size_t presenter_pictures = 0;          // slide pictures it has
    geo::Box tour_tab = {}, tour_add = {}, tour_save = {};  // the Tour tab and its Add and Save buttons
    geo::Box index_button = {};  // the Layers tab's "Write a spatial index" (a big Shapefile read whole)
    // The Export menu: its button; while open its kinds, file name and Export button; the card while writing.
    geo::Box export_button = {};
    std::vector<geo::Box> export_kinds = {};
    geo::Box export_path = {}, export_run = {}, export_card = {};
    std::string export_file = {};           // the file name in the menu
    // The site finder while open: its buttons, and its parks by group (ids in rank order).
    geo::Box finder_compare = {}, finder_export = {}, finder_brochure = {};
    std::string finder_fits = {}, finder_ask = {};
};

std::string describe_state(const state::AppState& app, const ScreenFacts& screen);

class StateDump {
public:
    StateDump();  // reads $PARKATLAS_STATE_DUMP
    // Writes `text` (atomically) if it differs from the last written.
    void update(const std::string& text);
    bool on() const { return !path_.empty(); }

private:
    std::string path_, last_;
};

}  // namespace app
