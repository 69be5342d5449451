// Test rasters made with GDAL's own tools (gdal-bin): a GeoTIFF in UTM 48N over part of Hai
// Phong with four coloured quadrants and a nodata square, and the same as a COG, MBTiles,
// GeoPackage and PNG with a world file.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace test_support {

// The quadrants, in UTM 48N (EPSG:32648): x 666000..688000, y 2295000..2313000, split at
// x 677000, y 2304000. A black (nodata) square at x 668000..670000, y 2309000..2311000.
struct QuadrantColours {
    static constexpr unsigned char top_left[3] = {220, 30, 30};     // red
    static constexpr unsigned char top_right[3] = {30, 200, 40};    // green
    static constexpr unsigned char bottom_left[3] = {30, 60, 220};  // blue
    static constexpr unsigned char bottom_right[3] = {240, 220, 20};  // yellow
};

// Points (lon, lat) well inside each quadrant, and in the nodata square.
struct QuadrantPoints {
    static constexpr double top_left[2] = {106.64856, 20.86874};
    static constexpr double top_right[2] = {106.75426, 20.86769};
    static constexpr double bottom_left[2] = {106.64768, 20.78745};
    static constexpr double bottom_right[2] = {106.75332, 20.78641};
    static constexpr double nodata[2] = {106.62468, 20.88252};
};

inline bool run_quiet(const std::string& command) {
    return std::system((command + " > /dev/null 2>&1").c_str()) == 0;
}

// A width x height PPM of the quadrants (20 m pixels at 1100 x 900).
inline void write_quadrant_ppm(const std::filesystem::path& path, int width, int height) {
    std::ofstream out(path, std::ios::binary);
    out << "P6\n" << width << " " << height << "\n255\n";
    const double x0 = 666000, y1 = 2313000, sx = 22000.0 / width, sy = 18000.0 / height;
    for (int r = 0; r < height; ++r) {
        const double y = y1 - (r + 0.5) * sy;
        for (int c = 0; c < width; ++c) {
            const double x = x0 + (c + 0.5) * sx;
            const bool left = x < 677000, top = y >= 2304000;
            const unsigned char* px = top ? (left ? QuadrantColours::top_left : QuadrantColours::top_right)
                                          : (left ? QuadrantColours::bottom_left : QuadrantColours::bottom_right);
            const bool hole = x >= 668000 && x < 670000 && y >= 2309000 && y < 2311000;
            const unsigned char black[3] = {0, 0, 0};
            out.write(reinterpret_cast<const char*>(hole ? black : px), 3);
        }
    }
}

// The quadrants as a tiled GeoTIFF in EPSG:32648 with nodata 0 and overviews 2, 4, 8.
inline bool make_quadrant_geotiff(const std::filesystem::path& tif, int width = 1100, int height = 900,
                                  bool overviews = true) {
    const auto ppm = std::filesystem::path(tif).replace_extension(".ppm");
    write_quadrant_ppm(ppm, width, height);
    if (!run_quiet("gdal_translate -of GTiff -co TILED=YES -a_srs EPSG:32648 -a_ullr 666000 2313000 688000 2295000 "
                   "-a_nodata 0 " + ppm.string() + " " + tif.string()))
        return false;
    std::filesystem::remove(ppm);
    return !overviews || run_quiet("gdaladdo -r average " + tif.string() + " 2 4 8");
}

}  // namespace test_support
