// parkatlas-bench FILE [--json] [--size WxH] [--frames N] [--samples S (MSAA, default 1 as the window)]
//                 [--budget-ms MS (canvas bands a frame, 10)] [--still-budget-ms MS (pictures a frame, 12)]
//                 [--system-malloc (glibc's defaults, not the app's render::keep_freed_memory_for_reuse)]
//
// Times the whole pipeline on one vector file, the way the app runs it, and prints ONE JSON
// line. It asserts nothing about speed: it reports.
//   gdal_floor_s       GDAL alone: every feature, its geometry and its fields (OGR_L_GetNextFeature)
//   load_s             data::load_vector_file to the display CRS: GDAL reading and reprojection
//                      in parallel, as the app loads
//   prepare_s          chunks (Hilbert order) and boxes for the coarse level of detail, styles
//   upload_s           render::ChunkedLayer (boxes, ids, style texture), glFinish
//   first_frame_s      load start -> first full-extent frame finished (glFinish); the EGL context,
//                      framebuffer and shaders are made before the clock starts (the app has its
//                      window before it loads), their time is egl_setup_s
//   frame_{full,mid,zoomed}_*  a scripted path at full extent, 4x and 20x (a drag by whole pixels,
//                      then a zoom breath), each frame as the window does it: the map canvas
//                      scrolled (moving_frames_copied) or scaled, glFinish; the settle frames
//                      (camera still) add picture work within --still-budget-ms and redraw the
//                      canvas in bands within --budget-ms
//   settle_*_s         after the path, the camera still: time until the view is sharp
//   pick_us            median over 10k random points: grid lookup + exact point-in-polygon test
//   big_polygon_*      one 110k-vertex polygon with 20 holes, triangulated alone (a wavy ring);
//                      _warm_ms: the median of three more calls
//   big_smooth_polygon_*  the same with a smooth ring (a plain circle)
//   peak_rss_mb        getrusage ru_maxrss
// PARKATLAS_BENCH_FRAMES=1 prints every timed frame to stderr (s: a settle frame).
#include <gdal.h>
#include <ogr_api.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <functional>
#include <iterator>
#include <optional>
#include <cinttypes>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "bench/bench_common.h"
#include "data/reproject.h"
#include "data/vector_loader.h"
#include "geo/crs.h"
#include "geo/hit_test.h"
#include "geo/spatial_index.h"
#include "render/camera.h"
#include "render/egl_context.h"
#include "render/feature_style.h"
#include "render/gl.h"
#include "geo/triangulate.h"
#include "render/chunked_layer.h"
#include "render/layer_image_cache.h"
#include "render/map_canvas.h"
#include "render/map_renderer.h"
#include "render/memory_reuse.h"
#include "render/offscreen_target.h"

namespace {

using namespace bench;

int usage() {
    std::fprintf(stderr, "usage: parkatlas-bench FILE [--json] [--size WxH] [--frames N] [--samples S] [--budget-ms MS] [--still-budget-ms MS] [--system-malloc]\n");
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    std::string path;
    bool system_malloc = false;
    int width = 1920, height = 1080, frames = 20, samples = 1, budget_ms = 10, still_budget_ms = 12;
    bool json = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--json") json = true;
        else if (a == "--size" && i + 1 < argc) {
            if (std::sscanf(argv[++i], "%dx%d", &width, &height) != 2 || width < 1 || height < 1) return usage();
        } else if (a == "--samples" && i + 1 < argc) samples = std::max(1, std::atoi(argv[++i]));
        else if (a == "--frames" && i + 1 < argc) frames = std::max(1, std::atoi(argv[++i]));
        else if (a == "--budget-ms" && i + 1 < argc) budget_ms = std::max(0, std::atoi(argv[++i]));
        else if (a == "--still-budget-ms" && i + 1 < argc) still_budget_ms = std::max(0, std::atoi(argv[++i]));
        else if (a == "--system-malloc") system_malloc = true;
        else if (!a.empty() && a[0] != '-' && path.empty()) path = a;
        else return usage();
    }
    if (path.empty()) return usage();
    if (!system_malloc) render::keep_freed_memory_for_reuse();  // as the app does; --system-malloc: glibc's defaults
    (void)json;  // the one output format is a JSON line; --json is accepted for clarity

    GDALAllRegister();
    const Floor floor = gdal_floor(path);
    if (floor.features == 0) {
        std::fprintf(stderr, "parkatlas-bench: GDAL read no features from %s\n", path.c_str());
        return 1;
    }

