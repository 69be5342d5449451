// Moves a layer's geometries from the CRS they were read in to the display CRS.
#pragma once

#include <string>

#include "data/layer.h"

namespace data {

// Reprojects in place to `target_crs` (e.g. geo::kDisplayCrs). Points PROJ cannot transform
// drop their feature's geometry, with a warning. Returns false (with an Error diagnostic on the
// layer) if no transformation exists; the layer is then left untouched.
bool reproject_layer(Layer& layer, const std::string& target_crs, unsigned threads = 2);

}  // namespace data
