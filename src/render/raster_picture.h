// A raster layer's picture on the GPU: the last image read for it (a view's box at the
// screen's resolution) and the box it shows. Drawn as one textured quad, moved and scaled to
// the camera, so that the previous picture stands in, stretched, until the next arrives.
#pragma once

#include <cstdint>
#include <vector>

#include "data/raster_source.h"
#include "render/camera.h"
#include "render/gl_handles.h"

namespace render {

class MapRenderer;

// A picture as the GPU takes it: premultiplied, bottom row first. Made on any thread, so that
// the drawing thread only uploads.
struct RasterTexels {
    int width = 0, height = 0;
    std::vector<uint8_t> rgba;
    geo::Box box;
};
RasterTexels prepare_texels(const data::RasterImage& image);

class RasterPicture {
public:
    // Uploads (needs a current GL context); an image that failed leaves the picture as it was.
    void set(const RasterTexels& texels);
    void set(const data::RasterImage& image) { set(prepare_texels(image)); }
    void clear();
    bool empty() const { return !texture_; }
    const geo::Box& box() const { return box_; }
    // Display metres per texel, across.
    double metres_per_pixel() const { return width_ > 0 ? box_.width() / width_ : 0.0; }
    // Changes whenever a new picture is set: a cached canvas showing the old one is stale.
    unsigned version() const { return version_; }

    void draw(const MapRenderer& renderer, const Camera& camera, float opacity) const;

private:
    UniqueTexture texture_;
    geo::Box box_;
    int width_ = 0, height_ = 0;
    unsigned version_ = 0;
};

}  // namespace render