    // GL setup before the clock: the app has its window before it loads anything.
    std::string err;
    const auto t_setup = Clock::now();
    auto egl = render::EglContext::create(&err);
    if (!egl) {
        std::fprintf(stderr, "parkatlas-bench: no EGL context: %s\n", err.c_str());
        return 1;
    }
    auto target = render::OffscreenTarget::create(width, height, samples, &err);
    auto renderer = target ? render::MapRenderer::create(&err) : std::nullopt;
    if (!target || !renderer) {
        std::fprintf(stderr, "parkatlas-bench: GL setup failed: %s\n", err.c_str());
        return 1;
    }
    glFinish();
    const double egl_setup_s = seconds_since(t_setup);

    // ---- load start ----
    const auto t_load = Clock::now();
    // As the app loads: GDAL reading and reprojection to the display CRS in parallel.
    data::LoadOptions load_options;
    load_options.target_crs = geo::kDisplayCrs;
    // The whole file in memory, even one with a spatial index: the path this bench measures.
    // An indexed file read where the view is: parkatlas-province-bench.
    load_options.read_through_index_at = SIZE_MAX;
    data::LoadResult loaded = data::load_vector_file(path, load_options);
    const double load_s = seconds_since(t_load);
    const double rss_after_read = peak_rss_mb();
    if (loaded.layers.empty()) {
        std::fprintf(stderr, "parkatlas-bench: the loader read no layer from %s\n", path.c_str());
        return 1;
    }
    data::Layer& layer = loaded.layers.front();  // the polygon layer (a cadastre has one)

    auto t = Clock::now();
    render::ChunkedLayerData prepared = render::prepare_chunked_layer(layer);
    const size_t chunk_count = prepared.chunks.chunks.size();
    std::vector<render::FeatureStyle> styles(layer.features.size());
    static const render::Rgba palette[] = {render::rgb(0xf4e3b5), render::rgb(0xd9ead3), render::rgb(0xfce5cd),
                                           render::rgb(0xcfe2f3), render::rgb(0xead1dc), render::rgb(0xe6e6e6)};
    const auto loai = layer.field_index("loai_dat");
    for (size_t i = 0; i < styles.size(); ++i) {
        size_t k = i;
        if (loai && *loai < layer.features[i].values.size() && layer.features[i].values[*loai])
            k = std::hash<std::string_view>{}(*layer.features[i].values[*loai]);
        styles[i].fill = palette[k % std::size(palette)];
        styles[i].stroke = render::rgb(0x7f6a4f);
        styles[i].stroke_px = 1.0f;
    }
    const double prepare_s = seconds_since(t);
    const double rss_after_mesh = peak_rss_mb();

    t = Clock::now();
    render::ChunkedLayer gpu(layer, std::move(prepared), styles);
    render::LayerImageCache cache(gpu);
    glFinish();
    const double upload_s = seconds_since(t);
    const geo::Box layer_bounds = gpu.chunks().bounds;
    render::Camera arrival;
    arrival.width_px = width;
    arrival.height_px = height;
    arrival.fit(layer_bounds);
    cache.make_pictures(arrival);  // as the window does in the frame a layer arrives
    const double rss_after_upload = peak_rss_mb();

    const geo::Box extent = gpu.chunks().bounds;
    render::Camera full;
    full.width_px = width;
    full.height_px = height;
    full.fit(extent);
    const render::Rgba background = render::rgb(0xf2efe9);
    const std::vector<render::DrawLayer> draw_list{{nullptr, 1.0f, &cache}};

    // As the window (app/window_app.cpp): the map is a canvas (render/map_canvas), scrolled or
    // scaled while the camera moves; once it rests, the layer's pictures get `still_budget_ms`
    // a frame and the canvas is redrawn in bands within `budget_ms`.
    render::MapCanvas canvas(background);
    canvas.set_extent(extent);
    size_t copied_frames = 0, moving_frames = 0;
    auto frame = [&](const render::Camera& c, bool moving) {
        const auto shown = canvas.present(
            *renderer, c, cache.stats().jobs_completed, moving,
            [&](const render::Camera& cam) { renderer->draw_layers(cam, draw_list); },
            std::chrono::milliseconds(budget_ms), target->framebuffer());
        // Pictures only in frames whose canvas (and its overview) has no work left: the two
        // together made 35-70 ms frames.
        const bool sharp = canvas.rest_turn(shown, moving) == render::MapCanvas::RestTurn::Pictures && cache.advance(*renderer, c, std::chrono::milliseconds(still_budget_ms));
        glFinish();
        copied_frames += moving && shown.copied;
        moving_frames += moving;
        return sharp;
    };

    while (!cache.advance(*renderer, full, std::chrono::seconds(10))) {
    }
    while (!canvas.present(*renderer, full, cache.stats().jobs_completed, false,
                           [&](const render::Camera& cam) { renderer->draw_layers(cam, draw_list); },
                           std::chrono::seconds(10), target->framebuffer())
                .exact) {
    }
    glFinish();
    const double first_frame_s = seconds_since(t_load);
    const double rss_after_first_frame = peak_rss_mb();
    // ---- first frame done ----

