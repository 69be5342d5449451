// Checks on a database layer before it is read (internal to the loader: it includes GDAL).
#pragma once

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <optional>
#include <string>

#include "data/diagnostic.h"

namespace data {

// GDAL opens "tables=public.nope" without complaint and fails only when reading it; a table
// with no geometry column reads as rows with nothing to draw. Either is said here, clearly,
// naming the connection (`source` as given; its password masked). nullopt: read the layer.
std::optional<Diagnostic> database_layer_problem(GDALDataset& ds, OGRLayer& layer, const std::string& source);

}  // namespace data
