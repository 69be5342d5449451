#include "app/options.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <utility>
#include <string_view>

#include "data/legacy_vietnamese.h"
#include "geo/crs.h"
#include "analysis/park_facts.h"
#include "analysis/stats_report.h"
#include "print/document.h"
#include "i18n/catalogue.h"

namespace app {

std::string usage_text(i18n::Language lang) {
    using i18n::N_;
    // The commands and options stay as they are typed; their explanations are translated.
    std::string s = i18n::tr("Park Atlas - map viewer of Hai Phong's industrial parks and economic zones", lang);
    s += "\n\n";
    s += i18n::tr("Usage:", lang);
    s += "\n  parkatlas [options] [FILE...]\n";
    s += i18n::tr("      Opens the map on the bundled Hai Phong data plus any vector FILEs given\n"
                  "      (Shapefile, GeoJSON, GeoPackage, anything GDAL reads). With no display\n"
                  "      (DISPLAY unset) it renders the default map to parkatlas-map.png instead\n"
                  "      and prints where it wrote it.", lang);
    s += "\n  parkatlas --render OUT.png|OUT.pdf|OUT.svg [--size WxH] [--scale F] [--page A4|A3[-portrait]]\n"
         "                   [--view ID | --bbox W,S,E,N] [--lang CODE] [--vietnamese-beneath] [FILE...]\n";
    s += i18n::tr("      Renders the map headless (EGL, no X server), prints what it drew\n"
                  "      (layers, feature counts, CRS) and exits. A .pdf or .svg is drawn as\n"
                  "      vectors with real text, on A4 landscape paper unless --page or --size says.", lang);
    s += "\n  parkatlas --brochure OUT.pdf (--park ID[,ID...] | --all) [--lang CODE] [--asof YYYY-MM[-DD]]\n";
    s += i18n::tr("      Writes a park's brochure (A4: maps, key figures with their sources,\n"
                  "      distances, the Decree 35 context, where to ask); --all writes one for\n"
                  "      every park with a cover, a city overview and an index.", lang);
    s += "\n  parkatlas --stats [--asof YYYY-MM[-DD]] [--format csv|md] [--lang CODE]\n";
    s += i18n::tr("      Prints land availability per park and the Decree 35/2022 gauge\n"
                  "      (established parks' area-weighted occupancy against 60%) with every\n"
                  "      figure's source and as-of date, for reports. No window.", lang);
    s += "\n  parkatlas --find [--ha N] [--sector S] [--ready-by YYYY-MM] [--max-km LANDMARK:KM]...\n"
         "                 [--asof YYYY-MM[-DD]] [--format md|csv] [--lang CODE]\n";
    s += i18n::tr("      Finds parks for a plant: per park and criterion met, not met or unknown,\n"
                  "      with the figure and its source. Parks with unknowns are listed apart,\n"
                  "      with the developer to ask. LANDMARK: port, airport, centre or an id.", lang);
    s += "\n  parkatlas --present [TOUR] | --kiosk [TOUR] [--monitor N] [--windowed] [--presenter-view]\n";
    s += i18n::tr("      Presents a tour full screen for a room (the bundled tour of Hai Phong if no\n"
                  "      TOUR.json is given): Right/Space next, Left previous, Home first, a number\n"
                  "      and Enter to jump, B black, W white, L next language, Esc leaves. F5 in\n"
                  "      the window does the same. --kiosk loops it at a booth.", lang);
    s += "\n  parkatlas --render-tour OUTDIR [TOUR] [--size WxH] [--lang CODE]\n";
    s += i18n::tr("      Writes one PNG per slide (slide-01.png, ...) into OUTDIR, for handouts.", lang);
    s += "\n\n";
    s += i18n::tr("Options:", lang);
    s += "\n";
    static constexpr std::pair<const char*, const char*> kOptions[] = {
        {"--render OUT", N_("write the map to this file (.png, .pdf or .svg) and exit")},
        {"--page SIZE", N_("with --render to .pdf or .svg: A4 or A3, landscape (default) or portrait, e.g. A3-portrait")},
        {"--brochure OUT.pdf", N_("write a brochure of the park given by --park, or of all parks with --all")},
        {"--park ID", N_("with --brochure: the park, by its id (e.g. vsip, trang-due); several: vsip,dinh-vu")},
        {"--all", N_("with --brochure: every park, with a cover, an overview and an index")},
        {"--size WxH", N_("image or window size in pixels (default 1600x900)")},
        {"--scale F", N_("with --render or --render-tour: the image F times --size, everything drawn F times as dense (e.g. 2: print quality)")},
        {"--view ID", N_("centre on a park, economic zone or landmark by its id (e.g. vsip, dinh-vu, southern-coastal, "
                         "lach-huyen-port)")},
        {"--bbox W,S,E,N", N_("show this longitude/latitude box (degrees, WGS 84), e.g. 106.5,20.7,106.9,20.95")},
        {"--data DIR", N_("read the bundled layers from DIR (default: data/haiphong)")},
        {"--no-data", N_("do not load the bundled layers; only the FILEs given")},
        {"--info FILE...", N_("describe the files before loading them (format, layers, CRS, encoding, fields, extent, "
                              "problems) and exit")},
        {"--build-index FILE...", N_("write a spatial index beside each big Shapefile (a .qix; the Shapefile itself is "
                                     "not changed), so that it opens where the view is, and exit")},
        {"--crs CRS", N_("the CRS of FILEs that name none, instead of a guess, e.g. EPSG:9210 (VN-2000 / TM-3 105°45')")},
        {"--encoding NAME", N_("the text encoding of attribute tables that name none, instead of detecting it: utf-8, "
                               "cp1258, tcvn3, vni or viscii")},
        {"--lang CODE", N_("language of the map, the window and the reports: vi, en, zh, ko or ja (default: from "
                           "LANG, else en)")},
        {"--vietnamese-beneath", N_("map labels in the chosen language with the Vietnamese name beneath")},
        {"--present [TOUR]", N_("present a tour full screen (default: the bundled tour)")},
        {"--kiosk [TOUR]", N_("present a tour in a loop for a booth; input pauses it for a minute")},
        {"--render-tour DIR", N_("write one PNG per slide of the tour into DIR")},
        {"--monitor N", N_("present on monitor N (default: the projector, if two are connected)")},
        {"--windowed", N_("present in a window instead of full screen (to rehearse)")},
        {"--presenter-view", N_("show the speaker's window (notes, next slide, timer) even with one monitor")},
        {"--stats", N_("print the availability table and the Decree 35 gauge")},
        {"--asof DATE", N_("with --stats, --brochure or --find: figures as of this date (default: newest)")},
        {"--format FMT", N_("with --stats or --find: md (default, a Markdown report) or csv")},
        {"--find", N_("find parks that meet the criteria given by --ha, --sector, --ready-by, --max-km")},
        {"--sector S", N_("with --find: electronics, automotive, machinery, logistics, chemicals, energy, ...")},
        {"--help", N_("show this text")},
        {"--version", N_("show the version")},
    };
    for (const auto& [option, what] : kOptions) {
        std::string line = "  " + std::string(option);
        line.resize(std::max<size_t>(line.size() + 1, 24), ' ');
        s += line + i18n::tr(what, lang) + "\n";
    }
    s += "\n";
    s += i18n::tr("Exit status: 0 on success; 1 if a file could not be loaded or rendering\n"
                  "failed (the rest of the map is still drawn and written); 2 on a usage error.", lang);
    s += "\n";
    return s;
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

// A finite number above 0 that is the whole text ("20", "7.5"); nullopt otherwise.
std::optional<double> positive_number(const std::string& text) {
    char* end = nullptr;
    const double v = std::strtod(text.c_str(), &end);
    if (text.empty() || *end != '\0' || !std::isfinite(v) || !(v > 0.0)) return std::nullopt;
    return v;
}

// A tour given after --present, --kiosk or --render-tour: a .json file (anything else is a
// data file or an option).
bool is_tour_file(std::string_view arg) {
    return arg.size() > 5 && arg.substr(arg.size() - 5) == ".json" && arg[0] != '-';
}

}  // namespace

ParseResult parse_options(int argc, const char* const* argv) {
    using i18n::N_;
    Options o;
    // The language first, so that every message below speaks it: --lang, else the environment.
    if (auto env = i18n::language_from_environment()) o.language = *env;
    for (int i = 1; i + 1 < argc; ++i)
        if (std::string_view(argv[i]) == "--lang")
            if (auto lang = i18n::parse_language(argv[i + 1])) o.language = *lang;
    const i18n::Language lang = o.language;
    auto fail = [&](const char* why, std::initializer_list<std::string_view> args = {}) {
        return ParseResult{std::nullopt, i18n::trf(why, lang, args), lang};
    };
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
            if (!value(v)) return fail(N_("--render needs an output file, e.g. --render map.png"));
            o.render_path = v;
        } else if (arg == "--page") {
            if (!value(v)) return fail(N_("--page needs a paper size: A4 or A3, e.g. --page A3-portrait"));
            o.page = v;
        } else if (arg == "--brochure") {
            if (!value(v)) return fail(N_("--brochure needs an output file, e.g. --brochure vsip.pdf"));
            o.brochure_path = v;
        } else if (arg == "--park") {
            if (!value(v)) return fail(N_("--park needs a park id, e.g. --park vsip"));
            o.park_id = v;
        } else if (arg == "--all") {
            o.all_parks = true;
        } else if (arg == "--size") {
            if (!value(v) || !parse_size(v, o.width, o.height))
                return fail(N_("--size needs WIDTHxHEIGHT in pixels, 16 to 16384 each, e.g. --size 1600x900"));
            o.size_given = true;
        } else if (arg == "--scale") {
            char* end = nullptr;
            if (value(v)) o.scale = std::strtod(v.c_str(), &end);
            if (v.empty() || !end || *end || !(o.scale >= 0.5 && o.scale <= 8.0))
                return fail(N_("--scale needs a factor from 0.5 to 8, e.g. --scale 2"));
        } else if (arg == "--view") {
            if (!value(v)) return fail(N_("--view needs an id, e.g. --view vsip"));
            o.view_id = v;
        } else if (arg == "--bbox") {
            if (!value(v)) return fail(N_("--bbox needs minlon,minlat,maxlon,maxlat"));
            o.bbox = v;
        } else if (arg == "--data") {
            if (!value(v)) return fail(N_("--data needs a directory"));
            o.data_dir = v;
        } else if (arg == "--info") {
            o.info = true;
        } else if (arg == "--build-index") {
            o.build_index = true;
        } else if (arg == "--crs") {
            if (!value(v)) return fail(N_("--crs needs a CRS, e.g. --crs EPSG:9210"));
            if (!geo::describe_crs(v)) return fail(N_("--crs: PROJ does not know the CRS '{0}'"), {v});
            o.assume.crs = v;
        } else if (arg == "--encoding") {
            if (!value(v) || !data::parse_encoding_name(v))
                return fail(N_("--encoding: expected utf-8, cp1258, tcvn3, vni or viscii"));
            o.assume.encoding = v;
        } else if (arg == "--lang") {
            if (!value(v)) return fail(N_("--lang needs a language code: vi, en, zh, ko or ja"));
            const auto chosen = i18n::parse_language(v);
            if (!chosen) return fail(N_("--lang: '{0}' is not a language Park Atlas speaks (vi, en, zh, ko, ja)"), {v});
            o.language = *chosen;
            o.language_given = true;
        } else if (arg == "--vietnamese-beneath") {
            o.vietnamese_beneath = true;
        } else if (arg == "--present" || arg == "--kiosk") {
            (arg == "--kiosk" ? o.kiosk : o.present) = true;
            o.present = true;
            if (i + 1 < argc && is_tour_file(argv[i + 1])) o.tour = argv[++i];
        } else if (arg == "--render-tour") {
            if (!value(v)) return fail(N_("--render-tour needs an output folder, e.g. --render-tour slides"));
            o.render_tour_dir = v;
            if (i + 1 < argc && is_tour_file(argv[i + 1])) o.tour = argv[++i];
        } else if (arg == "--monitor") {
            if (!value(v) || v.empty() || v.size() > 2 || v.find_first_not_of("0123456789") != std::string::npos || v == "0")
                return fail(N_("--monitor needs a monitor number from 1, e.g. --monitor 2"));
            o.monitor = std::stoi(v);
        } else if (arg == "--windowed") {
            o.windowed = true;
        } else if (arg == "--presenter-view") {
            o.presenter_view = true;
        } else if (arg == "--stats") {
            o.stats = true;
        } else if (arg == "--find") {
            o.find = true;
        } else if (arg == "--ha") {
            if (!value(v) || !(o.find_ha = positive_number(v))) return fail(N_("--ha needs a number of hectares above 0, e.g. --ha 20"));
        } else if (arg == "--sector") {
            if (!value(v) || !analysis::is_sector_key(v)) {
                std::string keys;
                for (const auto& s : analysis::kSectorKeys) keys += (keys.empty() ? "" : ", ") + std::string(s.key);
                return fail(N_("--sector needs one of: {0}"), {keys});
            }
            o.find_sector = v;
        } else if (arg == "--ready-by") {
            if (!value(v) || !analysis::parse_date(v)) return fail(N_("--ready-by needs a date, e.g. --ready-by 2026-06"));
            o.find_ready_by = v;
        } else if (arg == "--max-km") {
            const size_t colon = value(v) ? v.rfind(':') : std::string::npos;
            const auto km = colon == std::string::npos || colon == 0 ? std::nullopt : positive_number(v.substr(colon + 1));
            if (!km) return fail(N_("--max-km needs LANDMARK:KM, e.g. --max-km port:15 (port, airport, centre or a landmark id)"));
            o.find_max_km.emplace_back(v.substr(0, colon), *km);
        } else if (arg == "--asof") {
            if (!value(v)) return fail(N_("--asof needs a date, e.g. --asof 2023-12"));
            o.asof = v;
        } else if (arg == "--format") {
            if (!value(v) || !analysis::parse_format(v)) return fail(N_("--format: expected csv or md"));
            o.format = v;
        } else if (arg.size() > 1 && arg[0] == '-') {
            return fail(N_("unknown option '{0}' (see --help)"), {arg});
        } else {
            o.files.emplace_back(arg);
        }
    }
    if (o.render_tour_dir && (o.present || o.render_path || o.stats))
        return fail(N_("--render-tour writes pictures and exits: it does not go with --present, --render or --stats"));
    if (o.present && (o.render_path || o.stats)) return fail(N_("--present opens the window: it does not go with --render or --stats"));
    if ((o.monitor || o.windowed || o.presenter_view) && !o.present)
        return fail(N_("--monitor, --windowed and --presenter-view go with --present or --kiosk"));
    if (o.scale != 1.0) {
        if (!o.render_path && !o.render_tour_dir) return fail(N_("--scale goes with --render or --render-tour"));
        if (!o.size_given && o.render_tour_dir) o.width = 1920, o.height = 1080, o.size_given = true;
        o.width = int(std::lround(o.width * o.scale));
        o.height = int(std::lround(o.height * o.scale));
        if (o.width > 16384 || o.height > 16384) return fail(N_("--size times --scale is over 16384 pixels"));
    }
    if (o.build_index && (o.files.empty() || o.info || o.render_path || o.stats || o.find || o.present ||
                          o.brochure_path || o.render_tour_dir))
        return fail(N_("--build-index needs FILEs and goes with no other command"));
    if (o.info && (o.files.empty() || o.render_path || o.stats || o.find || o.present || o.brochure_path || o.render_tour_dir))
        return fail(N_("--info needs FILEs and goes with no other command"));
    if (o.view_id && o.bbox) return fail(N_("--view and --bbox both choose the view: give one"));
    // The file's kind by its extension, as the printed outputs read it (print::document_format).
    const auto render_format = o.render_path ? print::document_format(*o.render_path) : std::nullopt;
    if (o.render_path && !render_format)
        return fail(N_("--render: '{0}' must end in .png, .pdf or .svg"), {*o.render_path});
    const bool vector_render = render_format && *render_format != print::DocumentFormat::Png;
    if (o.page && !vector_render && !o.brochure_path) return fail(N_("--page goes with --render OUT.pdf or OUT.svg"));
    if (o.page && o.size_given && !o.brochure_path) return fail(N_("--page and --size both choose the page: give one"));
    if (o.brochure_path) {
        if (print::document_format(*o.brochure_path) != print::DocumentFormat::Pdf) return fail(N_("--brochure: '{0}' must end in .pdf"), {*o.brochure_path});
        if (o.park_id.has_value() == o.all_parks) return fail(N_("--brochure needs --park ID or --all (one of them)"));
        if (o.render_path || o.stats || o.present || o.render_tour_dir)
            return fail(N_("--brochure writes a PDF and exits: it does not go with --render, --stats, --present or --render-tour"));
    } else if (o.park_id || o.all_parks) {
        return fail(N_("--park and --all go with --brochure"));
    }
    const bool find_criteria = o.find_ha || o.find_sector || o.find_ready_by || !o.find_max_km.empty();
    if (find_criteria && !o.find) return fail(N_("--ha, --sector, --ready-by and --max-km go with --find"));
    if (o.find && !find_criteria)
        return fail(N_("--find needs at least one criterion: --ha N, --sector S, --ready-by YYYY-MM or --max-km LANDMARK:KM"));
    if (o.find && (o.stats || o.render_path || o.present || o.render_tour_dir || o.brochure_path))
        return fail(N_("--find prints a list and exits: it does not go with --stats, --render, --present, --render-tour or --brochure"));
    if (o.format != "md" && !o.stats && !o.find) return fail(N_("--format goes with --stats or --find"));
    if (o.asof && !o.stats && !o.brochure_path && !o.find) return fail(N_("--asof goes with --stats, --brochure or --find"));
    return {o, {}, lang};
}

}  // namespace app
