// What a layer's numbers say about its CRS: a guess when the file names none (longitude/
// latitude, or VN-2000 TM-3 in the province they fall in), and a warning when they contradict
// the CRS it names (metres declared, degrees found, or the other way round).
#pragma once

#include <ogr_spatialref.h>

#include <string>

#include "data/diagnostic.h"
#include "data/layer.h"
#include "geo/geometry.h"

namespace data {

struct CrsQuestion {
    const std::string& file;
    const std::string& layer;
    std::string declared;                // the CRS the file names (WKT2), empty if none or not understood
    const OGRSpatialReference* srs;      // the same, as GDAL read it; null if none
    std::string named_in_file;           // a GeoJSON's "crs" member, as written; empty if none
    std::string prj_name;                // the .prj beside a Shapefile, empty if there is none
    geo::Box source_bounds;              // of every coordinate read, before reprojection
    std::string assumed;                 // the user's --crs for files that name none; empty: guess
};

struct SettledCrs {
    std::string crs;  // empty: the layer cannot be placed (an error says why)
    Basis basis = Basis::Declared;
};

// The CRS to place the layer with: the declared one, the one given, or a guess (said in `out`).
SettledCrs settle_crs(const CrsQuestion& q, Diagnostics& out);

// The CRS a GeoJSON file names in its (pre-2016) "crs" member, if any; "" when it names none.
std::string geojson_crs_name(const std::string& path);

}  // namespace data
