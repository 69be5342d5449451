// parkatlas-province-bench FILE.gpkg [--size WxH] [--frames N] [--budget-ms MS] [--still-budget-ms MS] [--system-malloc]
//
// A province's cadastre read where the view is (data/indexed_source.h), timed the way the
// window runs it, printed as ONE JSON line. It asserts nothing about speed: it reports.
//   gdal_floor_s         GDAL alone: every feature, its geometry and its fields (as parkatlas-bench)
//   street_first_frame_s opening the file with the camera on a 2 x 1 km view at the layer's
//                        centre -> that view sharp on screen: the rows under the view read
//                        through the index, their chunks read by FID and drawn
//   full_first_frame_s   opening it again at full extent -> the full extent on screen: every
//                        row's box read from the index, drawn as boxes
//   ratio_full_to_floor  full_first_frame_s / gdal_floor_s
//   frames_ms            every frame of a scripted exploration with the whole index loaded: a
//                        drag and a zoom (as parkatlas-bench) at full extent, 4x, 20x and the
//                        street view, then a fly-to from full extent to another street view
//                        and back, and the frames after each until the view is sharp
//   frame_max_ms         the slowest of them; moving_max_ms / settle_max_ms split it
//   pick_us              10,000 clicks over the street view: the grid of row boxes, then the
//                        candidates read from the file by FID and tested exactly
//   peak_rss_mb          getrusage ru_maxrss over the whole run
// PARKATLAS_BENCH_FRAMES=1 prints every frame to stderr as it goes.
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "bench/bench_common.h"
#include "data/indexed_source.h"
#include "data/vector_loader.h"
#include "geo/crs.h"
#include "geo/hit_test.h"
#include "geo/spatial_index.h"
#include "render/chunked_layer.h"
#include "render/egl_context.h"
#include "render/gl.h"
#include "render/layer_image_cache.h"
#include "render/map_canvas.h"
#include "render/map_renderer.h"
#include "render/memory_reuse.h"
#include "render/offscreen_target.h"
#include "render/picture_pool.h"

namespace {

using namespace bench;

int usage() {
    std::fprintf(stderr,
                 "usage: parkatlas-province-bench FILE [--size WxH] [--frames N] [--budget-ms MS] [--still-budget-ms MS] [--system-malloc]\n");
    return 2;
}

struct Options {
    int width = 1920, height = 1080, frames = 20, budget_ms = 10, still_budget_ms = 12;
};

// One opening of the file, drawn as the window draws a big layer: chunks, pictures, canvas.
struct Opened {
    data::LoadResult loaded;
    std::unique_ptr<render::ChunkedLayer> gpu;
    std::unique_ptr<render::LayerImageCache> cache;
    std::unique_ptr<render::MapCanvas> canvas;
    double first_frame_s = 0.0;
    size_t rows = 0;
};

const render::Rgba kBackground = render::rgb(0xf2efe9);

std::vector<render::FeatureStyle> parcel_styles(size_t n) {
    render::FeatureStyle s;
    s.fill = render::rgb(0xf4e3b5);
    s.stroke = render::rgb(0x7f6a4f);
    s.stroke_px = 1.0f;
    return std::vector<render::FeatureStyle>(n, s);
}

// Opens `path` with the camera at `camera` and returns once that view is sharp on screen.
std::optional<Opened> open_at(const std::string& path, const render::Camera& camera, bool view_first,
                              const render::MapRenderer& renderer, const render::OffscreenTarget& target,
                              render::PicturePool& pool) {
    Opened o;
    const auto t0 = Clock::now();
    data::LoadOptions options;
    options.target_crs = geo::kDisplayCrs;
    options.read_through_index_at = 1;  // any size: this bench is about the indexed path
    if (view_first) options.view = camera.visible_box();
    o.loaded = data::load_vector_file(path, options);
    if (o.loaded.layers.empty() || !o.loaded.layers.front().rows) return std::nullopt;
    const data::Layer& layer = o.loaded.layers.front();
    o.rows = layer.feature_count();
    o.gpu = std::make_unique<render::ChunkedLayer>(layer, render::prepare_chunked_layer(layer),
                                                   parcel_styles(layer.feature_count()));
    o.cache = std::make_unique<render::LayerImageCache>(*o.gpu, &pool);  // textures kept, as the window keeps them
    o.cache->make_pictures(camera);  // as the window does in the frame a layer arrives
    o.canvas = std::make_unique<render::MapCanvas>(kBackground);
    o.canvas->set_extent(layer.indexed->extent());
    const std::vector<render::DrawLayer> draw_list{{nullptr, 1.0f, o.cache.get()}};
    while (!o.cache->advance(renderer, camera, std::chrono::seconds(10))) {
    }
    while (!o.canvas->present(renderer, camera, o.cache->stats().jobs_completed, false,
                              [&](const render::Camera& c) { renderer.draw_layers(c, draw_list); },
                              std::chrono::seconds(10), target.framebuffer())
                .exact) {
    }
    glFinish();
    o.first_frame_s = seconds_since(t0);
    return o;
}

// A fly-to as the window's camera makes it: the centre and the log of the scale eased over
// `frames` frames.
std::vector<render::Camera> fly(const render::Camera& from, const render::Camera& to, int frames) {
    std::vector<render::Camera> path;
    for (int i = 1; i <= frames; ++i) {
        const double t = double(i) / frames, e = t * t * (3.0 - 2.0 * t);
        render::Camera c = from;
        c.centre = {from.centre.x + (to.centre.x - from.centre.x) * e, from.centre.y + (to.centre.y - from.centre.y) * e};
        c.metres_per_pixel = std::exp(std::log(from.metres_per_pixel) * (1 - e) + std::log(to.metres_per_pixel) * e);
        path.push_back(c);
    }
    return path;
}

}  // namespace

