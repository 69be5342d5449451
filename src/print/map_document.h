// `parkatlas --render OUT.pdf | OUT.svg`: the map of the PNG as a vector page, on paper (A4,
// A3; landscape or portrait) with a margin, or the size of the image asked for, full bleed.
#pragma once

#include <optional>
#include <string>

#include "data/catalog.h"
#include "print/document.h"
#include "print/vector_map.h"

namespace print {

struct MapDocumentRequest {
    std::string path;                  // .pdf or .svg
    PageSize page;                     // paper (units_per_pt 900/595) or pixel_page()
    geo::Box view;                     // display CRS
    i18n::Language language = i18n::Language::En;
    bool vietnamese_beneath = false;
    LayerStyles styles;                // per catalog layer; empty: the layers' own
    std::string occupancy_dates;       // the legend's; empty: the layer's
};

struct MapDocumentReport {
    std::string page;                  // "A4 landscape"
    size_t features_drawn = 0;
    size_t labels_wanted = 0, labels_placed = 0;
};

// false and *error (in the request's language) when the file cannot be written.
bool write_map_document(const data::Catalog& catalog, const MapDocumentRequest& request, MapDocumentReport* report,
                        std::string* error);

}  // namespace print
