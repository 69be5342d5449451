// A framebuffer to draw into without a window: multisampled for smooth edges, resolved into
// a plain one for reading back pixels.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "render/gl_handles.h"

namespace render {

struct Image {
    int width = 0, height = 0;
    std::vector<uint8_t> rgba;  // top row first
    const uint8_t* pixel(int x, int y) const { return &rgba[(size_t(y) * width + x) * 4]; }
};

class OffscreenTarget {
public:
    static std::optional<OffscreenTarget> create(int width, int height, int samples, std::string* error);

    void bind() const;            // draw into the multisampled buffer
    GLuint framebuffer() const { return draw_fbo_.get(); }  // the one bind() binds
    Image read_pixels() const;    // resolve and read back, top row first

    int width() const { return width_; }
    int height() const { return height_; }

private:
    int width_ = 0, height_ = 0;
    UniqueFramebuffer draw_fbo_, resolve_fbo_;
    UniqueRenderbuffer draw_colour_, resolve_colour_;
};

}  // namespace render
