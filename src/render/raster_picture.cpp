#include "render/raster_picture.h"

#include <algorithm>
#include <vector>

#include "render/map_renderer.h"

namespace render {

RasterTexels prepare_texels(const data::RasterImage& image) {
    RasterTexels t;
    if (!image.ok()) return t;
    // The map's pictures are premultiplied and bottom row first (GL's texture origin): the
    // image is straight alpha, top row first.
    std::vector<uint8_t>& texels = t.rgba;
    texels.resize(image.rgba.size());
    const size_t row = size_t(image.width) * 4;
    for (int r = 0; r < image.height; ++r) {
        const uint8_t* in = image.rgba.data() + size_t(image.height - 1 - r) * row;
        uint8_t* out = texels.data() + size_t(r) * row;
        for (size_t i = 0; i < row; i += 4) {
            const unsigned a = in[i + 3];
            out[i + 0] = uint8_t((in[i + 0] * a + 127) / 255);
            out[i + 1] = uint8_t((in[i + 1] * a + 127) / 255);
            out[i + 2] = uint8_t((in[i + 2] * a + 127) / 255);
            out[i + 3] = uint8_t(a);
        }
    }
    t.width = image.width;
    t.height = image.height;
    t.box = image.box;
    return t;
}

void RasterPicture::set(const RasterTexels& image) {
    if (image.width < 1 || image.height < 1) return;
    if (!texture_ || width_ != image.width || height_ != image.height) {
        texture_ = make_texture();
        glBindTexture(GL_TEXTURE_2D, texture_.get());
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, image.width, image.height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    }
    glBindTexture(GL_TEXTURE_2D, texture_.get());
    glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
    glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, image.width, image.height, GL_RGBA, GL_UNSIGNED_BYTE, image.rgba.data());
    glBindTexture(GL_TEXTURE_2D, 0);
    box_ = image.box;
    width_ = image.width;
    height_ = image.height;
    ++version_;
}

void RasterPicture::clear() {
    texture_.reset();
    box_ = {};
    width_ = height_ = 0;
    ++version_;
}

void RasterPicture::draw(const MapRenderer& renderer, const Camera& camera, float opacity) const {
    if (!texture_ || width_ < 1 || height_ < 1) return;
    // The camera the picture was "taken" through: its box at its size.
    Camera taken;
    taken.centre = {(box_.min.x + box_.max.x) / 2, (box_.min.y + box_.max.y) / 2};
    taken.metres_per_pixel = box_.width() / width_;
    taken.width_px = width_;
    taken.height_px = height_;
    const geo::Box view = camera.visible_box();
    geo::Box part;
    part.expand({std::max(view.min.x, box_.min.x), std::max(view.min.y, box_.min.y)});
    part.expand({std::min(view.max.x, box_.max.x), std::min(view.max.y, box_.max.y)});
    if (part.min.x >= part.max.x || part.min.y >= part.max.y) return;
    renderer.draw_picture(camera, texture_.get(), taken, part, opacity);
}

}  // namespace render
