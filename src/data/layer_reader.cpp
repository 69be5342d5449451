#include "data/layer_reader.h"

#include <array>
#include <atomic>
#include <chrono>
#include <memory>
#include <string_view>
#include <thread>
#include <utility>

#include "data/crs_checks.h"
#include "data/feature_transform.h"
#include "data/ogr_convert.h"
#include "data/polygon_repair.h"
#include "data/reproject.h"
#include "data/transform_pipeline.h"
#include "geo/approx_transform.h"

namespace fs = std::filesystem;

namespace data {

namespace {

constexpr size_t kBatchSize = 4096;

// Source extent known without a pass over the data (Shapefile header, GeoPackage metadata).
geo::Box cheap_extent(OGRLayer& src) {
    geo::Box box;
    OGREnvelope env;
    if (src.TestCapability(OLCFastGetExtent) && src.GetExtent(&env, FALSE) == OGRERR_NONE) {
        box.expand({env.MinX, env.MinY});
        box.expand({env.MaxX, env.MaxY});
    }
    return box;
}

// The transform used while reading, when the source CRS is known up front and a transform to
// the target exists. Otherwise nullopt: the layer is reprojected after reading by
// reproject_layer, which also reports a missing transformation in its usual words.
std::optional<geo::ApproxTransformer> pipeline_transform(OGRLayer& src, const std::string& crs,
                                                         const LoadOptions& options, std::string& source_label) {
    if (options.target_crs.empty() || crs.empty() || crs == options.target_crs) return std::nullopt;
    auto exact = geo::Transformer::create(crs, options.target_crs);
    if (!exact) return std::nullopt;
    source_label = exact->source_name();
    geo::ApproxOptions approx;
    approx.tolerance = options.approx_tolerance;
    return geo::ApproxTransformer::build(std::move(*exact), approx.tolerance > 0 ? cheap_extent(src) : geo::Box{}, approx);
}

// Up to `limit` values of a text field from the start of the layer, as raw bytes; leaves the
// layer to be read from its start.
std::vector<std::string> text_sample(OGRLayer& src, const char* field, size_t limit = 2000) {
    std::vector<std::string> sample;
    const int index = src.GetLayerDefn()->GetFieldIndex(field);
    if (index < 0) return sample;
    src.ResetReading();
    while (sample.size() < limit) {
        OGRFeatureUniquePtr feature{src.GetNextFeature()};
        if (!feature) break;
        if (feature->IsFieldSetAndNotNull(index)) sample.emplace_back(feature->GetFieldAsString(index));
    }
    src.ResetReading();
    return sample;
}

// What one reader made of a run of features, in reading order.
struct ReadPart {
    std::array<std::vector<Feature>, 3> by_kind;  // points, lines, polygons
    std::array<DroppedFeatures, 3> dropped;       // by the transform
    std::vector<Feature> attribute_only;
    LayerProblems problems;
    TextDecoder decoder;
    geo::Box source_bounds;  // of every geometry read, before reprojection: what the numbers say about the CRS

