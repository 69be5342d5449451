#include "data/vector_loader.h"

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <array>
#include <cmath>
#include <filesystem>
#include <map>

#include "data/shapefile_checks.h"
#include "data/text_encoding.h"

namespace fs = std::filesystem;

namespace data {

namespace {

// Collects GDAL's error messages for the duration of a load instead of letting GDAL print
// them; they are turned into Diagnostics naming the file. GDAL's handler stack is per thread.
class GdalErrorCapture {
public:
    GdalErrorCapture() { CPLPushErrorHandlerEx(&GdalErrorCapture::handle, this); }
    ~GdalErrorCapture() { CPLPopErrorHandler(); }
    GdalErrorCapture(const GdalErrorCapture&) = delete;
    GdalErrorCapture& operator=(const GdalErrorCapture&) = delete;

    // Moves the messages collected so far into `out`, at most `limit` distinct ones.
    void flush(const std::string& file, Diagnostics& out, size_t limit = 5) {
        std::map<std::string, int> seen;
        size_t shown = 0;
        for (const auto& [severity, msg] : messages_) {
            if (seen[msg]++ || shown >= limit) continue;
            ++shown;
            out.push_back({severity, file, "GDAL: " + msg});
        }
        if (messages_.size() > shown) {
            out.push_back({Severity::Warning, file,
                           std::to_string(messages_.size() - shown) + " more GDAL messages like the above"});
        }
        messages_.clear();
    }

private:
    static void CPL_STDCALL handle(CPLErr level, CPLErrorNum, const char* msg) {
        auto* self = static_cast<GdalErrorCapture*>(CPLGetErrorHandlerUserData());
        if (level == CE_Debug || level == CE_None || !self) return;
        self->messages_.emplace_back(level >= CE_Failure ? Severity::Error : Severity::Warning, msg ? msg : "");
    }
    std::vector<std::pair<Severity, std::string>> messages_;
};

// How many features had a given problem, with a few of their ids to quote.
struct ProblemTally {
    size_t count = 0;
    std::vector<int64_t> examples;
    void add(int64_t fid) {
        if (count++ < 3) examples.push_back(fid);
    }
    void report(Diagnostics& out, Severity sev, const std::string& file, const std::string& layer,
                const std::string& what) const {
        if (!count) return;
        std::string ids;
        for (auto id : examples) ids += (ids.empty() ? "" : ", ") + std::to_string(id);
        out.push_back({sev, file,
                       "layer '" + layer + "': " + std::to_string(count) + " feature(s) " + what + " (e.g. FID " + ids +
                           (count > examples.size() ? ", ..." : "") + ")"});
    }
};

struct LayerProblems {
    ProblemTally no_geometry, bad_coordinates, degenerate_rings, other_kind;
};

bool finite(const OGRPoint& p) { return std::isfinite(p.getX()) && std::isfinite(p.getY()); }

// Copies a ring or line, dropping the closing vertex and repeated points. Returns false if a
// coordinate was not finite.
bool copy_curve(const OGRSimpleCurve& curve, bool closed, std::vector<geo::Vec2>& out) {
    out.clear();
    out.reserve(curve.getNumPoints());
    OGRPoint p;
    for (int i = 0; i < curve.getNumPoints(); ++i) {
        curve.getPoint(i, &p);
        if (!finite(p)) return false;
        const geo::Vec2 v{p.getX(), p.getY()};
        if (out.empty() || !(out.back() == v)) out.push_back(v);
    }
    if (closed && out.size() > 1 && out.front() == out.back()) out.pop_back();
    return true;
}

// Appends one OGR geometry into `g` (of its own kind). Records problems by FID.
void append_geometry(const OGRGeometry& geom, geo::Geometry& g, int64_t fid, LayerProblems& problems) {
    const auto type = wkbFlatten(geom.getGeometryType());
    if (geom.IsEmpty()) return;
    if (OGR_GT_IsCurve(type) && type != wkbLineString && type != wkbLinearRing) {
        std::unique_ptr<OGRGeometry> linear(geom.getLinearGeometry());
        if (linear) append_geometry(*linear, g, fid, problems);
        return;
    }
    if (OGR_GT_IsSurface(type) && type != wkbPolygon) {
        std::unique_ptr<OGRGeometry> linear(geom.getLinearGeometry());
        if (linear && wkbFlatten(linear->getGeometryType()) == wkbPolygon) append_geometry(*linear, g, fid, problems);
        return;
    }
    switch (type) {
        case wkbPoint: {
            const auto& p = *geom.toPoint();
            if (!finite(p)) { problems.bad_coordinates.add(fid); return; }
            g.points.push_back({p.getX(), p.getY()});
            return;
        }
        case wkbLineString:
        case wkbLinearRing: {
            geo::LineString line;
            if (!copy_curve(*geom.toSimpleCurve(), false, line)) { problems.bad_coordinates.add(fid); return; }
            if (line.size() >= 2) g.lines.push_back(std::move(line));
            return;
        }
        case wkbPolygon: {
            const auto& poly = *geom.toPolygon();
            geo::Polygon out;
            if (!poly.getExteriorRing() || !copy_curve(*poly.getExteriorRing(), true, out.outer)) {
                problems.bad_coordinates.add(fid);
                return;
            }
            if (out.outer.size() < 3) { problems.degenerate_rings.add(fid); return; }
            for (int i = 0; i < poly.getNumInteriorRings(); ++i) {
                geo::Ring hole;
                if (!copy_curve(*poly.getInteriorRing(i), true, hole)) { problems.bad_coordinates.add(fid); continue; }
                if (hole.size() < 3) { problems.degenerate_rings.add(fid); continue; }
                out.holes.push_back(std::move(hole));
            }
            g.polygons.push_back(std::move(out));
            return;
        }
        case wkbMultiPoint:
        case wkbMultiLineString:
        case wkbMultiPolygon:
        case wkbGeometryCollection:
        case wkbPolyhedralSurface:
        case wkbTIN:
            for (const auto* part : *geom.toGeometryCollection()) append_geometry(*part, g, fid, problems);
            return;
        default:
            problems.other_kind.add(fid);
    }
}

// Splits a converted geometry into its kinds: a GeoJSON feature collection may mix them.
std::array<geo::Geometry, 3> split_by_kind(geo::Geometry&& g) {
    std::array<geo::Geometry, 3> out;
    out[0].kind = geo::GeometryKind::Points;
    out[0].points = std::move(g.points);
    out[1].kind = geo::GeometryKind::Lines;
    out[1].lines = std::move(g.lines);
    out[2].kind = geo::GeometryKind::Polygons;
    out[2].polygons = std::move(g.polygons);
    return out;
}

FieldType field_type(OGRFieldType t) {
    switch (t) {
        case OFTString: return FieldType::String;
        case OFTInteger:
        case OFTInteger64: return FieldType::Integer;
        case OFTReal: return FieldType::Real;
        case OFTDate:
        case OFTDateTime: return FieldType::Date;
        default: return FieldType::Other;
    }
}

// Text decoding for one layer: shapefiles without a .cpg are read raw and decoded here, since
// GDAL would otherwise assume ISO-8859-1 and turn Vietnamese into mojibake.
struct TextDecoder {
    bool raw_bytes = false;          // true: GDAL did not recode; check UTF-8, else try CP1258
    size_t legacy_decoded = 0;
    size_t replaced = 0;

