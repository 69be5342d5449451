// parkatlas-raster-bench [--size N] [--views N] [--dir DIR] [--width W] [--height H]: a raster
// basemap at city scale. Makes an N x N RGB GeoTIFF (default 20000, tiled, uncompressed, in UTM
// 48N over Hai Phong, with nearest-neighbour overviews 2..64) in DIR (default /tmp), then reads
// pictures of W x H (default 1920x1080) the way the window does (data::RasterSource::read) along
// a scripted pan at full extent, 4x and 20x, and the same boxes with GDAL's own gdalwarp (-ovr
// AUTO: the level GDAL picks) as the floor. One JSON line: per zoom the median and max ms of
// ours and of the floor, their ratio, and the overview level ours read; at full extent also one
// read without overviews (-ovr NONE), which is what a file without them costs. Asserts nothing.
#include <gdal.h>
#include <gdal_utils.h>
#include <ogr_spatialref.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "data/raster_source.h"
#include "geo/crs.h"

namespace {

using Clock = std::chrono::steady_clock;
double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

// The image: colour bands that vary smoothly with a 500-pixel checkerboard, so every level
// differs and nothing compresses (there is no compression anyway).
bool make_image(const std::string& path, int n) {
    GDALDriverH gtiff = GDALGetDriverByName("GTiff");
    const char* options[] = {"TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "BIGTIFF=YES", "INTERLEAVE=PIXEL", nullptr};
    GDALDatasetH ds = GDALCreate(gtiff, path.c_str(), n, n, 3, GDT_Byte, const_cast<char**>(options));
    if (!ds) return false;
    // 40 km across, over Hai Phong, in UTM 48N.
    const double size_m = 40000.0;
    double gt[6] = {650000.0, size_m / n, 0.0, 2320000.0, 0.0, -size_m / n};
    GDALSetGeoTransform(ds, gt);
    OGRSpatialReference utm;
    utm.importFromEPSG(32648);
    GDALSetSpatialRef(ds, OGRSpatialReference::ToHandle(&utm));
    const int rows = 256;
    std::vector<uint8_t> buf(size_t(n) * rows * 3);
    for (int y0 = 0; y0 < n; y0 += rows) {
        const int h = std::min(rows, n - y0);
        for (int r = 0; r < h; ++r)
            for (int c = 0; c < n; ++c) {
                uint8_t* p = buf.data() + (size_t(r) * n + c) * 3;
                const int y = y0 + r;
                const bool dark = ((c / 500) + (y / 500)) % 2;
                p[0] = uint8_t((c * 255) / n);
                p[1] = uint8_t((y * 255) / n);
                p[2] = dark ? 60 : 200;
            }
        if (GDALDatasetRasterIO(ds, GF_Write, 0, y0, n, h, buf.data(), n, h, GDT_Byte, 3, nullptr, 3, 3 * n, 1) != CE_None) {
            GDALClose(ds);
            return false;
        }
    }
    int levels[] = {2, 4, 8, 16, 32, 64};
    const CPLErr e = GDALBuildOverviews(ds, "NEAREST", 6, levels, 0, nullptr, nullptr, nullptr);
    GDALClose(ds);
    return e == CE_None;
}

// GDAL alone: gdalwarp of the same box at the same size into memory, bilinear, -ovr as given.
double floor_ms(GDALDatasetH src, const geo::Box& box, int w, int h, const char* ovr) {
    const auto t0 = Clock::now();
    GDALDatasetH dst = GDALCreate(GDALGetDriverByName("MEM"), "", w, h, 4, GDT_Byte, nullptr);
    double gt[6] = {box.min.x, box.width() / w, 0.0, box.max.y, 0.0, -box.height() / h};
    GDALSetGeoTransform(dst, gt);
    OGRSpatialReference merc;
    merc.importFromEPSG(3857);
    GDALSetSpatialRef(dst, OGRSpatialReference::ToHandle(&merc));
    const char* args[] = {"-r", "bilinear", "-dstalpha", "-ovr", ovr, "-q", nullptr};
    GDALWarpAppOptions* o = GDALWarpAppOptionsNew(const_cast<char**>(args), nullptr);
    int usage = 0;
    GDALWarp(nullptr, dst, 1, &src, o, &usage);
    GDALWarpAppOptionsFree(o);
    GDALClose(dst);
    return ms_since(t0);
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    int n = 20000, views = 10, width = 1920, height = 1080;
    std::string dir = "/tmp";
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--size")) n = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--views")) views = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--dir")) dir = argv[i + 1];
        else if (!std::strcmp(argv[i], "--width")) width = std::atoi(argv[i + 1]);
        else if (!std::strcmp(argv[i], "--height")) height = std::atoi(argv[i + 1]);
    }
    GDALAllRegister();
    const std::string path = dir + "/parkatlas-raster-bench-" + std::to_string(n) + ".tif";
    const auto t_make = Clock::now();
    if (!make_image(path, n)) {
        std::fprintf(stderr, "cannot write %s\n", path.c_str());
        return 1;
    }
    const double make_s = ms_since(t_make) / 1000.0;

    const auto t_open = Clock::now();
    data::RasterLoad load = data::open_rasters(path, geo::kDisplayCrs);
    const double open_ms = ms_since(t_open);
    if (load.sources.empty()) {
        for (const auto& d : load.diagnostics) std::fprintf(stderr, "%s\n", d.to_string().c_str());
        return 1;
    }
    const data::RasterSource& source = *load.sources.front();
    GDALDatasetH gdal = GDALOpen(path.c_str(), GA_ReadOnly);

    const geo::Box all = source.bounds();
    const geo::Vec2 centre = all.centre();
    std::string json = "{\"size\":" + std::to_string(n) + ",\"width\":" + std::to_string(width) + ",\"height\":" +
                       std::to_string(height) + ",\"overviews\":" + std::to_string(source.overviews().size()) +
                       ",\"make_s\":" + std::to_string(make_s) + ",\"open_ms\":" + std::to_string(open_ms);
    struct Zoom { const char* name; double factor; };
    for (const Zoom z : {Zoom{"full", 1.0}, Zoom{"mid", 4.0}, Zoom{"zoomed", 20.0}}) {
        // The whole raster fits the picture at 1x; the views then move outwards from the
        // centre along a half circle, 5% of the view's width further each time.
        const double mpp = std::max(all.width() / width, all.height() / height) / z.factor;
        std::vector<double> ours, floor, fixed;
        int level = -2;
        for (int v = 0; v < views; ++v) {
            const double a = 3.14159265 * v / std::max(1, views - 1);
            const double step = 0.05 * width * mpp * v;  // up to 45% of the view's width from the centre
            const geo::Vec2 c{centre.x + std::cos(a) * step, centre.y + std::sin(a) * step};
            geo::Box box;
            box.expand(c - geo::Vec2{width * 0.5 * mpp, height * 0.5 * mpp});
            box.expand(c + geo::Vec2{width * 0.5 * mpp, height * 0.5 * mpp});
            auto t0 = Clock::now();
            const data::RasterImage img = source.read(box, width, height);
            ours.push_back(ms_since(t0));
            if (!img.ok()) std::fprintf(stderr, "read failed: %s\n", img.error.c_str());
            level = img.level;
            floor.push_back(floor_ms(gdal, box, width, height, "AUTO"));
            if (z.factor == 1.0 && v == 0) fixed.push_back(floor_ms(gdal, box, width, height, "NONE"));
        }
        const double mo = median(ours), mf = median(floor);
        json += std::string(",\"") + z.name + "_level\":" + std::to_string(level) + ",\"" + z.name +
                "_ours_median_ms\":" + std::to_string(mo) + ",\"" + z.name + "_ours_max_ms\":" +
                std::to_string(*std::max_element(ours.begin(), ours.end())) + ",\"" + z.name +
                "_floor_median_ms\":" + std::to_string(mf) + ",\"" + z.name + "_ratio\":" + std::to_string(mo / mf);
        if (!fixed.empty())
            json += ",\"full_no_overviews_ms\":" + std::to_string(fixed.front()) +
                    ",\"full_ratio_overviews_vs_none\":" + std::to_string(mo / fixed.front());
    }
    GDALClose(gdal);
    std::printf("%s}\n", json.c_str());
    std::filesystem::remove(path);
    return 0;
}
