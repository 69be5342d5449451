// GLSL programs built from the sources in shaders/ (embedded in the binary at build time).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "render/gl_handles.h"

namespace render {

// The text of a file of shaders/, with `#include "x.glsl"` lines expanded; empty if unknown.
std::string shader_source(std::string_view file_name);

class ShaderProgram {
public:
    // Compiles and links `<name>.vert` + `<name>.frag`. On failure returns nullopt and puts the
    // compiler's log in *error.
    static std::optional<ShaderProgram> build(std::string_view name, std::string* error);

    GLuint id() const { return program_.get(); }
    GLint uniform(const char* name) const { return glGetUniformLocation(program_.get(), name); }

private:
    UniqueProgram program_;
};

}  // namespace render
