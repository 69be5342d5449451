// How a layer's CRS and text encoding were settled (named in the file, guessed, given), in
// words: for the layer's tooltip in the window and for `parkatlas --info`.
#pragma once

#include <string>

#include "data/layer.h"
#include "i18n/language.h"

namespace ui {

// "VN-2000 / TM-3 105-45 (EPSG:9210) (guessed from the content)"
std::string crs_provenance(const data::Layer& layer, i18n::Language lang);
// "TCVN3 (ABC) (detected from the text, 97% sure)"
std::string encoding_provenance(const data::Provenance& p, i18n::Language lang);

}  // namespace ui
