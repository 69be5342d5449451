#include "data/vector_loader.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <filesystem>

#include "data/gdal_error_capture.h"
#include "data/layer_reader.h"
#include "data/progress_reporter.h"
#include "data/shapefile_checks.h"

namespace fs = std::filesystem;

namespace data {

namespace {

LoadResult cancelled_result(const std::string& path, ProgressReporter& progress) {
    progress.cancelled();
    LoadResult result;
    result.diagnostics.push_back(diagnostic(Severity::Info, path, kCancelledMessage));
    return result;
}

}  // namespace

Diagnostics LoadResult::all_diagnostics() const {
    Diagnostics all = diagnostics;
    for (const auto& l : layers) all.insert(all.end(), l.diagnostics.begin(), l.diagnostics.end());
    return all;
}

LoadResult load_vector_file(const std::string& path) { return load_vector_file(path, LoadOptions{}); }

LoadResult load_vector_file(const std::string& path, const LoadOptions& options) {
    static const bool registered = (GDALAllRegister(), true);
    (void)registered;

    ProgressReporter progress(options, path);
    progress.report(LoadStage::Opening, 0, 0);
    if (options.cancelled()) return cancelled_result(path, progress);

    LoadResult result;
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (!fs::exists(status)) {
        result.diagnostics.push_back(diagnostic(Severity::Error, path, i18n::N_("file not found")));
        progress.done();
        return result;
    }
    // A named pipe, device or socket: GDAL would wait on it forever. Files and folders only.
    if (!fs::is_regular_file(status) && !fs::is_directory(status)) {
        result.diagnostics.push_back(diagnostic(
            Severity::Error, path, i18n::N_("not a file or folder (a pipe, device or socket): nothing was read from it")));
        progress.done();
        return result;
    }
    std::optional<fs::path> prj;
    bool raw_text = false;
    CPLStringList open_options;
    if (is_shapefile_path(path)) {
        const auto parts = find_shapefile_parts(path);
        if (!check_shapefile(path, parts, result.diagnostics)) {
            progress.done();
            return result;
        }
        prj = parts.prj;
        // No .cpg and no code page in the .dbf header: take the bytes as they are and decode
        // them ourselves (UTF-8 if valid, else Windows-1258).
        const bool code_page_known = parts.cpg || (parts.dbf && dbf_language_driver(*parts.dbf).value_or(0) != 0);
        if (parts.dbf && !code_page_known) {
            open_options.SetNameValue("ENCODING", "");
            raw_text = true;
        }
    }

    GdalErrorCapture errors;
    const unsigned flags = GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR;
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), flags, nullptr, open_options.List(), nullptr));
    if (!ds) {
        errors.flush(path, result.diagnostics, 3);
        result.diagnostics.push_back(
            diagnostic(Severity::Error, path, i18n::N_("GDAL cannot open this file as a vector data source")));
        progress.done();
        return result;
    }
    if (ds->GetLayerCount() == 0) {
        result.diagnostics.push_back(diagnostic(Severity::Warning, path, i18n::N_("the data source holds no vector layers")));
    }
    size_t total = 0;
    for (auto* layer : ds->GetLayers()) {
        const GIntBig n = layer->GetFeatureCount(FALSE);
        if (n < 0) { total = 0; break; }  // unknown for one layer: no fraction for the file
        total += static_cast<size_t>(n);
    }
    progress.set_total(total);

    FileLoad load{path, open_options, options, progress, errors};
    for (int i = 0; i < ds->GetLayerCount(); ++i) {
        if (!read_layer(*ds->GetLayer(i), i, prj, raw_text, load, result.layers, result.diagnostics)) {
            return cancelled_result(path, progress);  // drops what was read; GDAL's messages with it
        }
    }
    errors.flush(path, result.diagnostics);
    progress.done(load.read, load.reprojected_before);
    return result;
}

}  // namespace data