    std::string decode(const char* s) {
        std::string_view v(s);
        if (is_valid_utf8(v)) return std::string(v);
        if (raw_bytes) {
            if (auto converted = to_utf8(v, "CP1258")) {
                ++legacy_decoded;
                return *converted;
            }
        }
        ++replaced;
        return sanitise_utf8(v);
    }
};

bool looks_like_lonlat(const geo::Box& b) {
    return !b.empty() && b.min.x >= -180.0 && b.max.x <= 180.0 && b.min.y >= -90.0 && b.max.y <= 90.0;
}

std::string export_crs(const OGRSpatialReference& srs) {
    char* wkt = nullptr;
    const char* options[] = {"FORMAT=WKT2_2019", nullptr};
    std::string out;
    if (srs.exportToWkt(&wkt, options) == OGRERR_NONE && wkt) out = wkt;
    CPLFree(wkt);
    return out;
}

void read_layer(OGRLayer& src, const std::string& file, const std::optional<fs::path>& prj_path, bool raw_text,
                std::vector<Layer>& out_layers, Diagnostics& file_diags) {
    const std::string name = src.GetName();
    Layer base;
    base.name = name;
    base.source_path = file;

    const OGRFeatureDefn* defn = src.GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        const OGRFieldDefn* fd = defn->GetFieldDefn(i);
        base.fields.push_back({fd->GetNameRef(), field_type(fd->GetType())});
    }