    TransformPipeline::Sink sink() {
        return [this](FeatureBatch& batch) {
            for (size_t k = 0; k < 3; ++k) {
                auto& dst = by_kind[k];
                dst.insert(dst.end(), std::make_move_iterator(batch.by_kind[k].begin()),
                           std::make_move_iterator(batch.by_kind[k].end()));
                dropped[k].merge(batch.dropped[k]);
            }
        };
    }
    // Appends what a reader of the following features made.
    void append(ReadPart& later) {
        for (size_t k = 0; k < 3; ++k) {
            by_kind[k].insert(by_kind[k].end(), std::make_move_iterator(later.by_kind[k].begin()),
                              std::make_move_iterator(later.by_kind[k].end()));
            later.by_kind[k] = {};
            dropped[k].merge(later.dropped[k]);
        }
        attribute_only.insert(attribute_only.end(), std::make_move_iterator(later.attribute_only.begin()),
                              std::make_move_iterator(later.attribute_only.end()));
        problems.merge(later.problems);
        source_bounds.merge(later.source_bounds);
        decoder.legacy_decoded += later.decoder.legacy_decoded;
        decoder.replaced += later.decoder.replaced;
    }
};

// Reads features from where `src` stands up to (not including) FID `stop_fid` (-1: the end),
// in batches through `pipeline`. After each batch `after_batch(features read)` says whether to
// go on. Returns false when it said stop.
template <class AfterBatch>
bool read_features(OGRLayer& src, GIntBig stop_fid, ReadPart& part, TransformPipeline& pipeline,
                   AfterBatch&& after_batch) {
    const OGRFeatureDefn* defn = src.GetLayerDefn();
    const int fields = defn->GetFieldCount();
    FeatureBatch batch;
    size_t in_batch = 0, read = 0;
    while (OGRFeatureUniquePtr feature{src.GetNextFeature()}) {
        if (stop_fid >= 0 && feature->GetFID() >= stop_fid) break;
        Feature f;
        f.source_id = feature->GetFID();
        FieldValues::Builder values;
        values.reserve(fields);
        for (int i = 0; i < fields; ++i) {
            if (!feature->IsFieldSetAndNotNull(i)) values.add(std::nullopt);
            else values.add(part.decoder.decode(feature->GetFieldAsString(i)));
        }
        f.values = values.build();
        geo::Geometry converted;
        if (const OGRGeometry* geom = feature->GetGeometryRef())
            append_geometry(*geom, converted, f.source_id, part.problems);
        ++read;
        if (converted.empty()) {
            part.problems.no_geometry.add(f.source_id);
            part.attribute_only.push_back(std::move(f));
        } else {
            part.source_bounds.merge(converted.bounds());
            add_to_batch(std::move(f), std::move(converted), batch);
        }
        if (++in_batch == kBatchSize) {
            pipeline.submit(std::exchange(batch, {}));
            in_batch = 0;
            if (!after_batch(read)) return false;
        }
    }
    pipeline.submit(std::move(batch));
    return after_batch(read);
}

// The second reader of a split layer: features from FID `first` to the end, read from its
// own dataset on its own thread, reprojected inline with its own clone of the transform.
struct SecondReader {
    ReadPart part;
    GdalErrorCapture::Messages messages;
    std::atomic<size_t> read{0}, reprojected{0};
    std::atomic<bool> stop{false};
    bool ok = false;  // false: it could not start, the first reader reads on

    // `transformer`: this thread's own (a clone made by the first thread), or null.
    void run(const FileLoad& load, int layer_index, GIntBig first, const geo::ApproxTransformer* transformer) {
        GdalErrorCapture errors;
        const unsigned flags = GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR;
        GDALDatasetUniquePtr ds(GDALDataset::Open(load.path.c_str(), flags, nullptr, load.open_options.List(), nullptr));
        OGRLayer* src = ds && layer_index < ds->GetLayerCount() ? ds->GetLayer(layer_index) : nullptr;
        if (!src || src->SetNextByIndex(first) != OGRERR_NONE) return;
        errors.take();  // what opening said, the first reader has heard already
        ok = true;
        TransformPipeline pipeline(transformer, 0, part.sink());
        read_features(*src, -1, part, pipeline, [&](size_t n) {
            read = n;
            reprojected = pipeline.transformed();
            return !stop && !load.cancelled();
        });
        pipeline.finish();
        messages = errors.take();
    }
};

// Runs a SecondReader on its own thread; joins it however the first reader ends.
class SecondThread {
public:
    SecondThread(SecondReader& reader, const FileLoad& load, int layer_index, GIntBig first,
                 const geo::ApproxTransformer* transformer)
        : reader_(reader), thread_([=, this, &load] {
              reader_.run(load, layer_index, first, transformer);
              finished_ = true;
          }) {}
    ~SecondThread() {
        reader_.stop = true;
        join();
    }
    SecondThread(const SecondThread&) = delete;
    SecondThread& operator=(const SecondThread&) = delete;

