#include "render/gl_frame.h"

#include "render/gl.h"

namespace render {

void bind_window(int width, int height) {
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glViewport(0, 0, width, height);
}

void finish() { glFinish(); }

}  // namespace render
