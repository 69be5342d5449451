// Park Atlas: command line → catalog of layers → headless render or window.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "app/data_location.h"
#include "app/info_command.h"
#include "data/sidecar_index.h"
#include "render/memory_reuse.h"
#include "app/headless_render.h"
#include "app/map_view.h"
#include "app/options.h"
#include "app/print_command.h"
#include "print/document.h"
#include "app/find_command.h"
#include "app/stats_command.h"
#include "app/summary.h"
#include "app/tour_render.h"
#include "app/window/window_shell.h"
#include "geo/crs.h"
#include "i18n/catalogue.h"
#include "render/png_file.h"
#include "state/park_figures.h"

namespace fs = std::filesystem;

namespace {

bool has_display() {
    const char* x = std::getenv("DISPLAY");
    const char* wl = std::getenv("WAYLAND_DISPLAY");
    return (x && *x) || (wl && *wl);
}

int render_to_file(const data::Catalog& catalog, const app::Options& o, const geo::Box& view, const std::string& path) {
    using i18n::N_;
    const i18n::Language lang = o.language;
    app::RenderRequest request;
    request.width = o.width;
    request.height = o.height;
    request.view = view;
    request.language = o.language;
    request.vietnamese_beneath = o.vietnamese_beneath;
    app::RenderStats stats;
    std::string error;
    const auto image = app::render_map(catalog, request, &stats, &error);
    if (!image) {
        std::cerr << "parkatlas: " << i18n::trf(N_("cannot render: {0}"), lang, {error}) << "\n";
        return 1;
    }
    for (const auto& d : stats.mesh_diagnostics) std::cerr << d.to_string(lang) << "\n";  // as the load's messages
    if (!render::write_png_atomically(*image, path, &error)) {
        std::cerr << "parkatlas: " << error << "\n";
        return 1;
    }
    app::print_layers(std::cout, catalog, lang);
    app::print_render_stats(std::cout, stats, request, lang);
    std::error_code ec;
    const fs::path absolute = fs::absolute(path, ec);
    std::cout << i18n::trf(N_("Wrote {0}x{1} map to {2}"), lang,
                           {std::to_string(image->width), std::to_string(image->height), ec ? path : absolute.string()})
              << "\n";
    return 0;
}

// The tour asked for: the file given, else the bundled one; with its problem when it cannot be read.
tour::TourRead load_tour(const app::Options& o, const std::string& data_dir) {
    if (o.tour) return tour::read_tour(*o.tour);
    if (data_dir.empty())
        return {std::nullopt, {"", 0, {i18n::N_("no tour given, and no bundled data (--no-data) to take its tour from"), {}}, {}}};
    return tour::read_tour((fs::path(data_dir) / app::kBundledTourFile).string());
}

}  // namespace