    // Waits for it to finish, calling `tick` every few milliseconds meanwhile (progress).
    template <class Tick>
    void wait(Tick&& tick) {
        while (!finished_) {
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
            tick();
        }
        join();
    }

private:
    void join() {
        if (thread_.joinable()) thread_.join();
    }
    SecondReader& reader_;
    std::atomic<bool> finished_{false};
    std::thread thread_;
};

}  // namespace

bool read_layer(OGRLayer& src, int layer_index, const std::optional<fs::path>& prj_path, const TextPlan& file_text,
                FileLoad& load, std::vector<Layer>& out_layers, Diagnostics& file_diags) {
    const std::string& file = load.path;
    const std::string name = src.GetName();
    Layer base;
    base.name = name;
    base.source_path = file;
    base.provenance.driver = load.driver_long_name;

    const OGRFeatureDefn* defn = src.GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        const OGRFieldDefn* fd = defn->GetFieldDefn(i);
        base.fields.push_back({fd->GetNameRef(), field_type(fd->GetType())});
    }

    // Features are sorted into up to three layers by geometry kind; attribute-only features go
    // to the layer of the source's declared kind.
    auto declared = wkbFlatten(src.GetGeomType());
    int declared_slot = -1;
    if (declared == wkbPoint || declared == wkbMultiPoint) declared_slot = 0;
    else if (OGR_GT_IsCurve(declared) || OGR_GT_IsSubClassOf(declared, wkbMultiCurve)) declared_slot = 1;
    else if (OGR_GT_IsSurface(declared) || OGR_GT_IsSubClassOf(declared, wkbMultiSurface)) declared_slot = 2;

    // A drawing's text comes from GDAL as the bytes it holds (TCVN3 or VNI fonts in Viet Nam):
    // its encoding is detected from some of them, as a .dbf's is.
    const TextPlan text = load.driver == "DGN" ? plan_raw_text(text_sample(src, "Text"), load.options.assume) : file_text;
    ReadPart all;
    all.decoder.raw_bytes = text.raw;
    all.decoder.encoding = text.encoding;
    // Reserve the whole layer once when the count is cheap (Shapefile: from the .shx), so the
    // feature array is never regrown and copied.
    const GIntBig count = src.GetFeatureCount(FALSE);
    if (declared_slot >= 0 && count > 0) all.by_kind[declared_slot].reserve(static_cast<size_t>(count));

    // CRS: from the source, else assumed lon/lat when the numbers allow it (decided after reading).
    std::string crs;
    if (const OGRSpatialReference* srs = src.GetSpatialRef()) crs = export_crs(*srs);
    std::string source_label;
    const auto transformer = pipeline_transform(src, crs, load.options, source_label);
    load.progress.set_reprojecting(transformer.has_value());

    // Both cores: a big Shapefile (FID = record number, random access by index) is read by two
    // threads, each reprojecting its own batches; anything else is read by this thread with
    // the other threads reprojecting behind it.
    const bool split = load.options.threads >= 2 && count > 1 &&
                       static_cast<size_t>(count) >= load.options.split_reading_at && load.driver == "ESRI Shapefile" &&
                       src.TestCapability(OLCFastSetNextByIndex);
    // The second reader's transform is cloned here: PROJ objects are not to be shared by threads.
    std::optional<geo::ApproxTransformer> second_transform;
    if (split && transformer) second_transform = transformer->clone();
    const bool can_split = split && (!transformer || second_transform);
    const GIntBig half = can_split ? count / 2 : -1;
    SecondReader second;
    second.part.decoder.raw_bytes = text.raw;
    second.part.decoder.encoding = text.encoding;
    if (can_split && declared_slot >= 0) second.part.by_kind[declared_slot].reserve(static_cast<size_t>(count - half));
    std::optional<SecondThread> second_thread;
    if (can_split) second_thread.emplace(second, load, layer_index, half, second_transform ? &*second_transform : nullptr);

