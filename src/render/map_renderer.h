// Draws layers through a camera: for each layer in order, its fills, then its outlines and
// lines, then its points; big layers as their cached pictures. Owns the shader programs;
// layers own their buffers.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "render/camera.h"
#include "render/feature_style.h"
#include "render/gl_handles.h"
#include "render/gpu_layer.h"
#include "render/shader_program.h"

namespace render {

class ChunkedLayer;
class LayerImageCache;
class RasterPicture;

struct DrawLayer {
    const GpuLayer* layer = nullptr;
    float opacity = 1.0f;
    const LayerImageCache* cached = nullptr;  // a big layer: drawn from its cached pictures
    const RasterPicture* raster = nullptr;    // a raster basemap: its latest picture
};

enum MeshPass : unsigned { kFillPass = 1, kLinePass = 2, kPointPass = 4, kAllPasses = 7 };

class MapRenderer {
public:
    // Needs a current GL 3.3 core context. nullopt (and *error) if a shader fails.
    static std::optional<MapRenderer> create(std::string* error);

    // Clears to `background` and draws into the bound framebuffer, whose size is the camera's.
    // `pixel_ratio`: framebuffer pixels per window pixel, so line widths and pins keep their
    // size on HiDPI screens.
    void draw(const Camera& camera, const std::vector<DrawLayer>& layers, Rgba background,
              float pixel_ratio = 1.0f) const;
    // The layers only: no clear, and viewport and scissor as the caller set them (a canvas
    // draws strips of the map this way).
    void draw_layers(const Camera& camera, const std::vector<DrawLayer>& layers, float pixel_ratio = 1.0f) const;

    // The pieces draw() is made of, for pictures rendered a part at a time. Each expects
    // begin_map_blending() and a viewport of the camera's size. The scissor test is left as
    // the caller set it.
    static void begin_map_blending();
    void draw_mesh(const Camera& camera, const GpuMesh& mesh, const StyleTexture& style, float opacity,
                   float pixel_ratio, unsigned passes = kAllPasses) const;
    // Into a picture only: boxes replace what is under them (no blending) and are premultiplied.
    void draw_boxes(const Camera& camera, const ChunkedLayer& layer, uint32_t first, uint32_t count,
                    float pixel_ratio) const;
    // Draws the part `part` (display CRS) of a picture taken through `picture_camera` (its
    // texture holds premultiplied colours) where it lies in `camera`'s view. Scaled pictures
    // are filtered unless `nearest` (a third cheaper on llvmpipe, for frames in motion).
    void draw_picture(const Camera& camera, GLuint texture, const Camera& picture_camera, const geo::Box& part,
                      float opacity, bool nearest = false) const;

private:
    void set_common_uniforms(const ShaderProgram& p, const Camera& camera, geo::Vec2 origin, float opacity,
                             float pixel_ratio) const;

    std::optional<ShaderProgram> fill_, line_, point_, box_, image_;
    UniqueVertexArray quad_vao_;  // empty: the picture quad comes from gl_VertexID, but core GL needs one bound
};

}  // namespace render
