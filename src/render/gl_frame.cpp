#include "render/gl_frame.h"

#include "render/gl.h"

namespace render {

void bind_window(int width, int height) {
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glViewport(0, 0, width, height);
}

void finish() { glFinish(); }

void clear_window(int width, int height, float r, float g, float b) {
    bind_window(width, height);
    glClearColor(r, g, b, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
}

}  // namespace render
