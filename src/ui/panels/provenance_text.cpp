#include "ui/panels/provenance_text.h"

#include <cmath>

#include "geo/crs.h"
#include "i18n/catalogue.h"

namespace ui {

using i18n::N_;

std::string crs_provenance(const data::Layer& layer, i18n::Language lang) {
    if (layer.source_crs.empty()) return i18n::tr(N_("unknown: the layer cannot be placed"), lang);
    const std::string name = layer.source_crs_label.empty()
                                 ? geo::describe_crs(layer.source_crs).value_or(layer.source_crs.substr(0, 60))
                                 : layer.source_crs_label;
    return i18n::trf(N_("{0} ({1})"), lang, {name, i18n::tr(data::to_string(layer.provenance.crs), lang)});
}

std::string encoding_provenance(const data::Provenance& p, i18n::Language lang) {
    if (p.encoding.empty()) return i18n::tr(N_("as the file declares it (GDAL reads it)"), lang);
    if (p.encoding_basis == data::Basis::Guessed)
        return i18n::trf(N_("{0} (detected from the text, {1}% sure)"), lang,
                         {p.encoding, std::to_string(static_cast<int>(std::lround(p.encoding_confidence * 100)))});
    return i18n::trf(N_("{0} ({1})"), lang, {p.encoding, i18n::tr(data::to_string(p.encoding_basis), lang)});
}

}  // namespace ui
