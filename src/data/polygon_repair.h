// Invalid polygons made valid before anything triangulates them (issue #16). Every polygon of a
// layer is checked (geo::check_polygon, fast enough for a million parcels); the few invalid
// ones are repaired with GEOS through OGRGeometry::MakeValid, keeping their polygonal parts
// (one invalid polygon may become several, or none), and each kind of problem is reported once
// per layer with its count and a few FIDs: nothing is dropped silently. No GDAL type here.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "data/diagnostic.h"
#include "data/layer.h"
#include "geo/geometry.h"

namespace data {

// What was done to a feature's polygon, one kind per message.
enum class PolygonRepair {
    SelfIntersection,  // repaired with GEOS: a ring crossed or touched itself, or ran back over an edge
    RingsCross,        // repaired with GEOS: a hole crossed or overlapped the outline or another hole
    HoleOutside,       // repaired with GEOS: a hole lay outside the outline (it becomes an area of its own)
    NestedHoles,       // repaired with GEOS: a hole lay inside another hole
    ZeroArea,          // the polygon encloses nothing (as read, or once repaired): left out of the map
    ZeroAreaHole,      // a hole that encloses nothing: left out, the fill is the same
    NotRepaired,       // invalid, but GEOS is missing or failed: kept as it was
};
inline constexpr size_t kPolygonRepairKinds = 7;

// Features per kind of repair (a feature counts once per kind, however many of its polygons
// had it), with the first few FIDs to quote.
struct RepairTally {
    struct Kind {
        size_t count = 0;
        std::vector<int64_t> examples;
    };
    std::array<Kind, kPolygonRepairKinds> kinds;

    void add(PolygonRepair kind, int64_t fid);
    size_t count(PolygonRepair kind) const { return kinds[static_cast<size_t>(kind)].count; }
    size_t total() const;
    // One warning per kind found: "layer '{0}': {1} ... (e.g. FID {2})", as the loader's others.
    void report(Diagnostics& out, const std::string& file, const std::string& layer) const;
};

// Checks every polygon of `features` (any feature may hold several, or none) and repairs the
// invalid ones in place: a hole with zero area is dropped, a polygon whose outline encloses
// nothing is dropped (a feature left with no polygon keeps its attributes, with an empty
// geometry, like a feature read without one), and any other invalid polygon is replaced by the
// polygons make_valid returns. Valid polygons are not touched. The check runs on `threads`
// threads for big layers; GEOS is called only for the invalid polygons.
RepairTally repair_invalid_polygons(std::vector<Feature>& features, unsigned threads = 1);

// The polygonal parts of one polygon made valid by GEOS (OGRGeometry::MakeValid with
// METHOD=STRUCTURE: each ring made valid on its own, a self-overlapping ring filled once, and
// holes subtracted from the outline, so the part of a hole that crosses its outline is not
// filled, as LINEWORK's even-odd rule would fill it; a hole wholly outside its outline becomes
// an area of its own, as GEOS, PostGIS and QGIS's "Fix geometries" make it). LINEWORK where
// STRUCTURE is not available. Lines and points GEOS leaves of collapsed parts are dropped, so
// the result may be empty. The polygon itself when GEOS finds it valid already. nullopt when
// GEOS is not available or fails.
std::optional<std::vector<geo::Polygon>> make_valid(const geo::Polygon& polygon);

}  // namespace data
