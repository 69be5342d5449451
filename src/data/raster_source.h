// A raster basemap (aerial imagery, a scanned planning map) read through GDAL: GeoTIFF and
// cloud-optimised GeoTIFF, MBTiles, GeoPackage tiles, a plain image with a world file. The
// header names no GDAL type (only data/ speaks GDAL); render/ and app/ ask for RGBA pictures of
// a box in the display CRS, which GDAL's warper makes from the overview level that fits.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "data/diagnostic.h"
#include "geo/geometry.h"

namespace data {

// A picture of a box: straight (not premultiplied) RGBA, top row first. Pixels the raster does
// not cover, or its nodata, are transparent.
struct RasterImage {
    int width = 0, height = 0;
    std::vector<uint8_t> rgba;
    geo::Box box;            // what it shows, in the CRS it was asked in
    int level = -1;          // the overview read: -1 full resolution, 0 the first overview, ...
    int level_width = 0, level_height = 0;  // that level's size in pixels
    std::string error;       // GDAL's words when reading failed (then width is 0)

    bool ok() const { return width > 0 && height > 0; }
};

class RasterSource {
public:
    ~RasterSource();
    RasterSource(const RasterSource&) = delete;
    RasterSource& operator=(const RasterSource&) = delete;

    const std::string& path() const { return path_; }     // the file the user gave
    const std::string& name() const { return name_; }     // the file's name, or its tiles table
    const std::string& driver() const { return driver_; } // GDAL's short name: GTiff, MBTiles, GPKG, PNG
    const std::string& crs() const { return crs_; }       // the CRS it is placed in (WKT2, or EPSG:...)
    int width() const { return width_; }
    int height() const { return height_; }
    int colour_bands() const { return colour_bands_; }   // 1 grey or 3 RGB (palettes are expanded)
    // Each overview's size, finest first (internal, .ovr, or an MBTiles' lower zoom levels).
    const std::vector<std::pair<int, int>>& overviews() const { return overviews_; }
    // Its extent in the display CRS it was opened for.
    const geo::Box& bounds() const { return bounds_; }

    // The level a width x height picture of `box` reads: the coarsest overview that still has
    // at least as many pixels across it as the picture (-1: full resolution).
    int level_for(const geo::Box& box, int width, int height) const;

    // A width x height picture of `box` (in the CRS the source was opened for), warped from
    // the level level_for picks. Any thread: calls on one source take turns.
    RasterImage read(const geo::Box& box, int width, int height) const;

    struct Impl;

private:
    explicit RasterSource(std::unique_ptr<Impl> impl);
    friend struct RasterOpener;

    std::unique_ptr<Impl> impl_;
    std::string path_, name_, driver_, crs_;
    int width_ = 0, height_ = 0, colour_bands_ = 3;
    std::vector<std::pair<int, int>> overviews_;
    geo::Box bounds_;
};

struct RasterLoad {
    bool raster = false;        // GDAL sees a raster here (or the name says one): not for the vector loader alone
    bool vector_too = false;    // it holds vector layers as well (a GeoPackage with both)
    std::vector<std::shared_ptr<const RasterSource>> sources;  // one per image or tiles table that can be placed
    Diagnostics diagnostics;
};

// Opens `path` as raster(s) placed in `target_crs`. A path GDAL does not open as a raster (a
// Shapefile, a missing file) gives raster = false and no message: the vector loader speaks for
// it. `assumed_crs` (--crs) places an image that names no CRS.
RasterLoad open_rasters(const std::string& path, const std::string& target_crs, const std::string& assumed_crs = "");

}  // namespace data
