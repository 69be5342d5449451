// Move-only owners of OpenGL object names. Create and destroy them with the context current.
#pragma once

#include <utility>

#include "render/gl.h"

namespace render {

template <void (*Delete)(GLuint)>
class GlHandle {
public:
    GlHandle() = default;
    explicit GlHandle(GLuint id) : id_(id) {}
    GlHandle(GlHandle&& o) noexcept : id_(std::exchange(o.id_, 0)) {}
    GlHandle& operator=(GlHandle&& o) noexcept {
        if (this != &o) {
            reset();
            id_ = std::exchange(o.id_, 0);
        }
        return *this;
    }
    GlHandle(const GlHandle&) = delete;
    GlHandle& operator=(const GlHandle&) = delete;
    ~GlHandle() { reset(); }

    GLuint get() const { return id_; }
    explicit operator bool() const { return id_ != 0; }
    void reset() {
        if (id_) Delete(id_);
        id_ = 0;
    }

private:
    GLuint id_ = 0;
};

namespace gl_delete {
inline void buffer(GLuint id) { glDeleteBuffers(1, &id); }
inline void vertex_array(GLuint id) { glDeleteVertexArrays(1, &id); }
inline void texture(GLuint id) { glDeleteTextures(1, &id); }
inline void framebuffer(GLuint id) { glDeleteFramebuffers(1, &id); }
inline void renderbuffer(GLuint id) { glDeleteRenderbuffers(1, &id); }
inline void program(GLuint id) { glDeleteProgram(id); }
inline void shader(GLuint id) { glDeleteShader(id); }
}  // namespace gl_delete

using UniqueBuffer = GlHandle<gl_delete::buffer>;
using UniqueVertexArray = GlHandle<gl_delete::vertex_array>;
using UniqueTexture = GlHandle<gl_delete::texture>;
using UniqueFramebuffer = GlHandle<gl_delete::framebuffer>;
using UniqueRenderbuffer = GlHandle<gl_delete::renderbuffer>;
using UniqueProgram = GlHandle<gl_delete::program>;
using UniqueShader = GlHandle<gl_delete::shader>;

template <class Handle, void (*Gen)(GLsizei, GLuint*)>
Handle make_gl_object() {
    GLuint id = 0;
    Gen(1, &id);
    return Handle(id);
}

inline UniqueBuffer make_buffer() { return make_gl_object<UniqueBuffer, glGenBuffers>(); }
inline UniqueVertexArray make_vertex_array() { return make_gl_object<UniqueVertexArray, glGenVertexArrays>(); }
inline UniqueTexture make_texture() { return make_gl_object<UniqueTexture, glGenTextures>(); }
inline UniqueFramebuffer make_framebuffer() { return make_gl_object<UniqueFramebuffer, glGenFramebuffers>(); }
inline UniqueRenderbuffer make_renderbuffer() { return make_gl_object<UniqueRenderbuffer, glGenRenderbuffers>(); }

// A picture to render into: an RGBA8 texture (edges clamped, filtered linearly) and a
// framebuffer drawing into it, left bound.
inline void make_picture_target(UniqueTexture& texture, UniqueFramebuffer& framebuffer, int width, int height) {
    texture = make_texture();
    glBindTexture(GL_TEXTURE_2D, texture.get());
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    framebuffer = make_framebuffer();
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer.get());
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, texture.get(), 0);
}

}  // namespace render