    const unsigned workers = can_split ? 0 : std::max(1u, load.options.threads) - 1;
    bool complete = false;
    {
        TransformPipeline pipeline(transformer ? &*transformer : nullptr, workers, all.sink());
        const size_t read_before = load.read;
        size_t read_here = 0;
        auto after_batch = [&](size_t n) {
            read_here = n;
            load.read = read_before + n + second.read;
            load.progress.report(LoadStage::Reading, load.read,
                                 load.reprojected_before + pipeline.transformed() + second.reprojected);
            return !load.cancelled();
        };
        src.ResetReading();
        complete = read_features(src, half, all, pipeline, after_batch);
        if (complete && can_split) {
            size_t reported = second.read;
            second_thread->wait([&] {  // the second half may still be going: keep the bar moving
                if (second.read >= reported + kBatchSize) reported = second.read, after_batch(read_here);
            });
            if (!second.ok) {  // the second reader could not start: read its half here
                src.SetNextByIndex(half);
                const size_t first_half = read_here;
                complete = read_features(src, -1, all, pipeline, [&](size_t n) { return after_batch(first_half + n); });
            }
        }
        if (complete) {
            if (transformer)
                load.progress.report(LoadStage::Reprojecting, load.read,
                                     load.reprojected_before + pipeline.transformed() + second.reprojected);
            pipeline.finish();
            load.read = read_before + read_here + second.read;
            load.reprojected_before += pipeline.transformed() + second.reprojected;
        }
    }
    second_thread.reset();  // stops and joins it if the first reader stopped early
    if (!complete || load.cancelled()) {
        // What was read is freed here (0.2 s for half a million parcels): the window loads on a
        // thread of its own, so this never holds up the screen.
        return false;
    }
    if (second.ok) {
        all.append(second.part);
        load.errors.add(second.messages);
    }

    if (declared_slot < 0) {  // unknown declared type (GeoJSON): the kind most features have
        size_t best = 0;
        for (int k = 0; k < 3; ++k)
            if (all.by_kind[k].size() > best) best = all.by_kind[k].size(), declared_slot = k;
    }
    if (declared_slot >= 0)
        for (auto& f : all.attribute_only) all.by_kind[declared_slot].push_back(std::move(f));
    const LayerProblems& problems = all.problems;
    const TextDecoder& decoder = all.decoder;

    Diagnostics layer_diags;
    // A table with no geometry column at all (a lone .dbf, a CSV): its rows have nothing to draw.
    const bool table_only = declared == wkbNone && all.by_kind[0].empty() && all.by_kind[1].empty() &&
                            all.by_kind[2].empty() && !all.attribute_only.empty();
    if (table_only) {
        layer_diags.push_back(diagnostic(Severity::Warning, file,
                                         i18n::N_("layer '{0}' is a table with no shapes ({1} rows): nothing to draw"),
                                         {name, std::to_string(all.attribute_only.size())}));
    } else problems.no_geometry.report(
        layer_diags, Severity::Warning, file, name,
        i18n::N_("layer '{0}': {1} feature(s) have no geometry or an empty one: listed in tables, not drawn (e.g. FID {2})"));
    problems.bad_coordinates.report(layer_diags, Severity::Warning, file, name,
                                    i18n::N_("layer '{0}': {1} feature(s) have coordinates that are not numbers (NaN/inf): "
                                             "those parts are skipped (e.g. FID {2})"));
    problems.degenerate_rings.report(layer_diags, Severity::Warning, file, name,
                                     i18n::N_("layer '{0}': {1} feature(s) have rings with fewer than 3 distinct points: "
                                              "those rings are skipped (e.g. FID {2})"));
    problems.other_kind.report(
        layer_diags, Severity::Warning, file, name,
        i18n::N_("layer '{0}': {1} feature(s) have a geometry type Park Atlas cannot draw (e.g. FID {2})"));
    // Invalid polygons repaired with GEOS before anything triangulates them, each kind of
    // problem reported once (data/polygon_repair.h).
    repair_invalid_polygons(all.by_kind[2], load.options.threads).report(layer_diags, file, name);
    report_text_plan(text, file, name, decoder.legacy_decoded, base.provenance, layer_diags);
    if (decoder.replaced) {
        layer_diags.push_back(diagnostic(Severity::Warning, file,
                                         i18n::N_("layer '{0}': {1} text values had invalid characters, shown as �"),
                                         {name, std::to_string(decoder.replaced)}));
    }

