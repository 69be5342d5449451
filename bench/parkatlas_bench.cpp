// parkatlas-bench FILE [--json] [--size WxH] [--frames N] [--samples S (MSAA, default 4 as the app)]
//
// Times the whole pipeline on one vector file, the way the app runs it, and prints ONE JSON
// line. It asserts nothing about speed: it reports.
//   gdal_floor_s       GDAL alone: every feature, its geometry and its fields (OGR_L_GetNextFeature)
//   read_s             data::load_vector_file
//   reproject_s        data::reproject_layer to the display CRS (2 threads)
//   triangulate_s      render::build_layer_mesh (2 threads)
//   upload_s           render::GpuLayer (buffers + style texture), glFinish
//   first_frame_s      load start -> first full-extent frame finished (glFinish); the EGL context,
//                      framebuffer and shaders are made before the clock starts (the app has its
//                      window before it loads), their time is egl_setup_s
//   frame_full_*       a scripted pan/zoom path around the full extent, glFinish after each frame
//   frame_zoomed_*     the same path zoomed 20x
//   pick_us            median over 10k random points: grid lookup + exact point-in-polygon test
//   peak_rss_mb        getrusage ru_maxrss
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

#include "data/reproject.h"
#include "data/vector_loader.h"
#include "geo/crs.h"
#include "geo/hit_test.h"
#include "geo/spatial_index.h"
#include "render/camera.h"
#include "render/egl_context.h"
#include "render/feature_style.h"
#include "render/gl.h"
#include "render/gpu_layer.h"
#include "render/layer_mesh.h"
#include "render/map_renderer.h"
#include "render/offscreen_target.h"

namespace {

using Clock = std::chrono::steady_clock;
double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

struct Floor {
    double seconds = 0.0;
    long long features = 0;
};

// GDAL alone: open, walk every feature, touch its geometry and every field.
Floor gdal_floor(const std::string& path) {
    Floor f;
    const auto t0 = Clock::now();
    GDALDatasetH ds = GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    if (!ds) return f;
    volatile double sink = 0.0;
    for (int li = 0; li < GDALDatasetGetLayerCount(ds); ++li) {
        OGRLayerH layer = GDALDatasetGetLayer(ds, li);
        OGR_L_ResetReading(layer);
        while (OGRFeatureH feat = OGR_L_GetNextFeature(layer)) {
            if (OGRGeometryH g = OGR_F_GetGeometryRef(feat)) {
                OGREnvelope env;
                OGR_G_GetEnvelope(g, &env);
                sink = sink + env.MinX;
            }
            for (int i = 0; i < OGR_F_GetFieldCount(feat); ++i) sink = sink + OGR_F_GetFieldAsString(feat, i)[0];
            OGR_F_Destroy(feat);
            ++f.features;
        }
    }
    GDALClose(ds);
    f.seconds = seconds_since(t0);
    return f;
}

struct Stats {
    double median = 0.0, p95 = 0.0;
};
Stats stats(std::vector<double> v) {
    Stats s;
    if (v.empty()) return s;
    std::sort(v.begin(), v.end());
    s.median = v.size() % 2 ? v[v.size() / 2] : 0.5 * (v[v.size() / 2 - 1] + v[v.size() / 2]);
    s.p95 = v[std::min(v.size() - 1, size_t(std::ceil(0.95 * double(v.size()))) - 1)];
    return s;
}

// A scripted path: pans in a small loop and breathes in and out around `base`.
std::vector<render::Camera> camera_path(const render::Camera& base, int frames) {
    std::vector<render::Camera> path;
    for (int i = 0; i < frames; ++i) {
        render::Camera c = base;
        const double t = 2.0 * M_PI * i / std::max(1, frames);
        const double span = base.metres_per_pixel * base.width_px;
        c.centre.x += 0.10 * span * std::cos(t);
        c.centre.y += 0.10 * span * std::sin(t);
        c.metres_per_pixel *= 1.0 + 0.10 * std::sin(2.0 * t);
        path.push_back(c);
    }
    return path;
}

std::string json_escape(const std::string& s) {
    std::string o;
    for (char c : s) {
        if (c == '"' || c == '\\') o += '\\';
        if (static_cast<unsigned char>(c) >= 0x20) o += c;
    }
    return o;
}

double peak_rss_mb() {
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return double(ru.ru_maxrss) / 1024.0;
}

int usage() {
    std::fprintf(stderr, "usage: parkatlas-bench FILE [--json] [--size WxH] [--frames N] [--samples S]\n");
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    std::string path;
    int width = 1920, height = 1080, frames = 20, samples = 4;
    bool json = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--json") json = true;
        else if (a == "--size" && i + 1 < argc) {
            if (std::sscanf(argv[++i], "%dx%d", &width, &height) != 2 || width < 1 || height < 1) return usage();
        } else if (a == "--samples" && i + 1 < argc) samples = std::max(1, std::atoi(argv[++i]));
        else if (a == "--frames" && i + 1 < argc) frames = std::max(1, std::atoi(argv[++i]));
        else if (!a.empty() && a[0] != '-' && path.empty()) path = a;
        else return usage();
    }
    if (path.empty()) return usage();
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
    data::LoadResult loaded = data::load_vector_file(path);
    const double read_s = seconds_since(t_load);
    const double rss_after_read = peak_rss_mb();
    if (loaded.layers.empty()) {
        std::fprintf(stderr, "parkatlas-bench: the loader read no layer from %s\n", path.c_str());
        return 1;
    }
    data::Layer& layer = loaded.layers.front();  // the polygon layer (a cadastre has one)

