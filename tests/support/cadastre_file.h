// A small cadastre-like Shapefile for loader tests (see make_cadastre), written as GeoJSON and
// converted with ogr2ogr, so a test needs no GDAL writing of its own.
#pragma once

#include <catch2/catch.hpp>

#include <cstdlib>
#include <sstream>
#include <string>

#include "data/catalog.h"
#include "data/vector_loader.h"
#include "geo/crs.h"
#include "support/test_files.h"

namespace test_support {

// A cadastre-like Shapefile in VN-2000 / TM-3 (the bundled parks' .prj, with TOWGS84):
// `parcels` parcels of 10 vertices, every 10th with a hole, every 50th a MultiPolygon with an
// island in its hole, every 997th without geometry; Vietnamese text and NULLs in the table.
// Written as GeoJSON and converted with ogr2ogr, so the test needs no GDAL of its own.
inline fs::path make_cadastre(const TempDir& dir, int parcels) {
    std::ostringstream js;
    js.precision(12);
    js << R"({"type":"FeatureCollection","features":[)";
    auto ring = [&](double x0, double y0, double w, double h, int per_side) {
        js << "[";
        const double xs[] = {x0, x0 + w, x0 + w, x0}, ys[] = {y0, y0, y0 + h, y0 + h};
        for (int side = 0; side < 4; ++side)
            for (int k = 0; k < per_side; ++k) {
                const double t = double(k) / per_side;
                const int next = (side + 1) % 4;
                js << "[" << xs[side] + (xs[next] - xs[side]) * t << "," << ys[side] + (ys[next] - ys[side]) * t << "],";
            }
        js << "[" << x0 << "," << y0 << "]]";
    };
    const char* owners[] = {"Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng", "Công ty TNHH Cảng Đình Vũ"};
    for (int i = 0; i < parcels; ++i) {
        const double x = 590000.0 + (i % 100) * 22.0, y = 2290000.0 + (i / 100) * 26.0;
        js << (i ? "," : "") << R"({"type":"Feature","properties":{"so_thua":)" << i << R"(,"chu":)";
        if (i % 7 == 3) js << "null";
        else js << '"' << owners[i % 4] << '"';
        js << R"(,"dien_tich":)" << 20.0 * 24.0 - (i % 10 == 0 ? 36.0 : 0.0) << R"(},"geometry":)";
        if (i % 997 == 5) {
            js << "null}";
            continue;
        }
        if (i % 50 == 0) {
            js << R"({"type":"MultiPolygon","coordinates":[[)";
            ring(x, y, 20, 24, 3);
            js << ",";
            ring(x + 6, y + 6, 8, 10, 1);
            js << "],[";
            ring(x + 8, y + 8, 3, 4, 1);
            js << "]]}}";
        } else {
            js << R"({"type":"Polygon","coordinates":[)";
            ring(x, y, 20, 24, i % 3 + 2);
            if (i % 10 == 0) js << ",", ring(x + 6, y + 6, 8, 10, 1);
            js << "]}}";
        }
    }
    js << "]}";
    write_file(dir / "cadastre.geojson", js.str());
    const fs::path shp = dir / "cadastre.shp";
    const std::string cmd = "ogr2ogr -q -f 'ESRI Shapefile' -lco ENCODING=UTF-8 '" + shp.string() + "' '" + (dir / "cadastre.geojson").string() + "'";
    REQUIRE(std::system(cmd.c_str()) == 0);
    fs::copy_file(bundled_data() / "parks.prj", dir / "cadastre.prj", fs::copy_options::overwrite_existing);
    return shp;
}

// The same cadastre converted with ogr2ogr (`driver`: "GPKG", "FlatGeobuf"), MultiPolygons, with
// the spatial index those formats write: a province's data as it is handed over.
inline fs::path convert_cadastre(const fs::path& shp, const fs::path& out, const std::string& driver) {
    const std::string cmd = "ogr2ogr -q -f " + driver + " -nlt MULTIPOLYGON '" + out.string() + "' '" + shp.string() + "'";
    REQUIRE(std::system(cmd.c_str()) == 0);
    return out;
}

// The one layer of `file` in the display CRS as a catalog, read through its spatial index from
// `index_at` features on (SIZE_MAX: read whole).
inline data::Catalog catalog_of(const fs::path& file, size_t index_at) {
    data::LoadOptions o;
    o.target_crs = geo::kDisplayCrs;
    o.read_through_index_at = index_at;
    auto r = data::load_vector_file(file.string(), o);
    REQUIRE(r.layers.size() == 1);
    data::Catalog c;
    c.layers.push_back({std::move(r.layers[0])});
    return c;
}

}  // namespace test_support
