// Draws layers through a camera: for each layer in order, its fills, then its outlines and
// lines, then its points. Owns the shader programs; layers own their buffers.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "render/camera.h"
#include "render/feature_style.h"
#include "render/gpu_layer.h"
#include "render/shader_program.h"

namespace render {

struct DrawLayer {
    const GpuLayer* layer = nullptr;
    float opacity = 1.0f;
};

class MapRenderer {
public:
    // Needs a current GL 3.3 core context. nullopt (and *error) if a shader fails.
    static std::optional<MapRenderer> create(std::string* error);

    // Clears to `background` and draws into the bound framebuffer, whose size is the camera's.
    // `pixel_ratio`: framebuffer pixels per window pixel, so line widths and pins keep their
    // size on HiDPI screens.
    void draw(const Camera& camera, const std::vector<DrawLayer>& layers, Rgba background,
              float pixel_ratio = 1.0f) const;

private:
    void set_common_uniforms(const ShaderProgram& p, const Camera& camera, const GpuLayer& layer, float opacity,
                             float pixel_ratio) const;

    std::optional<ShaderProgram> fill_, line_, point_;
};

}  // namespace render
