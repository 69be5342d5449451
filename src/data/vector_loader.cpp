#include "data/vector_loader.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <filesystem>

#include "data/gdal_error_capture.h"
#include "data/layer_reader.h"
#include "data/progress_reporter.h"
#include "data/shapefile_checks.h"
#include "data/text_plan.h"

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

LoadResult load_vector_file(const std::string& given, const LoadOptions& options) {
    static const bool registered = (GDALAllRegister(), true);
    (void)registered;

    // A .dbf or .shx picked instead of its .shp: open the whole Shapefile.
    std::string path = given;
    Diagnostics redirected;
    if (const auto shp = shapefile_of_part(given)) {
        path = shp->string();
        redirected.push_back(diagnostic(Severity::Info, given,
                                        i18n::N_("this file is part of the Shapefile {0}; the whole Shapefile was opened"),
                                        {shp->filename().string()}));
    }
    ProgressReporter progress(options, path);
    progress.report(LoadStage::Opening, 0, 0);
    if (options.cancelled()) return cancelled_result(path, progress);

    LoadResult result;
    result.diagnostics = std::move(redirected);
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    // GDAL's virtual files (/vsimem/, /vsizip/, ...; the fuzz targets in fuzz/ load from memory)
    // are not on the disk: they skip the file and Shapefile checks here and go to GDAL as given.
    const bool vsi = path.rfind("/vsi", 0) == 0;
    if (!vsi && !fs::exists(status)) {
        result.diagnostics.push_back(diagnostic(Severity::Error, path, i18n::N_("file not found")));
        progress.done();
        return result;
    }
    // A named pipe, device or socket: GDAL would wait on it forever. Files and folders only.
    if (!vsi && !fs::is_regular_file(status) && !fs::is_directory(status)) {
        result.diagnostics.push_back(diagnostic(
            Severity::Error, path, i18n::N_("not a file or folder (a pipe, device or socket): nothing was read from it")));
        progress.done();
        return result;
    }
    if (fs::is_regular_file(status)) {
        if (const auto why = unreadable(path)) {
            result.diagnostics.push_back(diagnostic(Severity::Error, path, why->text, why->args));
            progress.done();
            return result;
        }
    }
    if (is_shapefile_part_path(path) && !fs::is_directory(status)) {
        // A lone .dbf opens in GDAL as a table; a lone .shx does not open at all.
        result.diagnostics.push_back(diagnostic(
            Severity::Warning, path,
            i18n::N_("this is a part of a Shapefile (the .dbf holds its attributes, the .shx its index), and the .shp "
                     "with its shapes is not beside it: nothing can be drawn from it")));
    }
    std::optional<fs::path> prj;
    TextPlan text;
    CPLStringList open_options;
    if (!vsi && is_shapefile_path(path)) {
        const auto parts = find_shapefile_parts(path);
        if (!check_shapefile(path, parts, result.diagnostics)) {
            progress.done();
            return result;
        }
        prj = parts.prj;
        // No encoding GDAL can read is declared: take the bytes as they are and read them ourselves.
        text = plan_shapefile_text(path, parts, options.assume, result.diagnostics);
        if (text.raw) open_options.SetNameValue("ENCODING", "");
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

    const char* long_name = ds->GetDriver() ? ds->GetDriver()->GetMetadataItem(GDAL_DMD_LONGNAME) : nullptr;
    FileLoad load{path, open_options, options, progress, errors, ds->GetDriverName(), long_name ? long_name : ""};
    for (int i = 0; i < ds->GetLayerCount(); ++i) {
        if (!read_layer(*ds->GetLayer(i), i, prj, text, load, result.layers, result.diagnostics)) {
            return cancelled_result(path, progress);  // drops what was read; GDAL's messages with it
        }
    }
    errors.flush(path, result.diagnostics);
    progress.done(load.read, load.reprojected_before);
    return result;
}

}  // namespace data
