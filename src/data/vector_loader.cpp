#include "data/vector_loader.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <filesystem>

#include "data/database_checks.h"
#include "data/database_source.h"
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

    // A database ("PG:dbname=..."): no file checks; it is named everywhere with its password
    // masked, and opened with the string as given.
    const bool database = is_database_source(given);
    // A .dbf or .shx picked instead of its .shp: open the whole Shapefile.
    std::string path = database ? mask_password(given) : given;
    Diagnostics redirected;
    if (const auto shp = database ? std::nullopt : shapefile_of_part(given)) {
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
    // So does a database.
    const bool vsi = path.rfind("/vsi", 0) == 0 || database;
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
    const char* const database_driver[] = {"PostgreSQL", nullptr};
    GDALDatasetUniquePtr ds(GDALDataset::Open(database ? given.c_str() : path.c_str(), flags,
                                              database ? database_driver : nullptr, open_options.List(), nullptr));
    if (!ds && database) {  // no server, a wrong password, no such database: said plainly
        std::string said;
        for (const auto& [severity, text] : errors.take()) said += (said.empty() ? "" : " ") + text;
        result.diagnostics.push_back(database_problem(given, said));
        progress.done();
        return result;
    }
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
    // A database's missing table or one without geometry is said before anything reads it (GDAL
    // would add its own SQL errors); those layers are skipped.
    std::vector<bool> skip(size_t(ds->GetLayerCount()), false);
    for (int i = 0; database && i < ds->GetLayerCount(); ++i) {
        if (auto problem = database_layer_problem(*ds, *ds->GetLayer(i), given)) {
            result.diagnostics.push_back(std::move(*problem));
            skip[size_t(i)] = true;
        }
    }
    size_t total = 0;
    for (int i = 0; i < ds->GetLayerCount(); ++i) {
        if (skip[size_t(i)]) continue;
        OGRLayer* layer = ds->GetLayer(i);
        const GIntBig n = layer->GetFeatureCount(FALSE);
        if (n < 0) { total = 0; break; }  // unknown for one layer: no fraction for the file
        total += static_cast<size_t>(n);
    }
    progress.set_total(total);

    const char* long_name = ds->GetDriver() ? ds->GetDriver()->GetMetadataItem(GDAL_DMD_LONGNAME) : nullptr;
    FileLoad load{path, open_options, options, progress, errors, ds->GetDriverName(), long_name ? long_name : ""};
    for (int i = 0; i < ds->GetLayerCount(); ++i) {
        if (skip[size_t(i)]) continue;
        const size_t before = result.layers.size();
        // A big layer with a spatial index stays in its file, read where the view is.
        if (const auto rtree = index_to_read_through(*ds, *ds->GetLayer(i), load)) {
            if (!read_indexed_layer(*ds->GetLayer(i), i, *rtree, database ? given : std::string(), text, load,
                                    result.layers))
                return cancelled_result(path, progress);
            continue;
        }
        if (!read_layer(*ds->GetLayer(i), i, prj, text, load, result.layers, result.diagnostics)) {
            return cancelled_result(path, progress);  // drops what was read; GDAL's messages with it
        }
        if (result.layers.size() > before) suggest_index(*ds->GetLayer(i), load, result.layers[before]);
        if (database)  // kept in memory only, to read the table again (refresh)
            for (size_t l = before; l < result.layers.size(); ++l) result.layers[l].source_connection = given;
    }
    errors.flush(path, result.diagnostics);
    progress.done(load.read, load.reprojected_before);
    return result;
}

}  // namespace data