    // Features are sorted into up to three layers by geometry kind; attribute-only features go
    // to the layer of the source's declared kind.
    std::array<Layer, 3> by_kind;
    auto declared = wkbFlatten(src.GetGeomType());
    int declared_slot = -1;
    if (declared == wkbPoint || declared == wkbMultiPoint) declared_slot = 0;
    else if (OGR_GT_IsCurve(declared) || OGR_GT_IsSubClassOf(declared, wkbMultiCurve)) declared_slot = 1;
    else if (OGR_GT_IsSurface(declared) || OGR_GT_IsSubClassOf(declared, wkbMultiSurface)) declared_slot = 2;

    LayerProblems problems;
    TextDecoder decoder{raw_text};
    std::vector<Feature> attribute_only;
    src.ResetReading();
    for (auto& feature : src) {
        Feature f;
        f.source_id = feature->GetFID();
        f.values.reserve(base.fields.size());
        for (int i = 0; i < defn->GetFieldCount(); ++i) {
            if (!feature->IsFieldSetAndNotNull(i)) f.values.emplace_back();
            else f.values.emplace_back(decoder.decode(feature->GetFieldAsString(i)));
        }
        geo::Geometry converted;
        if (const OGRGeometry* geom = feature->GetGeometryRef()) append_geometry(*geom, converted, f.source_id, problems);
        if (converted.empty()) {
            problems.no_geometry.add(f.source_id);
            attribute_only.push_back(std::move(f));
            continue;
        }
        auto parts = split_by_kind(std::move(converted));
        int kinds = 0;
        for (const auto& part : parts) kinds += !part.empty();
        for (int k = 0; k < 3; ++k) {
            if (parts[k].empty()) continue;
            // The attribute values are copied only when one feature spans several kinds.
            auto values = --kinds == 0 ? std::move(f.values) : f.values;
            by_kind[k].features.push_back({f.source_id, std::move(parts[k]), std::move(values)});
        }
    }

    if (declared_slot < 0) {  // unknown declared type (GeoJSON): the kind most features have
        size_t best = 0;
        for (int k = 0; k < 3; ++k)
            if (by_kind[k].features.size() > best) best = by_kind[k].features.size(), declared_slot = k;
    }
    if (declared_slot >= 0)
        for (auto& f : attribute_only) by_kind[declared_slot].features.push_back(std::move(f));

    Diagnostics layer_diags;
    problems.no_geometry.report(layer_diags, Severity::Warning, file, name,
                                "have no geometry or an empty one: listed in tables, not drawn");
    problems.bad_coordinates.report(layer_diags, Severity::Warning, file, name,
                                    "have coordinates that are not numbers (NaN/inf): those parts are skipped");
    problems.degenerate_rings.report(layer_diags, Severity::Warning, file, name,
                                     "have rings with fewer than 3 distinct points: those rings are skipped");
    problems.other_kind.report(layer_diags, Severity::Warning, file, name, "have a geometry type Park Atlas cannot draw");
    if (decoder.legacy_decoded) {
        layer_diags.push_back({Severity::Warning, file,
                               "layer '" + name + "': text is not UTF-8 and no .cpg file names its encoding; " +
                                   std::to_string(decoder.legacy_decoded) +
                                   " values were decoded as Windows-1258 (Vietnamese). Add a .cpg file to be sure"});
    }
    if (decoder.replaced) {
        layer_diags.push_back({Severity::Warning, file,
                               "layer '" + name + "': " + std::to_string(decoder.replaced) +
                                   " text values had invalid characters, shown as \xEF\xBF\xBD"});
    }

    // CRS: from the source, else assumed lon/lat when the numbers allow it, else refused.
    std::string crs;
    if (const OGRSpatialReference* srs = src.GetSpatialRef()) crs = export_crs(*srs);
    size_t total = 0;
    for (const auto& l : by_kind) total += l.features.size();
    geo::Box bounds;
    for (const auto& l : by_kind) bounds.merge(l.bounds());

