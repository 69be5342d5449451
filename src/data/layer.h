// A vector layer as plain data: what the loader produces and everything downstream reads.
// No GDAL types here.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "data/diagnostic.h"
#include "data/field_values.h"
#include "geo/geometry.h"

namespace data {

class IndexedSource;
struct RowIndex;

enum class FieldType { String, Integer, Real, Date, Other };

struct Field {
    std::string name;
    FieldType type = FieldType::String;
};

struct Feature {
    int64_t source_id = -1;                          // FID in the source file
    geo::Geometry geometry;                          // in the layer's current CRS; may be empty
    FieldValues values;                              // one per field; nullopt = NULL/unknown
};

// How the file told what it is: its format, and whether its CRS and text encoding were named in
// it, guessed from its content, or given by the user. For --info and the layer's details.
enum class Basis { Declared, Guessed, Given, Unknown };
const char* to_string(Basis basis);  // in English (a catalogue entry)

struct Provenance {
    std::string driver;                   // GDAL's name of the format: "ESRI Shapefile", "Microstation DGN"
    Basis crs = Basis::Declared;
    std::string encoding;                 // "UTF-8", "TCVN3 (ABC)"; empty: no text, or recoded by GDAL as declared
    Basis encoding_basis = Basis::Declared;
    double encoding_confidence = 1.0;     // of a detection, 0..1
};

struct Layer {
    std::string name;              // layer name, e.g. "parks"
    std::string source_path;       // the file it came from (a database's connection string, password masked)
    // A database layer's connection string as given, password included, to read it again
    // (refresh); empty for files. Never shown, logged or saved: show source_path.
    std::string source_connection;
    std::string source_crs;        // CRS definition as read (WKT2), empty if unknown
    std::string source_crs_label;  // e.g. "VN-2000 / TM-3 105-45 (EPSG:9210), with TOWGS84 datum shift"
    std::string crs;               // CRS the geometries are in now (source_crs, or the display CRS after reprojection)
    geo::GeometryKind kind = geo::GeometryKind::None;
    std::vector<Field> fields;
    std::vector<Feature> features;
    // A field whose text is drawn on the map at each point: a CAD drawing's text elements (the
    // "Text" of a DGN). Empty for layers whose points are pins.
    std::string text_field;
    Provenance provenance;
    Diagnostics diagnostics;       // what went wrong or was assumed while loading this layer
    // A big layer read where the view is (data/indexed_source.h): `features` stays empty, and
    // feature i is row i of `rows`, read from `indexed` when a view, a click or a table needs it.
    std::shared_ptr<const IndexedSource> indexed;
    std::shared_ptr<const RowIndex> rows;
    // A big Shapefile read whole for want of a spatial index: the window offers to write one
    // beside it (data/sidecar_index.h) and to read the layer again through it.
    bool index_can_be_written = false;

    // Features in the layer, whether held here or in an indexed file.
    size_t feature_count() const;
    // Feature i, read from the file for an indexed layer (a copy either way).
    Feature feature_copy(size_t i) const;
    // Feature i: a reference into `features`, or for an indexed layer the copy read into `read`.
    const Feature& feature_ref(size_t i, Feature& read) const {
        if (!rows) return features[i];
        return read = feature_copy(i);
    }
    // Feature i's box in the layer's CRS.
    geo::Box feature_bounds(size_t i) const;

    std::optional<size_t> field_index(std::string_view field_name) const {
        for (size_t i = 0; i < fields.size(); ++i)
            if (fields[i].name == field_name) return i;
        return std::nullopt;
    }
    // The value of a field for a feature, or nullopt if the field is missing or NULL.
    std::optional<std::string> text(const Feature& f, std::string_view field_name) const {
        auto i = field_index(field_name);
        if (!i || *i >= f.values.size()) return std::nullopt;
        const auto v = f.values[*i];
        return v ? std::optional<std::string>(*v) : std::nullopt;
    }
    std::optional<double> number(const Feature& f, std::string_view field_name) const;

    size_t count_with_geometry() const {
        if (rows) return feature_count();
        size_t n = 0;
        for (const auto& f : features) n += !f.geometry.empty();
        return n;
    }
    geo::Box bounds() const {
        geo::Box b;
        if (rows) return indexed_bounds();
        for (const auto& f : features) b.merge(f.geometry.bounds());
        return b;
    }

private:
    geo::Box indexed_bounds() const;
};

// "points", "lines"... in English (a catalogue entry: show it with i18n::tr).
const char* to_string(geo::GeometryKind kind);

}  // namespace data
