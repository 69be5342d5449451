#include "data/catalog.h"
#include "data/database_source.h"

#include <algorithm>
#include <filesystem>

#include "data/vector_loader.h"

namespace fs = std::filesystem;

namespace data {

const char* to_string(LayerRole role) {
    switch (role) {
        case LayerRole::Sea: return i18n::N_("sea");
        case LayerRole::Land: return i18n::N_("land");
        case LayerRole::Rivers: return i18n::N_("rivers");
        case LayerRole::Coastline: return i18n::N_("coastline");
        case LayerRole::User: return i18n::N_("user layer");
        case LayerRole::EconomicZones: return i18n::N_("economic zones");
        case LayerRole::Parks: return i18n::N_("industrial parks");
        case LayerRole::Projects: return i18n::N_("investment projects");
        case LayerRole::Landmarks: return i18n::N_("landmarks");
    }
    return i18n::N_("layer");
}

const std::vector<BundledLayer>& bundled_layers() {
    static const std::vector<BundledLayer> layers = {
        {"hp_sea", LayerRole::Sea},           {"hp_land", LayerRole::Land},
        {"hp_rivers", LayerRole::Rivers},     {"hp_coastline", LayerRole::Coastline},
        {"economic_zones", LayerRole::EconomicZones}, {"parks", LayerRole::Parks},
        {"projects", LayerRole::Projects},    {"landmarks", LayerRole::Landmarks},
    };
    return layers;
}

const MapLayer* Catalog::find(LayerRole role) const {
    for (const auto& l : layers)
        if (l.role == role) return &l;
    return nullptr;
}

geo::Box Catalog::bounds() const {
    geo::Box b;
    for (const auto& l : layers)
        if (l.layer.crs.size()) b.merge(l.layer.bounds());
    for (const auto& r : rasters) b.merge(r.source->bounds());
    return b;
}

namespace {

// The bundled data marks a park whose location no source gives with `outline = none` and no
// geometry. The loader warns about every feature without geometry; for these the data has
// already said why, so the warning becomes a note naming them.
void note_declared_gaps(Layer& layer, Diagnostics& catalog_diagnostics) {
    std::vector<std::string> declared;
    size_t empty = 0;
    for (const auto& f : layer.features) {
        if (!f.geometry.empty()) continue;
        ++empty;
        if (layer.text(f, "outline").value_or("") == "none")
            declared.push_back(layer.text(f, "name_en").value_or(layer.text(f, "id").value_or(std::to_string(f.source_id))));
    }
    if (empty == 0 || declared.size() != empty) return;
    const std::string warning_part = "have no geometry or an empty one";
    std::string names;
    for (const auto& n : declared) names += (names.empty() ? "" : ", ") + n;
    const Diagnostic note = diagnostic(
        Severity::Info, layer.source_path,
        i18n::N_("layer '{0}': no source gives a location for {1} (outline = none): listed in the tables, not drawn"),
        {layer.name, names});
    for (Diagnostics* list : {&layer.diagnostics, &catalog_diagnostics})
        for (Diagnostic& d : *list)
            if (d.file == layer.source_path && d.severity == Severity::Warning && d.message.find(warning_part) != std::string::npos)
                d = note;
}

// Adds a file's drawable layers; returns false when the load was cancelled.
bool add_file(Catalog& catalog, const std::string& path, LayerRole role, const LoadOptions& options) {
    // An image goes to the raster reader; a GeoPackage may hold tiles and vector layers both.
    RasterLoad rasters = open_rasters(path, options.target_crs, options.assume.crs);
    catalog.diagnostics.insert(catalog.diagnostics.end(), rasters.diagnostics.begin(), rasters.diagnostics.end());
    for (auto& s : rasters.sources) catalog.rasters.push_back({std::move(s), true, 1.0f});
    if (rasters.raster && !rasters.vector_too) return !options.cancelled();
    LoadResult result = load_vector_file(path, options);
    if (options.cancelled()) return false;
    catalog.diagnostics.insert(catalog.diagnostics.end(), result.diagnostics.begin(), result.diagnostics.end());
    for (auto& layer : result.layers) {
        catalog.diagnostics.insert(catalog.diagnostics.end(), layer.diagnostics.begin(), layer.diagnostics.end());
        // Not reprojected: cannot be drawn in the right place. Reported, not shown.
        if (layer.crs != options.target_crs) continue;
        if (role != LayerRole::User) note_declared_gaps(layer, catalog.diagnostics);
        catalog.layers.push_back({std::move(layer), role, true});
    }
    return true;
}

Catalog cancelled_catalog() {
    Catalog catalog;
    catalog.diagnostics.push_back(diagnostic(Severity::Info, "", kCancelledMessage));
    return catalog;
}

}  // namespace

Catalog load_catalog(const std::string& data_dir, const std::vector<std::string>& extra_files,
                     const std::string& display_crs) {
    LoadOptions options;
    options.target_crs = display_crs;
    return load_catalog(data_dir, extra_files, options);
}

Catalog load_catalog(const std::string& data_dir, const std::vector<std::string>& extra_files,
                     const LoadOptions& options) {
    Catalog catalog;
    std::vector<std::pair<std::string, LayerRole>> files;
    if (!data_dir.empty()) {
        std::error_code ec;
        if (!fs::is_directory(data_dir, ec)) {
            catalog.diagnostics.push_back(diagnostic(Severity::Error, data_dir, i18n::N_("data directory not found")));
        } else {
            catalog.sources = load_source_names((fs::path(data_dir) / "sources.csv").string(), &catalog.diagnostics);
            for (const auto& b : bundled_layers()) {
                const fs::path shp = fs::path(data_dir) / (std::string(b.file_stem) + ".shp");
                if (!fs::exists(shp, ec)) {
                    catalog.diagnostics.push_back(
                        diagnostic(Severity::Warning, shp.string(), i18n::N_("expected layer missing ({0})"), {to_string(b.role)}));
                    continue;
                }
                files.emplace_back(shp.string(), b.role);
            }
        }
    }
    for (const auto& f : extra_files) files.emplace_back(f, LayerRole::User);

    // Each file's progress is scaled into its share of the catalog's bar; the stage Done comes
    // once, after the last file.
    LoadOptions per_file = options;
    double fraction = 0.0;
    for (size_t i = 0; i < files.size(); ++i) {
        if (options.on_progress) {
            per_file.on_progress = [&, i](const LoadProgress& p) {
                LoadProgress q = p;
                if (q.stage == LoadStage::Done && i + 1 < files.size()) q.stage = LoadStage::Reading;
                fraction = std::max(fraction, (double(i) + p.fraction) / double(files.size()));
                q.fraction = fraction;
                options.on_progress(q);
            };
        }
        if (!add_file(catalog, files[i].first, files[i].second, per_file)) return cancelled_catalog();
    }
    if (files.empty() && options.on_progress) {
        LoadProgress done;
        done.stage = LoadStage::Done;
        done.fraction = 1.0;
        options.on_progress(done);
    }
    std::stable_sort(catalog.layers.begin(), catalog.layers.end(),
                     [](const MapLayer& a, const MapLayer& b) { return a.role < b.role; });
    return catalog;
}

std::string layer_key(const MapLayer& ml) {
    if (ml.role != LayerRole::User) return "bundled:" + ml.layer.name;
    // A database's table: its connection without the password (settings and tours keep keys).
    if (is_database_source(ml.layer.source_path)) return "db:" + without_password(ml.layer.source_path) + "#" + ml.layer.name;
    std::error_code ec;
    const std::filesystem::path abs = std::filesystem::absolute(ml.layer.source_path, ec);
    return "file:" + (ec ? ml.layer.source_path : abs.lexically_normal().string()) + "#" + ml.layer.name;
}

}  // namespace data
