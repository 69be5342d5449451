// Reads any vector source GDAL can open (Shapefile, GeoJSON, GeoPackage, ...) into plain
// Layers. The only file that includes GDAL. Never writes to the source, never throws on bad
// input: every problem becomes a Diagnostic naming the file, and whatever could be read is kept.
#pragma once

#include <string>
#include <vector>

#include "data/diagnostic.h"
#include "data/layer.h"
#include "data/load_options.h"

namespace data {

struct LoadResult {
    std::vector<Layer> layers;   // one per source layer and geometry kind; may be empty
    Diagnostics diagnostics;     // file-level problems (layer-level ones live in each Layer)

    bool ok() const { return !layers.empty(); }
    // Every message, file level first, then each layer's.
    Diagnostics all_diagnostics() const;
};

// Reads every layer in the source CRS, on the calling thread.
LoadResult load_vector_file(const std::string& path);

// The pipelined load: the calling thread reads with GDAL while options.threads - 1 others
// reproject batches of 4096 features to options.target_crs as they arrive (geo::ApproxTransformer
// within options.approx_tolerance over the layer's extent when the driver knows it cheaply, else
// exact). The result is what load_vector_file(path) followed by reproject_layer on each layer
// gives: same layers, features, order, attributes and diagnostics; a layer that cannot be
// reprojected keeps its source CRS and carries reproject_layer's error. Progress goes to
// options.on_progress on the calling thread; on cancel it returns with no layers and one Info
// diagnostic (kCancelledMessage).
LoadResult load_vector_file(const std::string& path, const LoadOptions& options);

}  // namespace data
