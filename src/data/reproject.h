// Moves a layer's geometries from the CRS they were read in to the display CRS.
#pragma once

#include <string>

#include "data/layer.h"

namespace data {

// Reprojects in place to `target_crs` (e.g. geo::kDisplayCrs). Points PROJ cannot transform
// drop their feature's geometry, with a warning. Returns false (with an Error diagnostic on the
// layer) if no transformation exists; the layer is then left untouched.
// approx_tolerance > 0 uses geo::ApproxTransformer over the layer's bounds (error at most that,
// in target units); 0, the default, transforms every point exactly with PROJ.
// The pipelined loader (load_vector_file with LoadOptions::target_crs) does the same while reading.
bool reproject_layer(Layer& layer, const std::string& target_crs, unsigned threads = 2,
                     double approx_tolerance = 0.0);

}  // namespace data
