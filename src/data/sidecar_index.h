// `parkatlas --build-index FILE`: a spatial index written beside a Shapefile (its .qix), so that
// a big layer opens where the view is (data/indexed_source.h). The Shapefile's own files are
// never changed: only the .qix is written.
#pragma once

#include <string>

#include "data/diagnostic.h"

namespace data {

// Info when the index was written (or was there already), an error saying why not otherwise.
Diagnostic build_sidecar_index(const std::string& path);

}  // namespace data
