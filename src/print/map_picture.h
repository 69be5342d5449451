// A map drawn into a rectangle of a page: the layers as vectors (vector_map), then the same
// overlay as the window's (labels, legend, title, scale bar, north arrow, attribution) through
// a CairoPainter. A `--render OUT.pdf` page is one of these; a brochure page has two.
#pragma once

#include <string>

#include "data/catalog.h"
#include "print/typesetter.h"
#include "print/vector_map.h"
#include "render/camera.h"
#include "ui/map_overlay.h"
#include "ui/theme.h"

namespace print {

struct MapPicture {
    geo::Box frame;                    // page units
    geo::Box view;                     // display CRS; shown whole, centred in the frame
    double padding = 0.0;              // page units kept free around the view
    ui::Theme theme;                   // type sizes and the overlay's scale, in page units
    bool overlay = true;               // labels and furniture
    bool title = true, legend = true, attribution = true;
    bool vietnamese_beneath = false;
    LayerStyles styles;                // per catalog layer; empty: each layer's own
    std::string occupancy_dates;       // the legend's; empty: the layer's
    const data::Feature* selected = nullptr;  // its label placed first
    const geo::Geometry* highlight = nullptr; // outlined on the map (a brochure's park)
};

struct MapPictureReport {
    render::Camera camera;             // screen = the frame, from its top-left corner
    VectorMapStats layers;
    size_t labels_wanted = 0, labels_placed = 0;
};

MapPictureReport draw_map_picture(const Typesetter& type, const data::Catalog& catalog, const MapPicture& picture);

}  // namespace print
