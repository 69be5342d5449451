#include "data/polygon_repair.h"

#include <cpl_error.h>
#include <ogr_geometry.h>

#include <algorithm>
#include <memory>
#include <thread>

#include "data/ogr_convert.h"
#include "geo/polygon_validity.h"

namespace data {

namespace {

// From this many features on, the check is shared between threads.
constexpr size_t kParallelCheckMinFeatures = 16384;

// GEOS's notices ("Self-intersection at or near point ...") go through GDAL's error handler;
// the loader turns those into messages of their own, so they are silenced while GEOS works:
// the repair is reported in the loader's words instead.
class QuietGdal {
public:
    QuietGdal() { CPLPushErrorHandler(CPLQuietErrorHandler); }
    ~QuietGdal() {
        CPLPopErrorHandler();
        CPLErrorReset();
    }
    QuietGdal(const QuietGdal&) = delete;
    QuietGdal& operator=(const QuietGdal&) = delete;
};

std::unique_ptr<OGRLinearRing> to_ogr(const geo::Ring& ring) {
    auto out = std::make_unique<OGRLinearRing>();
    const int n = static_cast<int>(ring.size());
    out->setNumPoints(n + 1, FALSE);
    for (int i = 0; i < n; ++i) out->setPoint(i, ring[i].x, ring[i].y);
    if (n > 0) out->setPoint(n, ring[0].x, ring[0].y);  // OGR rings are closed
    return out;
}

std::unique_ptr<OGRPolygon> to_ogr(const geo::Polygon& polygon) {
    auto out = std::make_unique<OGRPolygon>();
    out->addRingDirectly(to_ogr(polygon.outer).release());
    for (const auto& hole : polygon.holes) out->addRingDirectly(to_ogr(hole).release());
    return out;
}

struct GeosResult {
    bool ok = false;          // false: GEOS is not there, or failed
    bool was_valid = false;   // GEOS found nothing to repair: `parts` is the polygon itself
    std::vector<geo::Polygon> parts;
};

GeosResult repair_with_geos(const geo::Polygon& polygon) {
    GeosResult result;
    if (!OGRGeometryFactory::haveGEOS()) return result;
    QuietGdal quiet;
    const std::unique_ptr<OGRPolygon> ogr = to_ogr(polygon);
    if (ogr->IsValid()) {
        result.ok = result.was_valid = true;
        result.parts.push_back(polygon);
        return result;
    }
    // STRUCTURE (GEOS 3.10+): holes are subtracted from outlines, so the part of a hole that
    // crosses its outline is not filled (LINEWORK's even-odd rule fills it), and a ring that
    // overlaps itself is filled once (LINEWORK leaves the overlap empty).
    const char* const structure[] = {"METHOD=STRUCTURE", "KEEP_COLLAPSED=NO", nullptr};
    std::unique_ptr<OGRGeometry> valid(ogr->MakeValid(structure));
    if (!valid) valid.reset(ogr->MakeValid());
    if (!valid) return result;
    geo::Geometry converted;
    LayerProblems ignored;  // rings GEOS collapsed to fewer than 3 points: nothing to fill
    append_geometry(*valid, converted, -1, ignored);
    result.ok = true;
    result.parts = std::move(converted.polygons);  // lines and points of collapsed parts dropped
    return result;
}

PolygonRepair repaired_kind(geo::PolygonProblem problem) {
    switch (problem) {
        case geo::PolygonProblem::RingsCross: return PolygonRepair::RingsCross;
        case geo::PolygonProblem::HoleOutside: return PolygonRepair::HoleOutside;
        case geo::PolygonProblem::NestedHoles: return PolygonRepair::NestedHoles;
        default: return PolygonRepair::SelfIntersection;
    }
}

// One invalid polygon: what replaces it goes to `out`; `note` records the kinds of repair.
template <class Note>
void repair_polygon(geo::Polygon&& polygon, geo::PolygonValidity validity, std::vector<geo::Polygon>& out, Note&& note) {
    // Holes with nothing inside change nothing drawn: dropped, and the rest checked again.
    bool dropped_hole = false;
    while (validity.problem == geo::PolygonProblem::ZeroArea && validity.ring > 0 &&
           static_cast<size_t>(validity.ring) <= polygon.holes.size()) {
        polygon.holes.erase(polygon.holes.begin() + (validity.ring - 1));
        dropped_hole = true;
        validity = geo::check_polygon(polygon);
    }
    if (dropped_hole) note(PolygonRepair::ZeroAreaHole);
    if (validity.valid()) {
        out.push_back(std::move(polygon));
        return;
    }
    if (validity.problem == geo::PolygonProblem::ZeroArea) {  // the outline encloses nothing
        note(PolygonRepair::ZeroArea);
        return;
    }
    if (validity.problem == geo::PolygonProblem::NonFinite) {  // nothing GEOS could do
        note(PolygonRepair::NotRepaired);
        out.push_back(std::move(polygon));
        return;
    }
    GeosResult fixed = repair_with_geos(polygon);
    if (!fixed.ok) {
        note(PolygonRepair::NotRepaired);
        out.push_back(std::move(polygon));
        return;
    }
    if (fixed.was_valid) {  // GEOS's exact arithmetic disagrees with ours: nothing to repair
        out.push_back(std::move(polygon));
        return;
    }
    if (fixed.parts.empty()) {
        note(PolygonRepair::ZeroArea);
        return;
    }
    note(repaired_kind(validity.problem));
    for (auto& part : fixed.parts) out.push_back(std::move(part));
}

// An invalid polygon found by the check: feature, polygon of that feature, and why.
struct Invalid {
    size_t feature;
    size_t polygon;
    geo::PolygonValidity validity;
};

// A hint that `p` will be read soon; never faults (null is fine). In assembly on x86: GCC 12
// drops __builtin_prefetch here, as a call without side effects, with what computes its address.
inline void prefetch(const void* p) {
#if defined(__GNUC__) && defined(__x86_64__)
    asm volatile("prefetcht0 (%0)" : : "r"(p));
#else
    __builtin_prefetch(p);
#endif
}

// Features' polygons lie all over the heap, and checking one takes less time than fetching it:
// the polygons a few features ahead are asked for early (their outer rings a little later, once
// the polygon is there to say where they are), so that their cache misses overlap.
inline void prefetch_ahead(const std::vector<Feature>& features, size_t i, size_t end) {
    constexpr size_t kPolygonsAhead = 8, kRingsAhead = 4, kRingLines = 6;  // ~25 vertices a parcel
    if (i + kPolygonsAhead < end) prefetch(features[i + kPolygonsAhead].geometry.polygons.data());
    if (i + kRingsAhead < end) {
        const auto& polygons = features[i + kRingsAhead].geometry.polygons;
        if (polygons.empty() || polygons.front().outer.empty()) return;
        const char* ring = reinterpret_cast<const char*>(polygons.front().outer.data());
        const size_t lines = std::min(kRingLines, (polygons.front().outer.size() * sizeof(geo::Vec2) + 63) / 64);
        for (size_t line = 0; line < lines; ++line) prefetch(ring + 64 * line);
    }
}

void check_features(const std::vector<Feature>& features, size_t begin, size_t end, std::vector<Invalid>& found) {
    for (size_t i = begin; i < end; ++i) {
        prefetch_ahead(features, i, end);
        const auto& polygons = features[i].geometry.polygons;
        for (size_t p = 0; p < polygons.size(); ++p)
            if (const auto v = geo::check_polygon(polygons[p]); !v.valid()) found.push_back({i, p, v});
    }
}

}  // namespace

void RepairTally::add(PolygonRepair kind, int64_t fid) {
    Kind& k = kinds[static_cast<size_t>(kind)];
    if (k.count++ < 3) k.examples.push_back(fid);
}

size_t RepairTally::total() const {
    size_t n = 0;
    for (const auto& k : kinds) n += k.count;
    return n;
}

void RepairTally::report(Diagnostics& out, const std::string& file, const std::string& layer) const {
    using i18n::N_;
    static const std::array<const char*, kPolygonRepairKinds> texts = {
        N_("layer '{0}': {1} self-intersecting polygon(s) repaired with GEOS (e.g. FID {2})"),
        N_("layer '{0}': {1} polygon(s) with a hole crossing their outline or another hole repaired with GEOS "
           "(e.g. FID {2})"),
        N_("layer '{0}': {1} polygon(s) with a hole outside their outline repaired with GEOS: each such hole is "
           "drawn as an area of its own (e.g. FID {2})"),
        N_("layer '{0}': {1} polygon(s) with a hole inside another hole repaired with GEOS (e.g. FID {2})"),
        N_("layer '{0}': {1} polygon(s) with zero area (nothing inside their outline) left out of the map; the "
           "features stay in the tables (e.g. FID {2})"),
        N_("layer '{0}': {1} polygon(s) with a hole of zero area: the hole is ignored (e.g. FID {2})"),
        N_("layer '{0}': {1} invalid polygon(s) could not be repaired (GEOS is missing or failed): drawn as "
           "they are, and may look wrong (e.g. FID {2})"),
    };
    for (size_t k = 0; k < kPolygonRepairKinds; ++k) {
        ProblemTally tally;
        tally.count = kinds[k].count;
        tally.examples = kinds[k].examples;
        tally.report(out, Severity::Warning, file, layer, texts[k]);
    }
}

RepairTally repair_invalid_polygons(std::vector<Feature>& features, unsigned threads) {
    // The check, in parallel for big layers: each thread its own run of features.
    std::vector<Invalid> invalid;
    const size_t n = features.size();
    threads = n >= kParallelCheckMinFeatures ? std::max(1u, threads) : 1u;
    if (threads == 1) {
        check_features(features, 0, n, invalid);
    } else {
        std::vector<std::vector<Invalid>> found(threads);
        std::vector<std::thread> pool;
        for (unsigned t = 1; t < threads; ++t)
            pool.emplace_back([&, t] { check_features(features, n * t / threads, n * (t + 1) / threads, found[t]); });
        check_features(features, 0, n / threads, found[0]);
        for (auto& th : pool) th.join();
        for (auto& part : found) invalid.insert(invalid.end(), part.begin(), part.end());
    }

    // The repairs, in feature order (few: GEOS is called for these only).
    RepairTally tally;
    for (size_t i = 0; i < invalid.size();) {
        Feature& f = features[invalid[i].feature];
        unsigned noted = 0;  // kinds already counted for this feature
        auto note = [&](PolygonRepair kind) {
            const unsigned bit = 1u << static_cast<unsigned>(kind);
            if (!(noted & bit)) noted |= bit, tally.add(kind, f.source_id);
        };
        std::vector<geo::Polygon> kept;
        kept.reserve(f.geometry.polygons.size());
        for (size_t p = 0; p < f.geometry.polygons.size(); ++p) {
            if (i < invalid.size() && &features[invalid[i].feature] == &f && invalid[i].polygon == p) {
                repair_polygon(std::move(f.geometry.polygons[p]), invalid[i].validity, kept, note);
                ++i;
            } else {
                kept.push_back(std::move(f.geometry.polygons[p]));
            }
        }
        f.geometry.polygons = std::move(kept);
        if (f.geometry.empty()) f.geometry.kind = geo::GeometryKind::None;  // as a feature read without geometry
    }
    return tally;
}

std::optional<std::vector<geo::Polygon>> make_valid(const geo::Polygon& polygon) {
    GeosResult result = repair_with_geos(polygon);
    if (!result.ok) return std::nullopt;
    return std::move(result.parts);
}

}  // namespace data