int main(int argc, char** argv) {
    std::string path;
    bool system_malloc = false;
    Options opt;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--size" && i + 1 < argc) {
            if (std::sscanf(argv[++i], "%dx%d", &opt.width, &opt.height) != 2 || opt.width < 1 || opt.height < 1)
                return usage();
        } else if (a == "--frames" && i + 1 < argc) opt.frames = std::max(2, std::atoi(argv[++i]));
        else if (a == "--budget-ms" && i + 1 < argc) opt.budget_ms = std::max(0, std::atoi(argv[++i]));
        else if (a == "--still-budget-ms" && i + 1 < argc) opt.still_budget_ms = std::max(0, std::atoi(argv[++i]));
        else if (a == "--json") continue;  // the one output format
        else if (a == "--system-malloc") system_malloc = true;
        else if (!a.empty() && a[0] != '-' && path.empty()) path = a;
        else return usage();
    }
    if (path.empty()) return usage();
    if (!system_malloc) render::keep_freed_memory_for_reuse();  // as the app does; --system-malloc: glibc's defaults

    GDALAllRegister();
    const Floor floor = gdal_floor(path);  // first: the file is in the page cache for every reading after it
    if (floor.features == 0) {
        std::fprintf(stderr, "parkatlas-province-bench: GDAL read no features from %s\n", path.c_str());
        return 1;
    }
    std::string err;
    auto egl = render::EglContext::create(&err);
    auto target = egl ? render::OffscreenTarget::create(opt.width, opt.height, 1, &err) : std::nullopt;
    auto renderer = target ? render::MapRenderer::create(&err) : std::nullopt;
    if (!renderer) {
        std::fprintf(stderr, "parkatlas-province-bench: GL setup failed: %s\n", err.c_str());
        return 1;
    }

    // Where the views are: the layer's extent, from the file's metadata.
    data::LoadOptions probe_options;
    probe_options.target_crs = geo::kDisplayCrs;
    probe_options.read_through_index_at = 1;
    probe_options.view = geo::Box{{0, 0}, {1, 1}};  // a tiny view: only the metadata is read
    const data::LoadResult probe = data::load_vector_file(path, probe_options);
    if (probe.layers.empty() || !probe.layers.front().indexed) {
        std::fprintf(stderr, "parkatlas-province-bench: %s has no polygon layer read through a spatial index\n",
                     path.c_str());
        for (const auto& d : probe.all_diagnostics()) std::fprintf(stderr, "  %s\n", d.message.c_str());
        return 1;
    }
    const geo::Box extent = probe.layers.front().indexed->extent();
    render::Camera full;
    full.width_px = opt.width;
    full.height_px = opt.height;
    full.fit(extent);
    // 2 km across on the ground: Web Mercator metres are 1/cos(latitude) ground metres.
    const double lat = std::atan(std::sinh(extent.centre().y / 6378137.0));
    render::Camera street = full;
    street.metres_per_pixel = 2000.0 / std::cos(lat) / opt.width;
    const geo::Vec2 quarter{extent.width() * 0.25, extent.height() * 0.25};
    render::Camera street2 = street;
    street2.centre = extent.centre() - quarter;

    // 1. The street view, opened there. 2. The full extent, opened there (a fresh reading).
    render::PicturePool pool;
    auto at_street = open_at(path, street, true, *renderer, *target, pool);
    if (!at_street) return 1;
    const double street_first_frame_s = at_street->first_frame_s;
    const size_t street_rows = at_street->rows;
    at_street.reset();
    auto opened = open_at(path, full, true, *renderer, *target, pool);
    if (!opened) return 1;
    const double full_first_frame_s = opened->first_frame_s;
    const double rss_after_full = peak_rss_mb();

    // 3. Exploring, the whole index loaded: every frame timed.
    render::LayerImageCache& cache = *opened->cache;
    render::MapCanvas& canvas = *opened->canvas;
    const std::vector<render::DrawLayer> draw_list{{nullptr, 1.0f, &cache}};
    std::vector<double> moving_ms, settle_ms, all_ms;
    const bool print = std::getenv("PARKATLAS_BENCH_FRAMES") != nullptr;
    auto frame = [&](const render::Camera& c, bool moving) {
        const auto f0 = Clock::now();
        const auto shown = canvas.present(
            *renderer, c, cache.stats().jobs_completed, moving,
            [&](const render::Camera& cam) { renderer->draw_layers(cam, draw_list); },
            std::chrono::milliseconds(opt.budget_ms), target->framebuffer());
        const bool sharp = canvas.rest_turn(shown, moving) == render::MapCanvas::RestTurn::Pictures &&
                           cache.advance(*renderer, c, std::chrono::milliseconds(opt.still_budget_ms));
        glFinish();
        const double ms = seconds_since(f0) * 1000.0;
        (moving ? moving_ms : settle_ms).push_back(ms);
        all_ms.push_back(ms);
        if (print) std::fprintf(stderr, "%s%.1f ", moving ? "" : "s", ms);
        return sharp && shown.exact;
    };
    auto settle = [&](const render::Camera& c) {
        for (int i = 0; i < 100000 && !frame(c, false); ++i) {
        }
    };
    auto explore = [&](const render::Camera& base) {
        settle(base);
        const auto path_cameras = camera_path(base, opt.frames);
        for (const auto& c : path_cameras) frame(c, true);
        settle(path_cameras.back());
    };
    render::Camera mid = full, zoomed = full;
    mid.metres_per_pixel /= 4.0;
    zoomed.metres_per_pixel /= 20.0;
    const auto t_explore = Clock::now();
    for (const render::Camera& c : {full, mid, zoomed, street}) explore(c);
    for (const auto& [from, to] : {std::pair{full, street2}, std::pair{street2, full}}) {
        for (const auto& c : fly(from, to, 60)) frame(c, true);
        settle(to);
    }
    const double explore_s = seconds_since(t_explore);

    // 4. Picking over the street view: row boxes in a grid, candidates read by FID.
    const data::Layer& layer = opened->loaded.layers.front();
    std::vector<geo::Box> boxes(layer.rows->boxes);
    const geo::GridIndex index(std::move(boxes));
    std::mt19937_64 rng(12345);
    const geo::Box sv = street.visible_box();
    std::uniform_real_distribution<double> ux(sv.min.x, sv.max.x), uy(sv.min.y, sv.max.y);
    std::vector<double> pick_us;
    size_t hits = 0;
    for (int i = 0; i < 10000; ++i) {
        const geo::Vec2 p{ux(rng), uy(rng)};
        const auto p0 = Clock::now();
        for (uint32_t c : index.query(p))
            if (geo::point_in_geometry(p, layer.feature_copy(c).geometry)) {
                ++hits;
                break;
            }
        pick_us.push_back(std::chrono::duration<double, std::micro>(Clock::now() - p0).count());
    }
    const Stats pick = stats(pick_us), moving = stats(moving_ms), settling = stats(settle_ms), all = stats(all_ms);
    if (print) std::fprintf(stderr, "\n");

    std::printf("{\"file\":\"%s\",\"renderer\":\"%s\",\"width\":%d,\"height\":%d,\"features\":%zu,\"gdal_features\":%lld,"
                "\"street_rows\":%zu,\"gdal_floor_s\":%.3f,\"street_first_frame_s\":%.3f,\"full_first_frame_s\":%.3f,"
                "\"ratio_full_to_floor\":%.2f,\"explore_s\":%.1f,\"frames\":%zu,\"frame_max_ms\":%.1f,"
                "\"moving_frames\":%zu,\"moving_median_ms\":%.1f,\"moving_p95_ms\":%.1f,\"moving_max_ms\":%.1f,"
                "\"settle_frames\":%zu,\"settle_median_ms\":%.1f,\"settle_p95_ms\":%.1f,\"settle_max_ms\":%.1f,"
                "\"frames_over_33ms\":%zu,\"detail_chunks_built\":%zu,\"detail_mb\":%.1f,\"pick_us\":%.1f,"
                "\"pick_p95_us\":%.1f,\"pick_hits\":%zu,\"rss_after_full_first_frame_mb\":%.1f,\"peak_rss_mb\":%.1f,"
                "\"frames_ms\":[",
                json_escape(path).c_str(), json_escape(egl->renderer_name()).c_str(), opt.width, opt.height,
                opened->rows, floor.features, street_rows, floor.seconds, street_first_frame_s, full_first_frame_s,
                full_first_frame_s / floor.seconds, explore_s, all_ms.size(), all.max, moving_ms.size(), moving.median,
                moving.p95, moving.max, settle_ms.size(), settling.median, settling.p95, settling.max,
                size_t(std::count_if(all_ms.begin(), all_ms.end(), [](double ms) { return ms > 33.0; })),
                opened->gpu->chunks_built(), double(opened->gpu->detail_bytes()) / (1 << 20), pick.median, pick.p95,
                hits, rss_after_full, peak_rss_mb());
    for (size_t i = 0; i < all_ms.size(); ++i) std::printf("%s%.1f", i ? "," : "", all_ms[i]);
    std::printf("]}\n");
    return 0;
}
