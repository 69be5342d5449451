// How a load runs: target CRS, threads, progress reports and cancellation. Shared by
// load_vector_file and load_catalog; no GDAL here.
#pragma once

#include "i18n/catalogue.h"

#include <atomic>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>

#include "geo/geometry.h"

namespace data {

enum class LoadStage {
    Opening,       // checking the file and opening it with GDAL
    Reading,       // reading features (and reprojecting batches behind the reader)
    Reprojecting,  // reading done, the last batches (or a whole layer) being reprojected
    Done,          // fraction is 1
    Cancelled,     // the load stopped early; nothing is returned
};
const char* to_string(LoadStage stage);

struct LoadProgress {
    LoadStage stage = LoadStage::Opening;
    std::string file;              // the file being loaded
    size_t features_read = 0;      // in this file so far
    size_t features_reprojected = 0;
    size_t features_total = 0;     // 0 when the driver cannot say cheaply (GeoJSON); Shapefiles know it
    double fraction = 0.0;         // 0..1, never decreases during one load; stays 0 while the total is unknown
};

// What to take a file to be where it does not say (--crs, --encoding, or the settings).
struct SourceAssumptions {
    std::string crs;       // for layers that name no CRS: taken instead of a guess ("EPSG:9210")
    std::string encoding;  // for text whose encoding no .cpg names: "tcvn3", "vni", ...; empty: detect it
};

struct LoadOptions {
    std::string target_crs;  // empty: keep the source CRS (no reprojection)
    SourceAssumptions assume;
    // Threads in all: one reads with GDAL, the others reproject batches as they arrive.
    unsigned threads = 2;
    // Largest error of the approximate transform, in target CRS units (0.01 = 1 cm in
    // EPSG:3857); 0 makes every point go through PROJ exactly.
    double approx_tolerance = 0.01;
    // A Shapefile layer with at least this many features is read by two threads at once (each
    // with its own GDAL dataset, one per half of the records) when threads >= 2: GDAL's reading
    // is most of the load, so this is what uses the second core.
    size_t split_reading_at = 65536;
    // A polygon layer of at least this many features whose file has a spatial index is read
    // where the view is (data/indexed_source.h): its rows now, its features on demand.
    // SIZE_MAX: every layer is read whole.
    size_t read_through_index_at = 200000;
    // The view the layer will first be drawn in (display CRS): an indexed layer reads only the
    // rows under it when it is a small part of the layer, and the caller reads the rest after
    // the first frame (RowIndex::complete says which). nullopt: every row.
    std::optional<geo::Box> view;
    // Called on the loading thread: at the start, once per batch of 4096 features (a few
    // hundred times for 1M features), and last with stage Done or Cancelled. It may set *cancel.
    std::function<void(const LoadProgress&)> on_progress;
    // Checked once per batch (4096 features); when it becomes true the load returns promptly
    // with no layers and one diagnostic saying it was cancelled.
    const std::atomic<bool>* cancel = nullptr;

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
};

// The one message a cancelled load returns.
inline constexpr const char* kCancelledMessage = i18n::N_("loading was cancelled");

}  // namespace data