    if (total == 0) {
        layer_diags.push_back({Severity::Warning, file, "layer '" + name + "' has no features"});
    }
    if (crs.empty() && total > 0) {
        const bool prj_exists = prj_path.has_value();
        if (prj_exists) {
            layer_diags.push_back({Severity::Error, file,
                                   "layer '" + name + "': the CRS in " + prj_path->filename().string() +
                                       " is not one GDAL/PROJ recognises, so the layer cannot be placed on the map"});
        } else if (looks_like_lonlat(bounds)) {
            crs = "EPSG:4326";
            layer_diags.push_back({Severity::Warning, file,
                                   "layer '" + name + "': no CRS given (no .prj file); coordinates look like "
                                   "longitude/latitude, so WGS 84 (EPSG:4326) is assumed"});
        } else {
            layer_diags.push_back({Severity::Error, file,
                                   "layer '" + name + "': no CRS given (no .prj file) and the coordinates are not "
                                   "longitude/latitude, so the layer cannot be placed; add the .prj file"});
        }
    }
    if (crs.empty() && total > 0) {  // not drawable: report and stop here
        file_diags.insert(file_diags.end(), layer_diags.begin(), layer_diags.end());
        return;
    }

    const std::array<const char*, 3> suffix = {" (points)", " (lines)", " (polygons)"};
    int non_empty = 0;
    for (const auto& l : by_kind) non_empty += !l.features.empty();
    bool diags_attached = false;
    for (int k = 0; k < 3; ++k) {
        if (by_kind[k].features.empty()) continue;
        Layer layer = base;
        layer.name = non_empty > 1 ? name + suffix[k] : name;
        layer.kind = static_cast<geo::GeometryKind>(k + 1);
        layer.source_crs = crs;
        layer.crs = crs;
        layer.features = std::move(by_kind[k].features);
        if (!diags_attached) layer.diagnostics = layer_diags, diags_attached = true;
        out_layers.push_back(std::move(layer));
    }
    if (!diags_attached) {  // an empty layer: keep it so the user sees it listed, with its message
        Layer layer = base;
        layer.kind = declared_slot >= 0 ? static_cast<geo::GeometryKind>(declared_slot + 1) : geo::GeometryKind::None;
        layer.source_crs = crs;
        layer.crs = crs;
        layer.diagnostics = layer_diags;
        out_layers.push_back(std::move(layer));
    }
}

}  // namespace

Diagnostics LoadResult::all_diagnostics() const {
    Diagnostics all = diagnostics;
    for (const auto& l : layers) all.insert(all.end(), l.diagnostics.begin(), l.diagnostics.end());
    return all;
}

LoadResult load_vector_file(const std::string& path) {
    static const bool registered = (GDALAllRegister(), true);
    (void)registered;

    LoadResult result;
    std::error_code ec;
    if (!fs::exists(path, ec)) {
        result.diagnostics.push_back({Severity::Error, path, "file not found"});
        return result;
    }
    std::optional<fs::path> prj;
    bool raw_text = false;
    CPLStringList open_options;
    if (is_shapefile_path(path)) {
        const auto parts = find_shapefile_parts(path);
        if (!check_shapefile(path, parts, result.diagnostics)) return result;
        prj = parts.prj;
        // No .cpg and no code page in the .dbf header: take the bytes as they are and decode
        // them ourselves (UTF-8 if valid, else Windows-1258).
        const bool code_page_known = parts.cpg || (parts.dbf && dbf_language_driver(*parts.dbf).value_or(0) != 0);
        if (parts.dbf && !code_page_known) {
            open_options.SetNameValue("ENCODING", "");
            raw_text = true;
        }
    }

    GdalErrorCapture errors;
    const unsigned flags = GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR;
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), flags, nullptr, open_options.List(), nullptr));
    if (!ds) {
        errors.flush(path, result.diagnostics, 3);
        result.diagnostics.push_back({Severity::Error, path, "GDAL cannot open this file as a vector data source"});
        return result;
    }
    if (ds->GetLayerCount() == 0) {
        result.diagnostics.push_back({Severity::Warning, path, "the data source holds no vector layers"});
    }
    for (auto* layer : ds->GetLayers()) {
        read_layer(*layer, path, prj, raw_text, result.layers, result.diagnostics);
    }
    errors.flush(path, result.diagnostics);
    return result;
}

}  // namespace data
