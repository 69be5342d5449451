// The loader's side of indexed layers: which layers are read through their spatial index, and
// the Layer such a read makes (rows in memory, features in the file). See indexed_source.h.
#include <filesystem>

#include "data/crs_checks.h"
#include "data/indexed_source.h"
#include "data/layer_reader.h"
#include "data/ogr_convert.h"
#include "geo/crs.h"

namespace data {

namespace {

bool is_polygon_layer(OGRLayer& src) {
    const auto declared = wkbFlatten(src.GetGeomType());
    return OGR_GT_IsSurface(declared) || OGR_GT_IsSubClassOf(declared, wkbMultiSurface);
}

geo::Box metadata_extent(OGRLayer& src) {
    geo::Box box;
    OGREnvelope env;
    if (src.GetExtent(&env, FALSE) == OGRERR_NONE) {  // from metadata where the format keeps it
        box.expand({env.MinX, env.MinY});
        box.expand({env.MaxX, env.MaxY});
    }
    return box;
}

// A GeoPackage's R-tree table for this layer, if the file has one ("rtree_<table>_<column>").
std::string geopackage_rtree(GDALDataset& ds, OGRLayer& src) {
    const std::string name = std::string("rtree_") + src.GetName() + "_" + src.GetGeometryColumn();
    std::string escaped;
    for (char c : name) escaped += c == '\'' ? std::string("''") : std::string(1, c);
    OGRLayer* result =
        ds.ExecuteSQL(("SELECT name FROM sqlite_master WHERE name = '" + escaped + "'").c_str(), nullptr, nullptr);
    bool found = false;
    if (result) {
        found = OGRFeatureUniquePtr(result->GetNextFeature()) != nullptr;
        ds.ReleaseResultSet(result);
    }
    return found ? name : std::string();
}

}  // namespace

std::optional<std::string> index_to_read_through(GDALDataset& ds, OGRLayer& src, const FileLoad& load) {
    if (load.options.read_through_index_at == SIZE_MAX || !is_polygon_layer(src)) return std::nullopt;
    const GIntBig count = src.GetFeatureCount(FALSE);
    if (count < 0 || size_t(count) < load.options.read_through_index_at) return std::nullopt;
    if (!src.TestCapability(OLCFastSpatialFilter) || !src.TestCapability(OLCRandomRead)) return std::nullopt;
    return load.driver == "GPKG" ? geopackage_rtree(ds, src) : std::string();
}

bool read_indexed_layer(OGRLayer& src, int layer_index, const std::string& rtree_table, const std::string& connection,
                        const TextPlan& file_text, FileLoad& load, std::vector<Layer>& out_layers) {
    Layer layer;
    layer.name = src.GetName();
    layer.source_path = load.path;
    layer.provenance.driver = load.driver_long_name;
    layer.kind = geo::GeometryKind::Polygons;
    layer.source_connection = connection;  // a database's, to read it again; never shown
    const OGRFeatureDefn* defn = src.GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        layer.fields.push_back({defn->GetFieldDefn(i)->GetNameRef(), field_type(defn->GetFieldDefn(i)->GetType())});

    IndexedSource::Description d;
    d.path = connection.empty() ? load.path : connection;
    for (int i = 0; i < load.open_options.Count(); ++i) d.open_options.emplace_back(load.open_options[i]);
    d.layer_index = layer_index;
    d.total = size_t(std::max<GIntBig>(0, src.GetFeatureCount(FALSE)));
    d.source_extent = metadata_extent(src);
    d.rtree_table = rtree_table;
    d.raw_text = file_text.raw;
    d.encoding = file_text.encoding;

    std::string declared;
    if (const OGRSpatialReference* srs = src.GetSpatialRef()) declared = export_crs(*srs);
    const std::string name = layer.name;
    CrsQuestion question{load.path, name, declared, src.GetSpatialRef(), {}, {}, d.source_extent, load.options.assume.crs};
    const SettledCrs settled = settle_crs(question, layer.diagnostics);
    if (settled.crs.empty()) {  // cannot be placed: the message says why, nothing to draw
        out_layers.push_back(std::move(layer));
        return true;
    }
    layer.provenance.crs = settled.basis;
    d.source_crs = settled.crs;
    d.target_crs = load.options.target_crs.empty() ? settled.crs : load.options.target_crs;
    layer.source_crs = settled.crs;
    layer.crs = d.target_crs;
    if (auto t = geo::Transformer::create(settled.crs, d.target_crs)) layer.source_crs_label = t->source_name();

    auto source = std::make_shared<IndexedSource>(std::move(d));
    // Only the view's rows when the view is a small part of the layer: the first frame needs
    // no more, and the caller reads the rest behind it. A view away from the layer gets every
    // row at once: nothing of it would be on screen, and the window shows a whole layer it adds.
    std::optional<geo::Box> box;
    if (load.options.view) {
        const geo::Box extent = source->extent();
        const geo::Box& v = *load.options.view;
        const double share = extent.empty() ? 1.0 : v.width() * v.height() / std::max(extent.width() * extent.height(), 1e-9);
        if (share < 0.25 && v.intersects(extent)) box = load.options.view;
    }
    const size_t read_before = load.read;
    auto rows = source->read_index(box, load.options.cancel, [&](size_t n, size_t) {
        load.progress.report(LoadStage::Reading, read_before + n, read_before + n);
    });
    if (load.cancelled()) return false;
    load.read = read_before + rows->size();
    layer.diagnostics.push_back(diagnostic(
        Severity::Info, load.path,
        i18n::N_("layer '{0}': {1} features, read where the view is through the file's spatial index (their shapes "
                 "and values stay in the file until a view, a click or a table needs them)"),
        {name, std::to_string(source->total())}));
    layer.indexed = std::move(source);
    layer.rows = std::move(rows);
    out_layers.push_back(std::move(layer));
    return true;
}

void suggest_index(OGRLayer& src, FileLoad& load, Layer& layer) {
    const GIntBig count = src.GetFeatureCount(FALSE);
    if (load.options.read_through_index_at == SIZE_MAX || !is_polygon_layer(src) || count < 0 ||
        size_t(count) < load.options.read_through_index_at || src.TestCapability(OLCFastSpatialFilter))
        return;
    const bool shapefile = load.driver == "ESRI Shapefile";
    layer.index_can_be_written = shapefile;
    layer.diagnostics.push_back(diagnostic(
        Severity::Info, load.path,
        shapefile ? i18n::N_("layer '{0}': {1} features and no spatial index, so it was read whole. `parkatlas "
                             "--build-index {2}` writes one beside it (a .qix file; the Shapefile itself is not "
                             "changed), and the next opening reads only what the view shows")
                  : i18n::N_("layer '{0}': {1} features and no spatial index, so it was read whole. A copy saved "
                             "as a GeoPackage (`ogr2ogr -f GPKG copy.gpkg {2}`) has one, and opens where the view is"),
        {layer.name, std::to_string(count), load.path}));
}

}  // namespace data
