#include "render/offscreen_target.h"

#include <algorithm>
#include <cstring>

namespace render {

namespace {

bool attach_colour(GLuint fbo, GLuint rbo, int samples, int width, int height) {
    glBindRenderbuffer(GL_RENDERBUFFER, rbo);
    if (samples > 1) glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, GL_RGBA8, width, height);
    else glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, width, height);
    glBindFramebuffer(GL_FRAMEBUFFER, fbo);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, rbo);
    return glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
}

}  // namespace

std::optional<OffscreenTarget> OffscreenTarget::create(int width, int height, int samples, std::string* error) {
    GLint max_size = 0, max_samples = 0;
    glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &max_size);
    glGetIntegerv(GL_MAX_SAMPLES, &max_samples);
    if (width < 1 || height < 1 || width > max_size || height > max_size) {
        if (error) *error = "image size " + std::to_string(width) + "x" + std::to_string(height) +
                            " is outside what OpenGL allows here (1.." + std::to_string(max_size) + ")";
        return std::nullopt;
    }
    OffscreenTarget t;
    t.width_ = width;
    t.height_ = height;
    t.draw_fbo_ = make_framebuffer();
    t.resolve_fbo_ = make_framebuffer();
    t.draw_colour_ = make_renderbuffer();
    t.resolve_colour_ = make_renderbuffer();
    const int s = std::clamp(samples, 1, std::max(1, int(max_samples)));
    if (!attach_colour(t.draw_fbo_.get(), t.draw_colour_.get(), s, width, height) ||
        !attach_colour(t.resolve_fbo_.get(), t.resolve_colour_.get(), 1, width, height)) {
        if (error) *error = "cannot create an offscreen framebuffer";
        return std::nullopt;
    }
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    return t;
}

void OffscreenTarget::bind() const { glBindFramebuffer(GL_FRAMEBUFFER, draw_fbo_.get()); }

Image OffscreenTarget::read_pixels() const {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, draw_fbo_.get());
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, resolve_fbo_.get());
    glBlitFramebuffer(0, 0, width_, height_, 0, 0, width_, height_, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, resolve_fbo_.get());
    Image img;
    img.width = width_;
    img.height = height_;
    img.rgba.resize(size_t(width_) * height_ * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width_, height_, GL_RGBA, GL_UNSIGNED_BYTE, img.rgba.data());
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    // GL's first row is the bottom one; images are stored top row first.
    const size_t row = size_t(width_) * 4;
    std::vector<uint8_t> tmp(row);
    for (int y = 0; y < height_ / 2; ++y) {
        uint8_t* a = &img.rgba[size_t(y) * row];
        uint8_t* b = &img.rgba[size_t(height_ - 1 - y) * row];
        std::memcpy(tmp.data(), a, row);
        std::memcpy(a, b, row);
        std::memcpy(b, tmp.data(), row);
    }
    return img;
}

}  // namespace render
