#include "render/shader_program.h"

#include <vector>

#include "render/shader_sources.h"  // generated: embedded_shader(name)

namespace render {

std::string shader_source(std::string_view file_name) {
    const std::string_view raw = embedded_shader(file_name);
    std::string out;
    size_t pos = 0;
    while (pos < raw.size()) {
        size_t eol = raw.find('\n', pos);
        if (eol == std::string_view::npos) eol = raw.size();
        const std::string_view line = raw.substr(pos, eol - pos);
        constexpr std::string_view kInclude = "#include \"";
        if (line.substr(0, kInclude.size()) == kInclude) {
            const size_t close = line.find('"', kInclude.size());
            out += shader_source(line.substr(kInclude.size(), close - kInclude.size()));
        } else {
            out += line;
        }
        out += '\n';
        pos = eol + 1;
    }
    return out;
}

namespace {

UniqueShader compile(GLenum type, const std::string& source, const std::string& name, std::string* error) {
    UniqueShader shader(glCreateShader(type));
    const char* text = source.c_str();
    glShaderSource(shader.get(), 1, &text, nullptr);
    glCompileShader(shader.get());
    GLint ok = GL_FALSE;
    glGetShaderiv(shader.get(), GL_COMPILE_STATUS, &ok);
    if (ok) return shader;
    GLint length = 0;
    glGetShaderiv(shader.get(), GL_INFO_LOG_LENGTH, &length);
    std::vector<char> log(std::max(length, 1));
    glGetShaderInfoLog(shader.get(), length, nullptr, log.data());
    if (error) *error = "shader " + name + " does not compile: " + log.data();
    return {};
}

}  // namespace

std::optional<ShaderProgram> ShaderProgram::build(std::string_view name, std::string* error) {
    const std::string base(name);
    const std::string vs_src = shader_source(base + ".vert");
    const std::string fs_src = shader_source(base + ".frag");
    if (vs_src.empty() || fs_src.empty()) {
        if (error) *error = "shader " + base + " is not embedded in this build";
        return std::nullopt;
    }
    UniqueShader vs = compile(GL_VERTEX_SHADER, vs_src, base + ".vert", error);
    if (!vs) return std::nullopt;
    UniqueShader fs = compile(GL_FRAGMENT_SHADER, fs_src, base + ".frag", error);
    if (!fs) return std::nullopt;

    ShaderProgram program;
    program.program_ = UniqueProgram(glCreateProgram());
    glAttachShader(program.id(), vs.get());
    glAttachShader(program.id(), fs.get());
    glLinkProgram(program.id());
    GLint ok = GL_FALSE;
    glGetProgramiv(program.id(), GL_LINK_STATUS, &ok);
    if (!ok) {
        GLint length = 0;
        glGetProgramiv(program.id(), GL_INFO_LOG_LENGTH, &length);
        std::vector<char> log(std::max(length, 1));
        glGetProgramInfoLog(program.id(), length, nullptr, log.data());
        if (error) *error = "shader program " + base + " does not link: " + log.data();
        return std::nullopt;
    }
    return program;
}

}  // namespace render
