// Reads any vector source GDAL can open (Shapefile, GeoJSON, GeoPackage, ...) into plain
// Layers. The only file that includes GDAL. Never writes to the source, never throws on bad
// input: every problem becomes a Diagnostic naming the file, and whatever could be read is kept.
#pragma once

#include <string>
#include <vector>

#include "data/diagnostic.h"
#include "data/layer.h"

namespace data {

struct LoadResult {
    std::vector<Layer> layers;   // one per source layer and geometry kind; may be empty
    Diagnostics diagnostics;     // file-level problems (layer-level ones live in each Layer)

    bool ok() const { return !layers.empty(); }
    // Every message, file level first, then each layer's.
    Diagnostics all_diagnostics() const;
};

LoadResult load_vector_file(const std::string& path);

}  // namespace data
