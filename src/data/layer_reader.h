// Reads one GDAL layer into Layers, reprojecting batches as they are read (see
// load_vector_file). Internal to the loader: the only callers are in vector_loader.cpp.
#pragma once

#include <cpl_string.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "data/gdal_error_capture.h"
#include "data/layer.h"
#include "data/load_options.h"
#include "data/progress_reporter.h"
#include "data/text_plan.h"

namespace data {

// State shared by the layers of one file: how it was opened, options, progress, GDAL messages.
struct FileLoad {
    const std::string& path;
    const CPLStringList& open_options;
    const LoadOptions& options;
    ProgressReporter& progress;
    GdalErrorCapture& errors;
    std::string driver;             // GDAL's short name of the driver that opened it ("ESRI Shapefile", "DGN")
    std::string driver_long_name;   // and its name for people ("Microstation DGN")
    size_t read = 0;                // features read from the file so far
    size_t reprojected_before = 0;  // by earlier layers

    bool cancelled() const { return options.cancelled(); }
};

// Reads layer `layer_index` (`src`) into `out_layers`, in options.target_crs when set;
// file-level messages go to `file_diags`. Returns false when cancelled.
bool read_layer(OGRLayer& src, int layer_index, const std::optional<std::filesystem::path>& prj_path, const TextPlan& file_text,
                FileLoad& load, std::vector<Layer>& out_layers, Diagnostics& file_diags);

// Whether `src` is read where the view is, through its spatial index (data/indexed_source.h):
// a polygon layer of at least options.read_through_index_at features that GDAL can filter by
// its index. nullopt when it is read whole; else the GeoPackage R-tree table to read boxes
// from, or "" for another index.
std::optional<std::string> index_to_read_through(GDALDataset& ds, OGRLayer& src, const FileLoad& load);

// Reads such a layer's row index (every feature's box and FID, or those of options.view) into
// one Layer whose features stay in the file. Returns false when cancelled.
bool read_indexed_layer(OGRLayer& src, int layer_index, const std::string& rtree_table, const std::string& connection,
                        const TextPlan& file_text, FileLoad& load, std::vector<Layer>& out_layers);

// A big layer read whole because it has no spatial index: says so, and how to give it one.
void suggest_index(OGRLayer& src, FileLoad& load, Layer& layer);

}  // namespace data