    size_t total = 0;
    for (const auto& features : all.by_kind) total += features.size();

    if (total == 0 && !table_only) {
        layer_diags.push_back(diagnostic(Severity::Warning, file, i18n::N_("layer '{0}' has no features"), {name}));
    }
    if (total > 0) {
        const std::string ext = fs::path(file).extension().string();
        CrsQuestion question{file, name, crs, src.GetSpatialRef(), {}, {}, all.source_bounds, load.options.assume.crs};
        if (ext == ".geojson" || ext == ".json" || ext == ".GEOJSON" || ext == ".JSON")
            question.named_in_file = geojson_crs_name(file);
        if (prj_path) question.prj_name = prj_path->filename().string();
        const SettledCrs settled = settle_crs(question, layer_diags);
        crs = settled.crs;
        base.provenance.crs = settled.basis;
    }
    if (crs.empty() && total > 0) {  // not drawable: report and stop here
        file_diags.insert(file_diags.end(), layer_diags.begin(), layer_diags.end());
        return true;
    }

    // Each output layer ends in the target CRS as reproject_layer would leave it: reprojected
    // in the pipeline, or here when that was not possible.
    auto place = [&](Layer& layer, int slot) {
        if (load.options.target_crs.empty() || (crs.empty() && layer.features.empty())) return;
        if (transformer) {
            if (layer.source_crs_label.empty()) layer.source_crs_label = source_label;
            if (slot >= 0) report_dropped(layer, all.dropped[slot]);
            layer.crs = load.options.target_crs;
            return;
        }
        reproject_layer(layer, load.options.target_crs, load.options.threads, load.options.approx_tolerance);
    };
    // A MicroStation drawing's text elements come as points with a "Text" field: labels, not pins.
    const bool from_cad = load.driver == "DGN";
    const std::array<const char*, 3> suffix = {" (points)", " (lines)", " (polygons)"};
    int non_empty = 0;
    for (const auto& features : all.by_kind) non_empty += !features.empty();
    bool diags_attached = false;
    for (int k = 0; k < 3; ++k) {
        if (all.by_kind[k].empty()) continue;
        Layer layer = base;
        layer.name = non_empty > 1 ? name + suffix[k] : name;
        layer.kind = static_cast<geo::GeometryKind>(k + 1);
        layer.source_crs = crs;
        layer.crs = crs;
        layer.features = std::move(all.by_kind[k]);
        if (k == 0 && from_cad && layer.field_index("Text")) layer.text_field = "Text";
        if (!diags_attached) layer.diagnostics = layer_diags, diags_attached = true;
        place(layer, k);
        out_layers.push_back(std::move(layer));
    }
    if (!diags_attached) {  // an empty layer: keep it so the user sees it listed, with its message
        Layer layer = base;
        layer.kind = declared_slot >= 0 ? static_cast<geo::GeometryKind>(declared_slot + 1) : geo::GeometryKind::None;
        layer.source_crs = crs;
        layer.crs = crs;
        layer.diagnostics = layer_diags;
        place(layer, -1);
        out_layers.push_back(std::move(layer));
    }
    return true;
}

}  // namespace data
