#include "render/map_renderer.h"

namespace render {

std::optional<MapRenderer> MapRenderer::create(std::string* error) {
    MapRenderer r;
    r.fill_ = ShaderProgram::build("fill", error);
    if (!r.fill_) return std::nullopt;
    r.line_ = ShaderProgram::build("line", error);
    if (!r.line_) return std::nullopt;
    r.point_ = ShaderProgram::build("point", error);
    if (!r.point_) return std::nullopt;
    return r;
}

void MapRenderer::set_common_uniforms(const ShaderProgram& p, const Camera& camera, const GpuLayer& layer,
                                      float opacity, float pixel_ratio) const {
    // Subtract in double, then hand the GPU a small float.
    const geo::Vec2 offset = layer.origin() - camera.centre;
    glUniform2f(p.uniform("u_offset"), float(offset.x), float(offset.y));
    glUniform1f(p.uniform("u_pixels_per_metre"), float(1.0 / camera.metres_per_pixel));
    glUniform2f(p.uniform("u_viewport"), float(camera.width_px), float(camera.height_px));
    glUniform1f(p.uniform("u_opacity"), opacity);
    glUniform1f(p.uniform("u_pixel_ratio"), pixel_ratio);
    glUniform1i(p.uniform("u_style"), 0);
}

void MapRenderer::draw(const Camera& camera, const std::vector<DrawLayer>& layers, Rgba background,
                       float pixel_ratio) const {
    glViewport(0, 0, camera.width_px, camera.height_px);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    glDisable(GL_SCISSOR_TEST);
    glEnable(GL_BLEND);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glClearColor(background.r / 255.0f, background.g / 255.0f, background.b / 255.0f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);

    for (const auto& item : layers) {
        if (!item.layer || item.opacity <= 0.0f) continue;
        const GpuLayer& layer = *item.layer;
        layer.bind_style(GL_TEXTURE0);
        if (layer.fill_index_count()) {
            glUseProgram(fill_->id());
            set_common_uniforms(*fill_, camera, layer, item.opacity, pixel_ratio);
            layer.draw_fills();
        }
        if (layer.segment_count() && layer.has_strokes()) {
            glUseProgram(line_->id());
            set_common_uniforms(*line_, camera, layer, item.opacity, pixel_ratio);
            glUniform1f(line_->uniform("u_width_scale"), 1.0f);
            layer.draw_lines();
        }
        if (layer.point_count()) {
            glUseProgram(point_->id());
            set_common_uniforms(*point_, camera, layer, item.opacity, pixel_ratio);
            layer.draw_points();
        }
    }
    glBindVertexArray(0);
    glUseProgram(0);
}

}  // namespace render
