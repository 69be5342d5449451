#include "data/indexed_source.h"

#include <cpl_string.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "data/feature_transform.h"
#include "data/gdal_error_capture.h"
#include "data/ogr_convert.h"
#include "data/polygon_repair.h"
#include "geo/approx_transform.h"
#include "geo/crs.h"

namespace data {

struct IndexedSource::Reader {
    GDALDatasetUniquePtr dataset;
    OGRLayer* layer = nullptr;
    std::optional<geo::ApproxTransformer> to_display;  // none: the source is in the display CRS
    std::optional<geo::Transformer> to_source;
};

namespace {

constexpr size_t kProgressEvery = 65536;

// A box through a transform: its edges sampled (a projected box is not a box), the envelope of
// what comes out. Empty when nothing could be transformed.
template <class Transform>
geo::Box transform_box(const geo::Box& box, const Transform& t, int steps = 8) {
    std::vector<geo::Vec2> points;
    for (int i = 0; i <= steps; ++i) {
        const double u = double(i) / steps;
        const double x = box.min.x + u * (box.max.x - box.min.x), y = box.min.y + u * (box.max.y - box.min.y);
        points.insert(points.end(), {{x, box.min.y}, {x, box.max.y}, {box.min.x, y}, {box.max.x, y}});
    }
    t.transform(std::span<geo::Vec2>(points));
    geo::Box out;
    for (const geo::Vec2& p : points)
        if (std::isfinite(p.x) && std::isfinite(p.y)) out.expand(p);
    return out;
}

// A small feature's box through the transform by its corners: enough for a parcel, and four
// points instead of thirty-six for each of millions of rows.
geo::Box corner_box(double x0, double y0, double x1, double y1, const std::optional<geo::ApproxTransformer>& t) {
    std::array<geo::Vec2, 4> c{{{x0, y0}, {x1, y0}, {x0, y1}, {x1, y1}}};
    if (t) t->transform(std::span<geo::Vec2>(c));
    geo::Box out;
    for (const geo::Vec2& p : c)
        if (std::isfinite(p.x) && std::isfinite(p.y)) out.expand(p);
    return out;
}

std::string quoted(const std::string& name) {
    std::string out = "\"";
    for (char ch : name) out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
    return out + "\"";
}

}  // namespace

IndexedSource::IndexedSource(Description description) : d_(std::move(description)) {}
IndexedSource::~IndexedSource() = default;

std::unique_ptr<IndexedSource::Reader> IndexedSource::take_reader() const {
    {
        std::lock_guard lock(mutex_);
        if (!idle_.empty()) {
            auto r = std::move(idle_.back());
            idle_.pop_back();
            return r;
        }
    }
    auto r = std::make_unique<Reader>();
    CPLStringList options;
    for (const std::string& o : d_.open_options) options.AddString(o.c_str());
    GdalErrorCapture quiet;  // the file opened once already; what it says again was said then
    const unsigned flags = GDAL_OF_VECTOR | GDAL_OF_READONLY;
    r->dataset.reset(GDALDataset::Open(d_.path.c_str(), flags, nullptr, options.List(), nullptr));
    if (r->dataset && d_.layer_index < r->dataset->GetLayerCount()) r->layer = r->dataset->GetLayer(d_.layer_index);
    if (!d_.target_crs.empty() && d_.source_crs != d_.target_crs) {
        if (auto exact = geo::Transformer::create(d_.source_crs, d_.target_crs)) {
            geo::ApproxOptions approx;
            r->to_display = geo::ApproxTransformer::build(std::move(*exact), d_.source_extent, approx);
        }
        r->to_source = geo::Transformer::create(d_.target_crs, d_.source_crs);
    }
    return r;
}

void IndexedSource::give_back(std::unique_ptr<Reader> reader) const {
    if (!reader || !reader->layer) return;
    std::lock_guard lock(mutex_);
    if (idle_.size() < 4) idle_.push_back(std::move(reader));
}

geo::Box IndexedSource::extent() const {
    auto reader = take_reader();
    geo::Box out = d_.source_extent;
    if (reader->to_display) out = transform_box(d_.source_extent, *reader->to_display);
    give_back(std::move(reader));
    return out;
}

std::shared_ptr<const RowIndex> IndexedSource::read_index(const std::optional<geo::Box>& box,
                                                          const std::atomic<bool>* cancel,
                                                          const IndexProgress& progress) const {
    auto reader = take_reader();
    auto rows = std::make_shared<RowIndex>();
    if (!reader->layer) return rows;
    std::optional<geo::Box> in_source = box;
    if (box && reader->to_source) in_source = transform_box(*box, *reader->to_source);
    if (!box) {
        rows->fids.reserve(d_.total);
        rows->boxes.reserve(d_.total);
    }
    auto stopped = [&] { return cancel && cancel->load(std::memory_order_relaxed); };
    auto tick = [&] {
        if (progress && rows->size() % kProgressEvery == 0) progress(rows->size(), d_.total);
    };
    auto add = [&](int64_t fid, double x0, double y0, double x1, double y1) {
        const geo::Box b = corner_box(x0, y0, x1, y1, reader->to_display);
        if (b.empty()) return;
        rows->fids.push_back(fid);
        rows->boxes.push_back(b);
        tick();
    };
    bool cancelled = false;
    if (!d_.rtree_table.empty()) {
        // A GeoPackage's R-tree holds every feature's box: read them straight, no geometry parsed.
        std::string sql = "SELECT id, minx, maxx, miny, maxy FROM " + quoted(d_.rtree_table);
        if (in_source) {  // every digit: std::to_string's six decimals would cut a lon/lat box
            const auto num = [](double v) {
                char buf[32];
                std::snprintf(buf, sizeof buf, "%.17g", v);
                return std::string(buf);
            };
            sql += " WHERE maxx >= " + num(in_source->min.x) + " AND minx <= " + num(in_source->max.x) +
                   " AND maxy >= " + num(in_source->min.y) + " AND miny <= " + num(in_source->max.y);
        }
        OGRLayer* result = reader->dataset->ExecuteSQL(sql.c_str(), nullptr, nullptr);
        if (result) {
            while (OGRFeatureUniquePtr f{result->GetNextFeature()}) {
                add(f->GetFieldAsInteger64(0), f->GetFieldAsDouble(1), f->GetFieldAsDouble(3), f->GetFieldAsDouble(2),
                    f->GetFieldAsDouble(4));
                if (rows->size() % 4096 == 0 && stopped()) { cancelled = true; break; }
            }
            reader->dataset->ReleaseResultSet(result);
        }
    } else {
        // Another indexed format: the spatial filter goes through its index; only geometries are read.
        OGRLayer& layer = *reader->layer;
        CPLStringList ignored;
        const OGRFeatureDefn* defn = layer.GetLayerDefn();
        for (int i = 0; i < defn->GetFieldCount(); ++i) ignored.AddString(defn->GetFieldDefn(i)->GetNameRef());
        ignored.AddString("OGR_STYLE");
        layer.SetIgnoredFields(const_cast<const char**>(ignored.List()));
        if (in_source) layer.SetSpatialFilterRect(in_source->min.x, in_source->min.y, in_source->max.x, in_source->max.y);
        layer.ResetReading();
        while (OGRFeatureUniquePtr f{layer.GetNextFeature()}) {
            const OGRGeometry* g = f->GetGeometryRef();
            if (!g || g->IsEmpty()) continue;
            OGREnvelope e;
            g->getEnvelope(&e);
            add(f->GetFID(), e.MinX, e.MinY, e.MaxX, e.MaxY);
            if (rows->size() % 4096 == 0 && stopped()) { cancelled = true; break; }
        }
        layer.SetSpatialFilter(nullptr);
        layer.SetIgnoredFields(nullptr);
    }
    give_back(std::move(reader));
    if (cancelled || stopped()) return std::make_shared<RowIndex>();
    rows->complete = !box;
    if (progress) progress(rows->size(), d_.total);
    return rows;
}

std::vector<Feature> IndexedSource::read(std::span<const int64_t> fids) const {
    auto reader = take_reader();
    std::vector<Feature> out(fids.size());
    if (!reader->layer) return out;
    TextDecoder decoder;
    decoder.raw_bytes = d_.raw_text;
    decoder.encoding = d_.encoding;
    LayerProblems problems;  // said when the layer was opened; a chunk's own are not repeated
    const int fields = reader->layer->GetLayerDefn()->GetFieldCount();
    for (size_t i = 0; i < fids.size(); ++i) {
        Feature& f = out[i];
        f.source_id = fids[i];
        OGRFeatureUniquePtr feature{reader->layer->GetFeature(fids[i])};
        if (!feature) continue;
        FieldValues::Builder values;
        values.reserve(fields);
        for (int k = 0; k < fields; ++k) {
            if (!feature->IsFieldSetAndNotNull(k)) values.add(std::nullopt);
            else values.add(decoder.decode(feature->GetFieldAsString(k)));
        }
        f.values = values.build();
        if (const OGRGeometry* g = feature->GetGeometryRef()) append_geometry(*g, f.geometry, f.source_id, problems);
        // A polygon layer (indexed_layer_reader reads no other kind): its polygons only, as the
        // whole-file load sorts them.
        f.geometry.points.clear();
        f.geometry.lines.clear();
        f.geometry.kind = f.geometry.polygons.empty() ? geo::GeometryKind::None : geo::GeometryKind::Polygons;
    }
    if (reader->to_display) transform_features(*reader->to_display, out);
    give_back(std::move(reader));
    repair_invalid_polygons(out);
    return out;
}

Feature IndexedSource::read_one(int64_t fid) const {
    {
        std::lock_guard lock(mutex_);
        for (const Feature& f : recent_)
            if (f.source_id == fid) return f;
    }
    Feature f = std::move(read(std::span<const int64_t>(&fid, 1)).front());
    std::lock_guard lock(mutex_);
    if (recent_.size() >= 8) recent_.erase(recent_.begin());
    recent_.push_back(f);
    return f;
}

}  // namespace data
