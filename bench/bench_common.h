// What the two city-scale benchmarks share: the clock, GDAL's own read of a file (the floor
// every load is compared with), frame statistics, the scripted camera path, peak RSS.
#pragma once

#include <gdal.h>
#include <ogr_api.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <string>
#include <vector>

#include "render/camera.h"

namespace bench {

using Clock = std::chrono::steady_clock;
inline double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

struct Floor {
    double seconds = 0.0;
    long long features = 0;
};

// GDAL alone: open, walk every feature, touch its geometry and every field.
inline Floor gdal_floor(const std::string& path) {
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
    double median = 0.0, p95 = 0.0, max = 0.0;
};
inline Stats stats(std::vector<double> v) {
    Stats s;
    if (v.empty()) return s;
    std::sort(v.begin(), v.end());
    s.median = v.size() % 2 ? v[v.size() / 2] : 0.5 * (v[v.size() / 2 - 1] + v[v.size() / 2]);
    s.p95 = v[std::min(v.size() - 1, size_t(std::ceil(0.95 * double(v.size()))) - 1)];
    s.max = v.back();
    return s;
}

// A scripted path: pans in a small loop and breathes in and out around `base`.
// The first half a drag (whole-pixel moves along half a circle of 10% of the view's width, as
// the mouse moves the map), the second a zoom in by 10% (scale changing every frame, as the
// wheel). It ends away from where it started, so the settle frames have new work to do.
inline std::vector<render::Camera> camera_path(const render::Camera& base, int frames) {
    std::vector<render::Camera> path;
    const int pans = frames / 2, zooms = frames - pans;
    const double radius = 0.10 * base.width_px;
    render::Camera c = base;
    for (int i = 0; i < pans; ++i) {
        const double t = M_PI * (i + 1) / pans;
        c.centre.x = base.centre.x + std::lround(radius * std::cos(t) - radius) * base.metres_per_pixel;
        c.centre.y = base.centre.y + std::lround(radius * std::sin(t)) * base.metres_per_pixel;
        path.push_back(c);
    }
    const render::Camera dragged = c;
    for (int i = 0; i < zooms; ++i) {
        c.metres_per_pixel = dragged.metres_per_pixel * (1.0 - 0.10 * std::sin(0.5 * M_PI * (i + 1) / zooms));
        path.push_back(c);
    }
    return path;
}

inline std::string json_escape(const std::string& s) {
    std::string o;
    for (char c : s) {
        if (c == '"' || c == '\\') o += '\\';
        if (static_cast<unsigned char>(c) >= 0x20) o += c;
    }
    return o;
}

inline double peak_rss_mb() {
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return double(ru.ru_maxrss) / 1024.0;
}

}  // namespace bench
