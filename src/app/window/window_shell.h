// The interactive window: a GLFW window with an OpenGL 3.3 core context, its input routed to
// the active mode, the frame loop, background loading, and the settings remembered between
// runs. What the user has chosen lives in state::AppState; the modes (app/modes) build each
// frame's panels; MapPresenter draws the map.
#pragma once

#include <string>
#include <vector>

#include "data/catalog.h"
#include "geo/geometry.h"
#include "i18n/language.h"

namespace app {

struct WindowOptions {
    int width = 1600, height = 900;       // window size in screen coordinates
    geo::Box view;                        // display CRS box shown at start
    bool view_given = false;              // --view/--bbox given: wins over the saved view
    i18n::Language language = i18n::Language::En;
    bool language_given = false;          // --lang given: wins over the remembered language
    bool vietnamese_beneath = false;      // --vietnamese-beneath given
    std::vector<std::string> files_to_load;  // loaded in the background once the window is open
    data::SourceAssumptions assume;          // --crs, --encoding: for files that do not say
    // Presenting (--present, --kiosk): the tour file (F5 plays it too; the tour editor saves it).
    std::string tour_path;                // the bundled tour
    std::string tour_given;               // a tour given on the command line (wins)
    bool present = false, kiosk = false;
    int monitor = 0;                      // 1-based; 0: the projector when there are two
    bool windowed = false;                // present in a window (a rehearsal)
    bool presenter_view = false;          // the speaker's window even with one monitor
};

// Runs until the window is closed; 0 on a normal close, 1 if no window could be opened
// (with the reason on stderr).
int run_window(data::Catalog catalog, const WindowOptions& options);

}  // namespace app
