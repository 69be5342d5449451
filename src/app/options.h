// The command line.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "data/load_options.h"
#include "i18n/language.h"

namespace app {

struct Options {
    std::string data_dir;                 // empty: the bundled data set
    data::SourceAssumptions assume;       // --crs, --encoding: for files that do not say
    bool info = false;                    // --info FILE...: describe the files, load nothing
    bool build_index = false;             // --build-index FILE...: a .qix beside each Shapefile
    bool no_bundled_data = false;
    std::vector<std::string> files;       // extra vector files to add
    std::optional<std::string> render_path;
    int width = 1600, height = 900;
    bool size_given = false;              // --size (--render-tour's default is 1920x1080)
    double scale = 1.0;                   // --scale F: the image F times the size, drawn F times as dense
    std::optional<std::string> page;      // --page A4|A3[-portrait|-landscape]: a PDF's or SVG's paper
    std::optional<std::string> brochure_path;  // --brochure OUT.pdf: a park's (or every park's) brochure
    std::optional<std::string> park_id;   // --park ID[,ID...]: the brochure's park, or parks
    bool all_parks = false;               // --all: one brochure of every park, with cover and index
    std::optional<std::string> view_id;
    std::optional<std::string> bbox;
    i18n::Language language = i18n::Language::En;  // --lang, else the environment's, else English
    bool language_given = false;          // --lang was given (it wins over the window's remembered one)
    bool vietnamese_beneath = false;      // --vietnamese-beneath: map labels also in Vietnamese, beneath
    bool stats = false;                   // print the availability report and exit
    std::optional<std::string> asof;      // --asof YYYY-MM[-DD]
    std::string format = "md";            // --format csv|md
    // The site finder: --find [--ha N] [--sector S] [--ready-by YYYY-MM] [--max-km LANDMARK:KM]...
    bool find = false;
    std::optional<double> find_ha;        // --ha N: at least N hectares free
    std::optional<std::string> find_sector;    // --sector S: a sector key (analysis::kSectorKeys)
    std::optional<std::string> find_ready_by;  // --ready-by YYYY-MM[-DD]
    std::vector<std::pair<std::string, double>> find_max_km;  // --max-km LANDMARK:KM, landmark as typed
    // Presenting a tour (docs/tour-format.md). The tour: the file given, else the bundled one.
    bool present = false;                 // --present [TOUR]: full screen, the tour's first slide
    bool kiosk = false;                   // --kiosk [TOUR]: presents and loops on the slides' durations
    std::optional<std::string> render_tour_dir;  // --render-tour OUTDIR [TOUR]: a PNG per slide
    std::optional<std::string> tour;      // the TOUR given to one of the three
    int monitor = 0;                      // --monitor N (1-based; 0: the projector if there are two, else the only one)
    bool windowed = false;                // --windowed: present in a window (a rehearsal), not full screen
    bool presenter_view = false;          // --presenter-view: the speaker's window even with one monitor
    bool show_help = false;
    bool show_version = false;
};

struct ParseResult {
    std::optional<Options> options;
    std::string error;                    // set when options is empty, in `language`
    i18n::Language language = i18n::Language::En;  // for the messages that follow
};

ParseResult parse_options(int argc, const char* const* argv);

std::string usage_text(i18n::Language lang = i18n::Language::En);

}  // namespace app
