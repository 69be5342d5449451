// A headless OpenGL 3.3 core context through EGL's surfaceless Mesa platform: no X server,
// no window. Draw into an OffscreenTarget.
#pragma once

#include <memory>
#include <optional>
#include <string>

namespace render {

class EglContext {
public:
    static std::optional<EglContext> create(std::string* error);
    EglContext(EglContext&&) noexcept;
    EglContext& operator=(EglContext&&) noexcept;
    ~EglContext();

    std::string renderer_name() const;  // e.g. "llvmpipe (LLVM 15.0.6, 256 bits)"

private:
    struct State;
    explicit EglContext(std::unique_ptr<State> s);
    std::unique_ptr<State> state_;
};

}  // namespace render
