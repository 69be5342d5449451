// The set of layers on the map: the bundled Hai Phong data set plus any files the user adds,
// each loaded, reprojected to the display CRS and given a role that decides its look and
// its place in the drawing order.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "data/diagnostic.h"
#include "data/layer.h"
#include "data/load_options.h"
#include "data/raster_source.h"
#include "data/source_names.h"

namespace data {

// In drawing order, bottom first: user layers (e.g. a cadastral map) go under the zones and parks.
enum class LayerRole { Sea = 0, Land, Rivers, Coastline, User, EconomicZones, Parks, Projects, Landmarks };

// In English (a catalogue entry: show it with i18n::tr).
const char* to_string(LayerRole role);

// Land, sea, coastline and rivers: the base map under everything, always shown on a slide.
inline bool is_basemap(LayerRole role) {
    return role == LayerRole::Sea || role == LayerRole::Land || role == LayerRole::Rivers || role == LayerRole::Coastline;
}

struct MapLayer {
    Layer layer;
    LayerRole role = LayerRole::User;
    bool visible = true;
};

// An image under the map (imagery, a scanned plan): drawn over the land and sea, under every
// other layer, in the order added.
struct RasterLayer {
    std::shared_ptr<const RasterSource> source;
    bool visible = true;
    float opacity = 1.0f;
};

struct Catalog {
    std::vector<MapLayer> layers;  // sorted in drawing order
    std::vector<RasterLayer> rasters;
    Diagnostics diagnostics;       // every message from every file, for the user
    SourceNames sources;           // the documents the bundled data cites (its sources.csv)

    const MapLayer* find(LayerRole role) const;
    geo::Box bounds() const;       // of all drawable layers, display CRS
};

// What a layer is remembered by between runs and named by in tours: "bundled:parks" for the
// bundled data, else "file:/absolute/path.shp#layer" (two files may hold layers of the same name).
std::string layer_key(const MapLayer& layer);

// The bundled file names (without .shp) and their roles.
struct BundledLayer {
    const char* file_stem;
    LayerRole role;
};
const std::vector<BundledLayer>& bundled_layers();

// Loads the bundled layers found in `data_dir` (empty: none), its sources.csv, and then
// `extra_files`. A bundled layer's features that say `outline = none` (no known location) are
// noted, not warned about: the data set says so itself.
// Missing or broken files are reported in diagnostics; everything else still loads.
Catalog load_catalog(const std::string& data_dir, const std::vector<std::string>& extra_files,
                     const std::string& display_crs);

// The same through the pipelined loader with progress and cancel: options.target_crs is the
// display CRS. Progress reports name the file being loaded; fraction covers the whole catalog
// (file i of n fills [i/n, (i+1)/n]). On cancel the catalog is empty but for one diagnostic
// saying so. Meant to be called from a background thread; on_progress runs on that thread.
Catalog load_catalog(const std::string& data_dir, const std::vector<std::string>& extra_files,
                     const LoadOptions& options);

}  // namespace data
