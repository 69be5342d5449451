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

}  // namespace data
