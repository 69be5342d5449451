// Turns GDAL features into the plain structs of data/layer.h: geometries normalised to the
// three kinds, text decoded to UTF-8, and every problem tallied by FID for one warning.
#pragma once

#include <ogr_core.h>

#include <cstdint>
#include <string>
#include <vector>

#include "data/legacy_vietnamese.h"
#include "data/diagnostic.h"
#include "data/layer.h"
#include "data/transform_pipeline.h"
#include "geo/geometry.h"

class OGRGeometry;
class OGRSpatialReference;

namespace data {

// How many features had a given problem, with a few of their ids to quote.
struct ProblemTally {
    size_t count = 0;
    std::vector<int64_t> examples;
    void add(int64_t fid) {
        if (count++ < 3) examples.push_back(fid);
    }
    void merge(const ProblemTally& later) {
        for (auto id : later.examples)
            if (examples.size() < 3) examples.push_back(id);
        count += later.count;
    }
    // `text`: a catalogue entry with {0} the layer, {1} the count and {2} the example ids.
    void report(Diagnostics& out, Severity sev, const std::string& file, const std::string& layer,
                const char* text) const {
        if (!count) return;
        std::string ids;
        for (auto id : examples) ids += (ids.empty() ? "" : ", ") + std::to_string(id);
        if (count > examples.size()) ids += ", ...";
        out.push_back(diagnostic(sev, file, text, {layer, std::to_string(count), ids}));
    }
};

struct LayerProblems {
    ProblemTally no_geometry, bad_coordinates, degenerate_rings, other_kind;
    void merge(const LayerProblems& later) {
        no_geometry.merge(later.no_geometry);
        bad_coordinates.merge(later.bad_coordinates);
        degenerate_rings.merge(later.degenerate_rings);
        other_kind.merge(later.other_kind);
    }
};

// Appends one OGR geometry into `g` (of its own kind). Records problems by FID.
void append_geometry(const OGRGeometry& geom, geo::Geometry& g, int64_t fid, LayerProblems& problems);

// Sorts one feature into the batch by geometry kind. A GeoJSON feature collection may mix
// kinds inside one feature; the attribute values are copied only then.
void add_to_batch(Feature&& f, geo::Geometry&& g, FeatureBatch& batch);

FieldType field_type(OGRFieldType t);

// Text decoding for one layer: shapefiles without a .cpg are read raw and decoded here, since
// GDAL would otherwise assume ISO-8859-1 and turn Vietnamese into mojibake.
struct TextDecoder {
    bool raw_bytes = false;          // true: GDAL did not recode; the bytes are read as `encoding`
    TextEncoding encoding = TextEncoding::Utf8;
    size_t legacy_decoded = 0;       // values with non-ASCII bytes read from a legacy encoding
    size_t replaced = 0;             // values with bytes that mean nothing in their encoding

    std::string decode(const char* s);
};

bool looks_like_lonlat(const geo::Box& b);

// The CRS as WKT2, or empty when GDAL cannot export it.
std::string export_crs(const OGRSpatialReference& srs);

}  // namespace data