int main(int argc, char** argv) {
    render::keep_freed_memory_for_reuse();  // warm memory for llvmpipe's pictures (render/memory_reuse.h)
    const app::ParseResult parsed = app::parse_options(argc, argv);
    if (!parsed.options) {
        std::cerr << "parkatlas: " << parsed.error << "\n";
        return 2;
    }
    const app::Options& o = *parsed.options;
    if (o.show_help) {
        std::cout << app::usage_text(o.language);
        return 0;
    }
    if (o.show_version) {
        std::cout << "parkatlas " << PARKATLAS_VERSION << "\n"
                  << i18n::trf("bundled data: {0}", o.language, {app::bundled_data_dir()}) << "\n";
        return 0;
    }

    if (o.info) return app::run_info(o.files, o.assume, std::cout, o.language);
    if (o.build_index) {
        int status = 0;
        for (const auto& file : o.files) {
            const data::Diagnostic said = data::build_sidecar_index(file);
            (said.severity == data::Severity::Error ? std::cerr : std::cout) << said.to_string(o.language) << "\n";
            status = said.severity == data::Severity::Error ? 1 : status;
        }
        return status;
    }

    const std::string data_dir = o.no_bundled_data ? "" : (o.data_dir.empty() ? app::bundled_data_dir() : o.data_dir);
    // The window loads the user's files itself, in the background with a progress bar, so a
    // city-scale cadastre does not keep it from opening; everything else loads them here.
    const bool windowed = !o.render_path && !o.stats && !o.find && !o.brochure_path && has_display();
    data::LoadOptions load_options;
    load_options.target_crs = geo::kDisplayCrs;
    load_options.assume = o.assume;
    const data::Catalog catalog =
        data::load_catalog(data_dir, windowed ? std::vector<std::string>{} : o.files, load_options);
    app::print_diagnostics(std::cerr, catalog, o.language);
    const bool load_errors = data::has_errors(catalog.diagnostics);
    if (catalog.layers.empty() && catalog.rasters.empty() && !(windowed && !o.files.empty())) {
        std::cerr << "parkatlas: " << i18n::tr("nothing to show: no layer could be loaded", o.language) << "\n";
        return 1;
    }

    if (o.stats) {
        const std::string metrics = data_dir.empty() ? std::string(app::kParkMetricsFile)
                                                     : (fs::path(data_dir) / app::kParkMetricsFile).string();
        return app::run_stats(catalog, metrics, o.asof, *analysis::parse_format(o.format), std::cout, std::cerr, o.language);
    }

    if (o.find)
        return app::run_find(catalog, state::metrics_path_beside_parks(catalog), state::facts_path_beside_parks(catalog), o,
                             std::cout, std::cerr);

    if (o.brochure_path) {
        const int rc = app::write_brochure_file(catalog, o, state::metrics_path_beside_parks(catalog), app::default_view(catalog),
                                                std::cout, std::cerr);
        return rc != 0 || load_errors ? std::max(rc, 1) : 0;
    }

    if (o.render_tour_dir) {
        tour::TourRead tour = load_tour(o, data_dir);
        if (!tour.tour) {
            std::cerr << "parkatlas: " << tour.problem.to_string(o.language) << "\n";
            return 1;
        }
        app::TourRenderRequest request;
        request.out_dir = *o.render_tour_dir;
        if (o.size_given) {
            request.width = o.width;
            request.height = o.height;
        }
        request.language = o.language;
        request.vietnamese_beneath = o.vietnamese_beneath;
        request.metrics_path = state::metrics_path_beside_parks(catalog);
        const int rc = app::render_tour(catalog, std::move(*tour.tour), request, std::cout, std::cerr);
        return rc != 0 || load_errors ? 1 : 0;
    }

    geo::Box view = app::default_view(catalog);
    if (o.view_id) {
        std::string known;
        auto box = app::view_for_id(catalog, *o.view_id, &known);
        if (!box) {
            std::cerr << "parkatlas: "
                      << i18n::trf(i18n::N_("--view: no park, zone or landmark with id '{0}'. Known ids: {1}"), o.language,
                                   {*o.view_id, known})
                      << "\n";
            return 2;
        }
        view = *box;
    } else if (o.bbox) {
        std::string error;
        auto box = app::parse_lonlat_bbox(*o.bbox, &error);
        if (!box) {
            std::cerr << "parkatlas: --bbox: " << error << "\n";
            return 2;
        }
        view = *box;
    }

    std::string out_path;
    if (o.render_path) {
        out_path = *o.render_path;
    } else {
        if (has_display()) {
            app::WindowOptions w;
            w.width = o.width;
            w.height = o.height;
            w.view = view;
            w.view_given = o.view_id || o.bbox;
            w.language = o.language;
            w.language_given = o.language_given;
            w.vietnamese_beneath = o.vietnamese_beneath;
            w.files_to_load = o.files;
            w.assume = o.assume;
            w.present = o.present;
            w.kiosk = o.kiosk;
            w.monitor = o.monitor;
            w.windowed = o.windowed;
            w.presenter_view = o.presenter_view;
            w.tour_given = o.tour.value_or("");
            w.tour_path = data_dir.empty() ? "" : (fs::path(data_dir) / app::kBundledTourFile).string();
            return app::run_window(catalog, w);
        } else {
            std::cout << i18n::tr("No display (DISPLAY is not set): rendering the map to a PNG instead of opening a window.",
                                  o.language)
                      << "\n";
        }
        out_path = "parkatlas-map.png";
    }
    // A PNG is drawn by the GPU path (EGL); a PDF or SVG as vectors (Cairo).
    const auto format = print::document_format(out_path);
    const bool vector = format && *format != print::DocumentFormat::Png;
    const int rc = vector ? app::render_vector_map(catalog, o, view, out_path, std::cout, std::cerr)
                          : render_to_file(catalog, o, view, out_path);
    if (rc == 0 && load_errors) {
        std::cerr << "parkatlas: "
                  << i18n::tr("some files could not be loaded (see above); the rest of the map was drawn", o.language) << "\n";
        return 1;
    }
    return rc;
}
