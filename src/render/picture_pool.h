// Picture targets (an RGBA8 texture and its framebuffer) kept for reuse. llvmpipe takes 25-90
// ms to make a 14 MB texture, most right after a big file has loaded, just when the window
// rebuilds its scene: the layers it had then get their pictures' textures back at no cost.
#pragma once

#include <cstddef>
#include <vector>

#include "render/gl_handles.h"

namespace render {

struct PictureTarget {
    UniqueTexture texture;
    UniqueFramebuffer framebuffer;
    int width = 0, height = 0;
    explicit operator bool() const { return bool(texture); }
};

class PicturePool {
public:
    static constexpr size_t kMaxKept = 8;  // three per big layer: two views and an overview

    // A new target of this size (contents undefined), its framebuffer left bound.
    static PictureTarget make(int width, int height);
    // A target of exactly this size (contents undefined): a kept one, else a new one. Leaves
    // its framebuffer bound.
    PictureTarget take(int width, int height);
    // Keeps `target` for a later take; beyond kMaxKept the oldest kept one is deleted.
    void give(PictureTarget target);
    void clear() { kept_.clear(); }  // with the GL context current

    size_t kept() const { return kept_.size(); }
    size_t reused() const { return reused_; }  // takes served from the kept ones, ever
    size_t made() const { return made_; }      // takes that made a new texture, ever

private:
    std::vector<PictureTarget> kept_;
    size_t reused_ = 0, made_ = 0;
};

}  // namespace render
