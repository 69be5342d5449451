#include "render/map_renderer.h"

#include <cmath>

#include "render/chunked_layer.h"
#include "render/layer_image_cache.h"
#include "render/raster_picture.h"

namespace render {

std::optional<MapRenderer> MapRenderer::create(std::string* error) {
    MapRenderer r;
    for (auto [program, name] : {std::pair{&r.fill_, "fill"}, {&r.line_, "line"}, {&r.point_, "point"},
                                 {&r.box_, "box"}, {&r.image_, "image"}}) {
        *program = ShaderProgram::build(name, error);
        if (!*program) return std::nullopt;
    }
    r.quad_vao_ = make_vertex_array();
    return r;
}

void MapRenderer::set_common_uniforms(const ShaderProgram& p, const Camera& camera, geo::Vec2 origin, float opacity,
                                      float pixel_ratio) const {
    // Subtract in double, then hand the GPU a small float.
    const geo::Vec2 offset = origin - camera.centre;
    glUniform2f(p.uniform("u_offset"), float(offset.x), float(offset.y));
    glUniform1f(p.uniform("u_pixels_per_metre"), float(1.0 / camera.metres_per_pixel));
    glUniform2f(p.uniform("u_viewport"), float(camera.width_px), float(camera.height_px));
    glUniform1f(p.uniform("u_opacity"), opacity);
    glUniform1f(p.uniform("u_pixel_ratio"), pixel_ratio);
    glUniform1i(p.uniform("u_style"), 0);
}

void MapRenderer::begin_map_blending() {
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    glEnable(GL_BLEND);
    // Alpha accumulates as "over" too, so an offscreen picture ends up premultiplied.
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
}

void MapRenderer::draw_mesh(const Camera& camera, const GpuMesh& mesh, const StyleTexture& style, float opacity,
                            float pixel_ratio, unsigned passes) const {
    style.bind(GL_TEXTURE0);
    if ((passes & kFillPass) && mesh.fill_index_count()) {
        glUseProgram(fill_->id());
        set_common_uniforms(*fill_, camera, mesh.origin(), opacity, pixel_ratio);
        mesh.draw_fills();
    }
    if ((passes & kLinePass) && mesh.segment_count() && style.has_strokes()) {
        glUseProgram(line_->id());
        set_common_uniforms(*line_, camera, mesh.origin(), opacity, pixel_ratio);
        glUniform1f(line_->uniform("u_width_scale"), 1.0f);
        glUniform1i(line_->uniform("u_segments"), 1);
        mesh.draw_lines(GL_TEXTURE1);
    }
    if ((passes & kPointPass) && mesh.point_count()) {
        glUseProgram(point_->id());
        set_common_uniforms(*point_, camera, mesh.origin(), opacity, pixel_ratio);
        mesh.draw_points();
    }
}

void MapRenderer::draw_boxes(const Camera& camera, const ChunkedLayer& layer, uint32_t first, uint32_t count,
                             float pixel_ratio) const {
    layer.style().bind(GL_TEXTURE0);
    glUseProgram(box_->id());
    set_common_uniforms(*box_, camera, layer.origin(), 1.0f, pixel_ratio);
    glUniform1i(box_->uniform("u_boxes"), 1);
    glUniform1i(box_->uniform("u_ids"), 2);
    // Neighbouring parcels' boxes overlap: blended, their translucent fills would pile up into
    // an opaque slab, unlike the parcels themselves. Each pixel takes one box's colour instead.
    glDisable(GL_BLEND);
    layer.draw_boxes(first, count, GL_TEXTURE1, GL_TEXTURE2);
    glEnable(GL_BLEND);
}

void MapRenderer::draw_picture(const Camera& camera, GLuint texture, const Camera& picture_camera,
                               const geo::Box& part, float opacity, bool nearest) const {
    if (part.empty() || part.width() <= 0.0 || part.height() <= 0.0) return;
    const geo::Box pic = picture_camera.visible_box();
    const auto clip = [&](geo::Vec2 m) {
        const geo::Vec2 s = camera.map_to_screen(m);
        return geo::Vec2{s.x / camera.width_px * 2.0 - 1.0, 1.0 - s.y / camera.height_px * 2.0};
    };
    const geo::Vec2 lo = clip(part.min), hi = clip(part.max);
    glUseProgram(image_->id());
    glUniform4f(image_->uniform("u_rect"), float(lo.x), float(lo.y), float(hi.x), float(hi.y));
    glUniform4f(image_->uniform("u_uv"), float((part.min.x - pic.min.x) / pic.width()),
                float((part.min.y - pic.min.y) / pic.height()), float((part.max.x - pic.min.x) / pic.width()),
                float((part.max.y - pic.min.y) / pic.height()));
    glUniform1f(image_->uniform("u_opacity"), opacity);
    glUniform1i(image_->uniform("u_image"), 0);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, texture);
    // Pixel for pixel when the scales match (the usual case once the camera stops): no blur.
    const bool same_scale = std::abs(picture_camera.metres_per_pixel / camera.metres_per_pixel - 1.0) < 1e-3;
    const GLint filter = same_scale || nearest ? GL_NEAREST : GL_LINEAR;
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, filter);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, filter);
    glBlendFuncSeparate(GL_ONE, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glBindVertexArray(quad_vao_.get());
    glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
    begin_map_blending();
}

void MapRenderer::draw(const Camera& camera, const std::vector<DrawLayer>& layers, Rgba background,
                       float pixel_ratio) const {
    glViewport(0, 0, camera.width_px, camera.height_px);
    glDisable(GL_SCISSOR_TEST);
    glClearColor(background.r / 255.0f, background.g / 255.0f, background.b / 255.0f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    draw_layers(camera, layers, pixel_ratio);
}

void MapRenderer::draw_layers(const Camera& camera, const std::vector<DrawLayer>& layers, float pixel_ratio) const {
    begin_map_blending();
    for (const auto& item : layers) {
        if (item.opacity <= 0.0f) continue;
        if (item.raster) item.raster->draw(*this, camera, item.opacity);
        else if (item.cached) item.cached->draw(*this, camera, item.opacity);
        else if (item.layer) draw_mesh(camera, item.layer->mesh(), item.layer->style(), item.opacity, pixel_ratio);
    }
    glBindVertexArray(0);
    glUseProgram(0);
}

}  // namespace render
