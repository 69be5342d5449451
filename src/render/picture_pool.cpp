#include "render/picture_pool.h"

#include <utility>

namespace render {

PictureTarget PicturePool::make(int width, int height) {
    PictureTarget t;
    make_picture_target(t.texture, t.framebuffer, width, height);
    t.width = width;
    t.height = height;
    return t;
}

PictureTarget PicturePool::take(int width, int height) {
    for (auto it = kept_.begin(); it != kept_.end(); ++it)
        if (it->width == width && it->height == height) {
            PictureTarget t = std::move(*it);
            kept_.erase(it);
            ++reused_;
            glBindFramebuffer(GL_FRAMEBUFFER, t.framebuffer.get());
            return t;
        }
    ++made_;
    return make(width, height);
}

void PicturePool::give(PictureTarget target) {
    if (!target) return;
    kept_.push_back(std::move(target));
    if (kept_.size() > kMaxKept) kept_.erase(kept_.begin());
}

}  // namespace render
