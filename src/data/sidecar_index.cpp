#include "data/sidecar_index.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <filesystem>

#include "data/gdal_error_capture.h"
#include "data/shapefile_checks.h"

namespace fs = std::filesystem;

namespace data {

Diagnostic build_sidecar_index(const std::string& path) {
    static const bool registered = (GDALAllRegister(), true);
    (void)registered;
    std::error_code ec;
    if (!fs::exists(path, ec)) return diagnostic(Severity::Error, path, i18n::N_("file not found"));
    if (!is_shapefile_path(path) || !fs::is_regular_file(path, ec))
        return diagnostic(Severity::Error, path,
                          i18n::N_("only a Shapefile takes an index beside it; another format gets one in a copy saved "
                                   "as a GeoPackage (`ogr2ogr -f GPKG copy.gpkg {0}`)"),
                          {path});
    const fs::path qix = fs::path(path).replace_extension(".qix");
    if (fs::exists(qix, ec))
        return diagnostic(Severity::Info, path, i18n::N_("it has a spatial index already ({0})"), {qix.filename().string()});
    GdalErrorCapture errors;
    // Update access is what GDAL asks to write the .qix; the statement touches nothing else.
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr));
    if (!ds || ds->GetLayerCount() < 1) {
        std::string said;
        for (const auto& [severity, text] : errors.take()) said += (said.empty() ? "" : " ") + text;
        return diagnostic(Severity::Error, path, i18n::N_("cannot open it to write an index beside it: {0}"), {said});
    }
    std::string name = ds->GetLayer(0)->GetName();
    std::string quoted = "\"";
    for (char c : name) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    ds->ExecuteSQL(("CREATE SPATIAL INDEX ON " + quoted + "\"").c_str(), nullptr, nullptr);
    const GIntBig count = ds->GetLayer(0)->GetFeatureCount(FALSE);
    ds.reset();
    if (!fs::exists(qix, ec)) {
        std::string said;
        for (const auto& [severity, text] : errors.take()) said += (said.empty() ? "" : " ") + text;
        return diagnostic(Severity::Error, path, i18n::N_("no index could be written beside it: {0}"), {said});
    }
    return diagnostic(Severity::Info, path,
                      i18n::N_("wrote {0} ({1} features): the next opening reads only what the view shows"),
                      {qix.filename().string(), std::to_string(count)});
}

}  // namespace data