    // A path of moving frames, then frames with the camera still until the picture is sharp.
    struct PathResult {
        Stats moving, still;
        double settle_s = 0.0;
        int settle_frames = 0;
    };
    auto run_path = [&](const render::Camera& base) {
        PathResult r;
        std::vector<double> ms, still_ms;
        // The user rests at this zoom first (untimed), then drags and zooms.
        for (int i = 0; i < 100000 && !frame(base, false); ++i) {
        }
        const auto path = camera_path(base, frames);
        for (const render::Camera& c : path) {
            const auto f0 = Clock::now();
            frame(c, true);
            ms.push_back(seconds_since(f0) * 1000.0);
            if (std::getenv("PARKATLAS_BENCH_FRAMES")) std::fprintf(stderr, "%.1f ", ms.back());
        }
        const auto s0 = Clock::now();
        for (bool sharp = false; !sharp && r.settle_frames < 100000;) {
            const auto f0 = Clock::now();
            sharp = frame(path.back(), false);
            still_ms.push_back(seconds_since(f0) * 1000.0);
            if (std::getenv("PARKATLAS_BENCH_FRAMES")) std::fprintf(stderr, "s%.1f ", still_ms.back());
            ++r.settle_frames;
        }
        r.settle_s = seconds_since(s0);
        r.moving = stats(ms);
        r.still = stats(still_ms);
        ms.insert(ms.end(), still_ms.begin(), still_ms.end());
        const Stats all = stats(ms);
        r.moving.max = all.max;
        return r;
    };
    const PathResult full_run = run_path(full);
    render::Camera mid = full;
    mid.metres_per_pixel /= 4.0;
    const PathResult mid_run = run_path(mid);
    render::Camera zoomed = full;
    zoomed.metres_per_pixel /= 20.0;
    const PathResult zoomed_run = run_path(zoomed);

    // One polygon of 100k+ vertices with 20 holes (a coastline, a zone), triangulated alone: a
    // wavy ring, then a smooth one (a plain circle: every ear convex, the holes' corners the
    // only reflex ones), each with the same holes.
    const auto big_polygon = [](bool wavy) {
        geo::Polygon big;
        const int ring_vertices = 100000;
        for (int i = 0; i < ring_vertices; ++i) {
            const double a = 2.0 * M_PI * i / ring_vertices;
            const double r = wavy ? 10000.0 * (1.0 + 0.05 * std::sin(a * 37.0) + 0.01 * std::sin(a * 1001.0)) : 10000.0;
            big.outer.push_back({r * std::cos(a), r * std::sin(a)});
        }
        for (int h = 0; h < 20; ++h) {
            const double a = 2.0 * M_PI * h / 20.0, cx = 5000.0 * std::cos(a), cy = 5000.0 * std::sin(a);
            geo::Ring hole;
            for (int i = 0; i < 500; ++i) {
                const double b = -2.0 * M_PI * i / 500;
                hole.push_back({cx + 400.0 * std::cos(b), cy + 400.0 * std::sin(b)});
            }
            big.holes.push_back(std::move(hole));
        }
        return big;
    };
    const geo::Polygon big = big_polygon(true), big_smooth = big_polygon(false);
    t = Clock::now();
    const geo::Triangulation big_tri = geo::triangulate(big);
    const double big_polygon_ms = seconds_since(t) * 1000.0;
    t = Clock::now();
    const geo::Triangulation big_smooth_tri = geo::triangulate(big_smooth);
    const double big_smooth_polygon_ms = seconds_since(t) * 1000.0;
    // The first call above pays for the process's state too (right after a 1M-parcel load it
    // has run 40-60 ms slower than later calls): three more, their median.
    std::vector<double> big_again_ms;
    for (int k = 0; k < 3; ++k) {
        t = Clock::now();
        const geo::Triangulation again = geo::triangulate(big);
        big_again_ms.push_back(seconds_since(t) * 1000.0);
    }
    std::sort(big_again_ms.begin(), big_again_ms.end());
    const double big_polygon_warm_ms = big_again_ms[1];

    // Sanity: the last frame drew something other than background.
    const render::Image img = target->read_pixels();
    size_t painted = 0;
    for (size_t i = 0; i + 3 < img.rgba.size(); i += 4)
        painted += !(img.rgba[i] == background.r && img.rgba[i + 1] == background.g && img.rgba[i + 2] == background.b);

