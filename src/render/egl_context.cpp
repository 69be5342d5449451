#include "render/egl_context.h"

#include <EGL/egl.h>
#include <EGL/eglext.h>

#include "render/gl.h"

namespace render {

namespace {

// One EGL display for the whole process, initialised on first use and never terminated:
// eglTerminate makes Mesa unload its driver, which costs a re-initialisation per render and
// strands the driver's global allocations (LeakSanitizer reports them). The OS frees it at exit.
EGLDisplay shared_display(std::string* error) {
    static const EGLDisplay display = [] {
        // eglGetPlatformDisplay is EGL 1.5; the surfaceless platform needs no X or GPU device.
        EGLDisplay d = eglGetPlatformDisplay(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, nullptr);
        EGLint major = 0, minor = 0;
        if (d != EGL_NO_DISPLAY && !eglInitialize(d, &major, &minor)) d = EGL_NO_DISPLAY;
        return d;
    }();
    if (display == EGL_NO_DISPLAY && error)
        *error = "no EGL surfaceless display (is Mesa's libegl-mesa0 installed?)";
    return display;
}

}  // namespace

struct EglContext::State {
    EGLDisplay display = EGL_NO_DISPLAY;
    EGLContext context = EGL_NO_CONTEXT;
    ~State() {
        if (context == EGL_NO_CONTEXT) return;
        eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
        eglDestroyContext(display, context);
    }
};

EglContext::EglContext(std::unique_ptr<State> s) : state_(std::move(s)) {}
EglContext::EglContext(EglContext&&) noexcept = default;
EglContext& EglContext::operator=(EglContext&&) noexcept = default;
EglContext::~EglContext() = default;

std::optional<EglContext> EglContext::create(std::string* error) {
    auto fail = [&](const char* why) -> std::optional<EglContext> {
        if (error) *error = std::string(why) + " (EGL error 0x" + [] {
            char buf[16];
            std::snprintf(buf, sizeof buf, "%x", eglGetError());
            return std::string(buf);
        }() + ")";
        return std::nullopt;
    };
    auto state = std::make_unique<State>();
    state->display = shared_display(error);
    if (state->display == EGL_NO_DISPLAY) return std::nullopt;
    if (!eglBindAPI(EGL_OPENGL_API)) return fail("EGL has no desktop OpenGL");
    const EGLint config_attribs[] = {EGL_SURFACE_TYPE, 0, EGL_RENDERABLE_TYPE, EGL_OPENGL_BIT, EGL_NONE};
    EGLConfig config = nullptr;
    EGLint count = 0;
    // Surfaceless contexts may be created without a config (EGL_KHR_no_config_context).
    if (!eglChooseConfig(state->display, config_attribs, &config, 1, &count) || count == 0) config = EGL_NO_CONFIG_KHR;
    const EGLint context_attribs[] = {EGL_CONTEXT_MAJOR_VERSION, 3, EGL_CONTEXT_MINOR_VERSION, 3,
                                      EGL_CONTEXT_OPENGL_PROFILE_MASK, EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT, EGL_NONE};
    state->context = eglCreateContext(state->display, config, EGL_NO_CONTEXT, context_attribs);
    if (state->context == EGL_NO_CONTEXT) return fail("cannot create an OpenGL 3.3 core context");
    if (!eglMakeCurrent(state->display, EGL_NO_SURFACE, EGL_NO_SURFACE, state->context))
        return fail("cannot make the OpenGL context current");
    return EglContext(std::move(state));
}

std::string EglContext::renderer_name() const {
    const auto* r = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
    const auto* v = reinterpret_cast<const char*>(glGetString(GL_VERSION));
    return std::string(r ? r : "?") + ", OpenGL " + (v ? v : "?");
}

}  // namespace render
