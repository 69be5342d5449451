#include "app/options.h"

#include <cstdlib>
#include <string_view>

#include "analysis/stats_report.h"

namespace app {

const char* usage_text() {
    return R"(Park Atlas - map viewer of Hai Phong's industrial parks and economic zones

Usage:
  parkatlas [options] [FILE...]
      Opens the map on the bundled Hai Phong data plus any vector FILEs given
      (Shapefile, GeoJSON, GeoPackage, anything GDAL reads). With no display
      (DISPLAY unset) it renders the default map to parkatlas-map.png instead
      and prints where it wrote it.
  parkatlas --render OUT.png [--size WxH] [--view ID | --bbox W,S,E,N] [FILE...]
      Renders the map headless (EGL, no X server), prints what it drew
      (layers, feature counts, CRS) and exits.
  parkatlas --stats [--asof YYYY-MM[-DD]] [--format csv|md]
      Prints land availability per park and the Decree 35/2022 gauge
      (established parks' area-weighted occupancy against 60%) with every
      figure's source and as-of date, for reports. No window.

Options:
  --render OUT.png   write the map to this PNG file and exit
  --size WxH         image or window size in pixels (default 1600x900)
  --view ID          centre on a park, economic zone or landmark by its id
                     (e.g. vsip, dinh-vu, southern-coastal, lach-huyen-port)
  --bbox W,S,E,N     show this longitude/latitude box (degrees, WGS 84),
                     e.g. 106.5,20.7,106.9,20.95
  --data DIR         read the bundled layers from DIR (default: data/haiphong)
  --no-data          do not load the bundled layers; only the FILEs given
  --lang CODE        language of labels and legend: en (default) or vi
  --stats            print the availability table and the Decree 35 gauge
  --asof DATE        with --stats: figures as of this date (default: newest)
  --format FMT       with --stats: md (default, a Markdown report) or csv
  --help             show this text
  --version          show the version

Exit status: 0 on success; 1 if a file could not be loaded or rendering
failed (the rest of the map is still drawn and written); 2 on a usage error.
)";
}

namespace {

bool parse_size(std::string_view s, int& w, int& h) {
    const size_t x = s.find('x');
    if (x == std::string_view::npos) return false;
    char* end = nullptr;
    const std::string ws(s.substr(0, x)), hs(s.substr(x + 1));
    const long wl = std::strtol(ws.c_str(), &end, 10);
    if (ws.empty() || *end) return false;
    const long hl = std::strtol(hs.c_str(), &end, 10);
    if (hs.empty() || *end) return false;
    if (wl < 16 || hl < 16 || wl > 16384 || hl > 16384) return false;
    w = int(wl);
    h = int(hl);
    return true;
}

}  // namespace

ParseResult parse_options(int argc, const char* const* argv) {
    Options o;
    auto fail = [](std::string why) { return ParseResult{std::nullopt, std::move(why)}; };
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        auto value = [&](std::string& out) {
            if (i + 1 >= argc) return false;
            out = argv[++i];
            return true;
        };
        std::string v;
        if (arg == "--help" || arg == "-h") o.show_help = true;
        else if (arg == "--version") o.show_version = true;
        else if (arg == "--no-data") o.no_bundled_data = true;
        else if (arg == "--render") {
            if (!value(v)) return fail("--render needs an output file, e.g. --render map.png");
            o.render_path = v;
        } else if (arg == "--size") {
            if (!value(v) || !parse_size(v, o.width, o.height))
                return fail("--size needs WIDTHxHEIGHT in pixels, 16 to 16384 each, e.g. --size 1600x900");
        } else if (arg == "--view") {
            if (!value(v)) return fail("--view needs an id, e.g. --view vsip");
            o.view_id = v;
        } else if (arg == "--bbox") {
            if (!value(v)) return fail("--bbox needs minlon,minlat,maxlon,maxlat");
            o.bbox = v;
        } else if (arg == "--data") {
            if (!value(v)) return fail("--data needs a directory");
            o.data_dir = v;
        } else if (arg == "--lang") {
            if (!value(v)) return fail("--lang needs a language code: en or vi");
            auto lang = i18n::parse_language(v);
            if (!lang) return fail("--lang: '" + v + "' is not a language Park Atlas speaks yet (en, vi)");
            o.language = *lang;
        } else if (arg == "--stats") {
            o.stats = true;
        } else if (arg == "--asof") {
            if (!value(v)) return fail("--asof needs a date, e.g. --asof 2023-12");
            o.asof = v;
        } else if (arg == "--format") {
            if (!value(v) || !analysis::parse_format(v)) return fail("--format: expected csv or md");
            o.format = v;
        } else if (arg.size() > 1 && arg[0] == '-') {
            return fail("unknown option '" + std::string(arg) + "' (see --help)");
        } else {
            o.files.emplace_back(arg);
        }
    }
    if (o.view_id && o.bbox) return fail("--view and --bbox both choose the view: give one");
    if ((o.asof || o.format != "md") && !o.stats) return fail("--asof and --format go with --stats");
    return {o, {}};
}

}  // namespace app