    auto t = Clock::now();
    if (!data::reproject_layer(layer, geo::kDisplayCrs, 2)) {
        std::fprintf(stderr, "parkatlas-bench: reprojection failed\n");
        return 1;
    }
    const double reproject_s = seconds_since(t);

    t = Clock::now();
    const render::LayerMesh mesh = render::build_layer_mesh(layer, 2);
    const double triangulate_s = seconds_since(t);
    const double rss_after_mesh = peak_rss_mb();

    t = Clock::now();
    std::vector<render::FeatureStyle> styles(layer.features.size());
    static const render::Rgba palette[] = {render::rgb(0xf4e3b5), render::rgb(0xd9ead3), render::rgb(0xfce5cd),
                                           render::rgb(0xcfe2f3), render::rgb(0xead1dc), render::rgb(0xe6e6e6)};
    const auto loai = layer.field_index("loai_dat");
    for (size_t i = 0; i < styles.size(); ++i) {
        size_t k = i;
        if (loai && *loai < layer.features[i].values.size() && layer.features[i].values[*loai])
            k = std::hash<std::string>{}(*layer.features[i].values[*loai]);
        styles[i].fill = palette[k % std::size(palette)];
        styles[i].stroke = render::rgb(0x7f6a4f);
        styles[i].stroke_px = 1.0f;
    }
    const render::GpuLayer gpu(mesh, styles);
    glFinish();
    const double upload_s = seconds_since(t);
    const double rss_after_upload = peak_rss_mb();

    const geo::Box extent = layer.bounds();
    render::Camera full;
    full.width_px = width;
    full.height_px = height;
    full.fit(extent);
    const render::Rgba background = render::rgb(0xf2efe9);
    const std::vector<render::DrawLayer> draw_list{{&gpu, 1.0f}};

    target->bind();
    renderer->draw(full, draw_list, background);
    glFinish();
    const double first_frame_s = seconds_since(t_load);
    const double rss_after_first_frame = peak_rss_mb();
    // ---- first frame done ----

    auto run_path = [&](const render::Camera& base) {
        std::vector<double> ms;
        for (const render::Camera& c : camera_path(base, frames)) {
            const auto f0 = Clock::now();
            renderer->draw(c, draw_list, background);
            glFinish();
            ms.push_back(seconds_since(f0) * 1000.0);
        }
        return stats(ms);
    };
    const Stats full_stats = run_path(full);
    render::Camera zoomed = full;
    zoomed.metres_per_pixel /= 20.0;
    const Stats zoomed_stats = run_path(zoomed);

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
    const geo::GridIndex index(boxes);
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
        "{\"file\":\"%s\",\"renderer\":\"%s\",\"width\":%d,\"height\":%d,\"samples\":%d,\"features\":%zu,\"gdal_features\":%lld,"
        "\"polygons\":%zu,\"holes\":%zu,\"vertices\":%zu,\"triangles\":%zu,\"segments\":%zu,"
        "\"triangle_warnings\":%zu,\"gdal_floor_s\":%.3f,\"egl_setup_s\":%.3f,\"read_s\":%.3f,"
        "\"reproject_s\":%.3f,\"triangulate_s\":%.3f,\"upload_s\":%.3f,\"first_frame_s\":%.3f,"
        "\"ratio_first_frame_to_floor\":%.2f,\"frames\":%d,\"frame_full_median_ms\":%.1f,\"frame_full_p95_ms\":%.1f,"
        "\"frame_zoomed_median_ms\":%.1f,\"frame_zoomed_p95_ms\":%.1f,\"painted_pixels\":%zu,"
        "\"index_build_s\":%.3f,\"pick_us\":%.2f,\"pick_p95_us\":%.2f,\"pick_hits\":%zu,\"peak_rss_mb\":%.1f,\"rss_peak_after_read_mb\":%.1f,\"rss_peak_after_mesh_mb\":%.1f,"
        "\"rss_peak_after_upload_mb\":%.1f,\"rss_peak_after_first_frame_mb\":%.1f}\n",
        json_escape(path).c_str(), json_escape(egl->renderer_name()).c_str(), width, height, samples, layer.features.size(), floor.features, polygons,
        holes, vertices, mesh.triangle_count(), mesh.segments.size(), mesh.triangle_warnings, floor.seconds,
        egl_setup_s, read_s, reproject_s, triangulate_s, upload_s, first_frame_s, first_frame_s / floor.seconds,
        frames, full_stats.median, full_stats.p95, zoomed_stats.median, zoomed_stats.p95, painted, index_build_s,
        pick.median, pick.p95, hits, rss_peak, rss_after_read, rss_after_mesh, rss_after_upload,
        rss_after_first_frame);
    return 0;
}
