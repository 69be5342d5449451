// A map's layers as Cairo paths: the same styles the GPU draws (fills, hatching, dashed
// outlines, lines, pins and diamonds), culled to the view, so a PDF or SVG holds vectors.
#pragma once

#include <vector>

#include "data/catalog.h"
#include "print/cairo_handles.h"
#include "render/camera.h"
#include "render/feature_style.h"

namespace print {

// Styles per catalog layer (render::style_layer's, or the parks' as of a date); a layer with
// none gets style_layer's.
using LayerStyles = std::vector<std::vector<render::FeatureStyle>>;

struct VectorMapStats {
    size_t features_drawn = 0;
    size_t features_culled = 0;  // outside the view, or smaller than a quarter unit
};

// Draws the visible layers of `catalog` in order under `camera` (whose screen is the current
// Cairo user space from 0,0 to width_px,height_px) at `density` units per style pixel.
VectorMapStats draw_vector_layers(cairo_t* cr, const data::Catalog& catalog, const LayerStyles& styles,
                                  const render::Camera& camera, float density);

// An outline around a feature's polygons (a highlighted park), `width` units wide.
void outline_feature(cairo_t* cr, const geo::Geometry& g, const render::Camera& camera, render::Rgba colour, double width);

}  // namespace print
