#include "data/catalog.h"

#include <algorithm>
#include <filesystem>

#include "data/reproject.h"
#include "data/vector_loader.h"

namespace fs = std::filesystem;

namespace data {

const char* to_string(LayerRole role) {
    switch (role) {
        case LayerRole::Sea: return "sea";
        case LayerRole::Land: return "land";
        case LayerRole::Rivers: return "rivers";
        case LayerRole::Coastline: return "coastline";
        case LayerRole::User: return "user layer";
        case LayerRole::EconomicZones: return "economic zones";
        case LayerRole::Parks: return "industrial parks";
        case LayerRole::Projects: return "investment projects";
        case LayerRole::Landmarks: return "landmarks";
    }
    return "layer";
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
    return b;
}

namespace {

void add_file(Catalog& catalog, const std::string& path, LayerRole role, const std::string& display_crs) {
    LoadResult result = load_vector_file(path);
    catalog.diagnostics.insert(catalog.diagnostics.end(), result.diagnostics.begin(), result.diagnostics.end());
    for (auto& layer : result.layers) {
        const bool placed = reproject_layer(layer, display_crs);
        catalog.diagnostics.insert(catalog.diagnostics.end(), layer.diagnostics.begin(), layer.diagnostics.end());
        if (!placed) continue;  // cannot be drawn in the right place: reported, not shown
        catalog.layers.push_back({std::move(layer), role, true});
    }
}

}  // namespace

Catalog load_catalog(const std::string& data_dir, const std::vector<std::string>& extra_files,
                     const std::string& display_crs) {
    Catalog catalog;
    if (!data_dir.empty()) {
        std::error_code ec;
        if (!fs::is_directory(data_dir, ec)) {
            catalog.diagnostics.push_back({Severity::Error, data_dir, "data directory not found"});
        } else {
            for (const auto& b : bundled_layers()) {
                const fs::path shp = fs::path(data_dir) / (std::string(b.file_stem) + ".shp");
                if (!fs::exists(shp, ec)) {
                    catalog.diagnostics.push_back(
                        {Severity::Warning, shp.string(), std::string("expected layer missing (") + to_string(b.role) + ")"});
                    continue;
                }
                add_file(catalog, shp.string(), b.role, display_crs);
            }
        }
    }
    for (const auto& f : extra_files) add_file(catalog, f, LayerRole::User, display_crs);
    std::stable_sort(catalog.layers.begin(), catalog.layers.end(),
                     [](const MapLayer& a, const MapLayer& b) { return a.role < b.role; });
    return catalog;
}

}  // namespace data