    // Picking: grid over feature boxes in the display CRS, exact test on candidates.
    t = Clock::now();
    std::vector<geo::Box> boxes;
    boxes.reserve(layer.features.size());
    for (const auto& f : layer.features) boxes.push_back(f.geometry.bounds());
    const geo::GridIndex index(std::move(boxes));
    const double index_build_s = seconds_since(t);
    std::mt19937_64 rng(12345);
    std::uniform_real_distribution<double> ux(extent.min.x, extent.max.x), uy(extent.min.y, extent.max.y);
    std::vector<double> pick_us;
    pick_us.reserve(10000);
    size_t hits = 0;
    for (int i = 0; i < 10000; ++i) {
        const geo::Vec2 p{ux(rng), uy(rng)};
        const auto p0 = Clock::now();
        int64_t found = -1;
        const std::vector<uint32_t> cands = index.query(p);
        for (auto it = cands.rbegin(); it != cands.rend(); ++it)  // topmost (last drawn) first
            if (geo::point_in_geometry(p, layer.features[*it].geometry)) {
                found = *it;
                break;
            }
        pick_us.push_back(std::chrono::duration<double, std::micro>(Clock::now() - p0).count());
        hits += found >= 0;
    }
    const Stats pick = stats(pick_us);

    size_t vertices = 0, polygons = 0, holes = 0;
    for (const auto& f : layer.features) {
        f.geometry.for_each_vertex([&](const geo::Vec2&) { ++vertices; });
        polygons += f.geometry.polygons.size();
        for (const auto& poly : f.geometry.polygons) holes += poly.holes.size();
    }
    const double rss_peak = peak_rss_mb();

    std::printf(
        "{\"file\":\"%s\",\"renderer\":\"%s\",\"width\":%d,\"height\":%d,\"samples\":%d,\"budget_ms\":%d,\"still_budget_ms\":%d,"
        "\"features\":%zu,\"gdal_features\":%lld,\"polygons\":%zu,\"holes\":%zu,\"vertices\":%zu,\"chunks\":%zu,"
        "\"gdal_floor_s\":%.3f,\"egl_setup_s\":%.3f,\"load_s\":%.3f,\"prepare_s\":%.3f,"
        "\"upload_s\":%.3f,\"first_frame_s\":%.3f,\"ratio_first_frame_to_floor\":%.2f,\"frames\":%d,",
        json_escape(path).c_str(), json_escape(egl->renderer_name()).c_str(), width, height, samples, budget_ms, still_budget_ms,
        layer.features.size(), floor.features, polygons, holes, vertices, chunk_count, floor.seconds, egl_setup_s,
        load_s, prepare_s, upload_s, first_frame_s, first_frame_s / floor.seconds, frames);
    for (auto [name, r] : {std::pair{"full", &full_run}, {"mid", &mid_run}, {"zoomed", &zoomed_run}}) {
        std::printf(
            "\"frame_%s_median_ms\":%.1f,\"frame_%s_p95_ms\":%.1f,\"frame_%s_max_ms\":%.1f,"
            "\"settle_%s_s\":%.3f,\"settle_%s_frames\":%d,",
            name, r->moving.median, name, r->moving.p95, name, r->moving.max, name, r->settle_s, name, r->settle_frames);
    }
    std::printf("\"moving_frames\":%zu,\"moving_frames_copied\":%zu,\"canvas_bands\":%zu,", moving_frames, copied_frames,
                canvas.stats().bands);
    std::printf(
        "\"detail_chunks_built\":%zu,\"detail_mb\":%.1f,\"painted_pixels\":%zu,\"index_build_s\":%.3f,"
        "\"pick_us\":%.2f,\"pick_p95_us\":%.2f,\"pick_hits\":%zu,\"big_polygon_vertices\":%zu,"
        "\"big_polygon_triangles\":%zu,\"big_polygon_triangulate_ms\":%.1f,\"big_polygon_triangulate_warm_ms\":%.1f,\"big_smooth_polygon_vertices\":%zu,"
        "\"big_smooth_polygon_triangles\":%zu,\"big_smooth_polygon_triangulate_ms\":%.1f,\"peak_rss_mb\":%.1f,"
        "\"rss_peak_after_read_mb\":%.1f,\"rss_peak_after_prepare_mb\":%.1f,\"rss_peak_after_upload_mb\":%.1f,"
        "\"rss_peak_after_first_frame_mb\":%.1f}\n",
        gpu.chunks_built(), double(gpu.detail_bytes()) / (1 << 20), painted, index_build_s, pick.median, pick.p95,
        hits, big_tri.vertices.size(), big_tri.indices.size() / 3, big_polygon_ms, big_polygon_warm_ms, big_smooth_tri.vertices.size(),
        big_smooth_tri.indices.size() / 3, big_smooth_polygon_ms, rss_peak, rss_after_read, rss_after_mesh,
        rss_after_upload, rss_after_first_frame);
    return 0;
}
