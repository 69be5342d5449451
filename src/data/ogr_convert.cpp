#include "data/ogr_convert.h"

#include <ogr_geometry.h>
#include <ogr_spatialref.h>
#include <cpl_conv.h>

#include <array>
#include <cmath>
#include <memory>

#include "data/text_encoding.h"

namespace data {

namespace {

bool finite(const OGRPoint& p) { return std::isfinite(p.getX()) && std::isfinite(p.getY()); }

// Copies a ring or line, dropping the closing vertex and repeated points. Returns false if a
// coordinate was not finite. Reads GDAL's point array directly (getX/getY are inline) and
// reserves exactly what a clean ring keeps, so the ring is allocated once, at its final size.
bool copy_curve(const OGRSimpleCurve& curve, bool closed, std::vector<geo::Vec2>& out) {
    out.clear();
    int n = curve.getNumPoints();
    if (closed && n > 1 && curve.getX(0) == curve.getX(n - 1) && curve.getY(0) == curve.getY(n - 1)) --n;
    out.reserve(n);
    for (int i = 0; i < n; ++i) {
        const geo::Vec2 v{curve.getX(i), curve.getY(i)};
        if (!std::isfinite(v.x) || !std::isfinite(v.y)) return false;
        if (out.empty() || !(out.back() == v)) out.push_back(v);
    }
    if (closed && out.size() > 1 && out.front() == out.back()) out.pop_back();
    return true;
}

// Number of kinds a converted geometry holds, and the slot (0 points, 1 lines, 2 polygons) of
// the last one.
int count_kinds(const geo::Geometry& g, int& slot) {
    int kinds = 0;
    if (!g.points.empty()) ++kinds, slot = 0;
    if (!g.lines.empty()) ++kinds, slot = 1;
    if (!g.polygons.empty()) ++kinds, slot = 2;
    return kinds;
}

}  // namespace

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
            out.holes.reserve(poly.getNumInteriorRings());
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

void add_to_batch(Feature&& f, geo::Geometry&& g, FeatureBatch& batch) {
    int slot = 0;
    if (count_kinds(g, slot) == 1) {  // the common case: move everything, no copy
        g.kind = static_cast<geo::GeometryKind>(slot + 1);
        f.geometry = std::move(g);
        batch.by_kind[slot].push_back(std::move(f));
        return;
    }
    std::array<geo::Geometry, 3> parts;
    parts[0].points = std::move(g.points);
    parts[1].lines = std::move(g.lines);
    parts[2].polygons = std::move(g.polygons);
    int kinds = 3 - parts[0].empty() - parts[1].empty() - parts[2].empty();
    for (int k = 0; k < 3; ++k) {
        if (parts[k].empty()) continue;
        parts[k].kind = static_cast<geo::GeometryKind>(k + 1);
        auto values = --kinds == 0 ? std::move(f.values) : f.values;
        batch.by_kind[k].push_back({f.source_id, std::move(parts[k]), std::move(values)});
    }
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


std::string TextDecoder::decode(const char* s) {
    std::string_view v(s);
    if (raw_bytes && encoding != TextEncoding::Utf8) {
        // VISCII gives six control codes letters, so even "ASCII" goes through the table.
        size_t bad = 0;
        std::string text = decode_text(v, encoding, &bad);
        if (bad) ++replaced;
        if (text.size() != v.size() || text != v) ++legacy_decoded;
        return text;
    }
    if (is_valid_utf8(v)) return std::string(v);  // ASCII is checked 8 bytes at a time
    ++replaced;
    return sanitise_utf8(v);
}

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


}  // namespace data
