#include "render/gpu_layer.h"

#include <algorithm>
#include <cstddef>

namespace render {

namespace {

template <class T>
UniqueBuffer upload_buffer(GLenum target, const std::vector<T>& data) {
    UniqueBuffer buffer = make_buffer();
    glBindBuffer(target, buffer.get());
    glBufferData(target, GLsizeiptr(data.size() * sizeof(T)), data.empty() ? nullptr : data.data(), GL_STATIC_DRAW);
    return buffer;
}

void float_attribute(GLuint location, GLint size, GLsizei stride, size_t offset, GLuint divisor) {
    glEnableVertexAttribArray(location);
    glVertexAttribPointer(location, size, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<const void*>(offset));
    glVertexAttribDivisor(location, divisor);
}

void uint_attribute(GLuint location, GLsizei stride, size_t offset, GLuint divisor) {
    glEnableVertexAttribArray(location);
    glVertexAttribIPointer(location, 1, GL_UNSIGNED_INT, stride, reinterpret_cast<const void*>(offset));
    glVertexAttribDivisor(location, divisor);
}

uint8_t to_byte(float v) { return static_cast<uint8_t>(std::clamp(v, 0.0f, 255.0f) + 0.5f); }

}  // namespace

GpuLayer::GpuLayer(const LayerMesh& mesh, const std::vector<FeatureStyle>& styles) : origin_(mesh.origin) {
    fill_index_count_ = GLsizei(mesh.fill_indices.size());
    segment_count_ = GLsizei(mesh.segments.size());
    point_count_ = GLsizei(mesh.points.size());

    if (fill_index_count_) {
        fill_vao_ = make_vertex_array();
        glBindVertexArray(fill_vao_.get());
        fill_vertices_ = upload_buffer(GL_ARRAY_BUFFER, mesh.fill_vertices);
        fill_indices_ = upload_buffer(GL_ELEMENT_ARRAY_BUFFER, mesh.fill_indices);
        float_attribute(0, 2, sizeof(FillVertex), offsetof(FillVertex, x), 0);
        uint_attribute(1, sizeof(FillVertex), offsetof(FillVertex, feature), 0);
    }
    if (segment_count_) {
        line_vao_ = make_vertex_array();
        glBindVertexArray(line_vao_.get());
        segments_ = upload_buffer(GL_ARRAY_BUFFER, mesh.segments);
        float_attribute(0, 4, sizeof(LineSegment), offsetof(LineSegment, x0), 1);
        float_attribute(1, 1, sizeof(LineSegment), offsetof(LineSegment, distance), 1);
        uint_attribute(2, sizeof(LineSegment), offsetof(LineSegment, feature), 1);
    }
    if (point_count_) {
        point_vao_ = make_vertex_array();
        glBindVertexArray(point_vao_.get());
        points_ = upload_buffer(GL_ARRAY_BUFFER, mesh.points);
        float_attribute(0, 2, sizeof(PointInstance), offsetof(PointInstance, x), 1);
        uint_attribute(1, sizeof(PointInstance), offsetof(PointInstance, feature), 1);
    }
    glBindVertexArray(0);
    style_ = make_texture();
    set_styles(styles);
}

void GpuLayer::set_styles(const std::vector<FeatureStyle>& styles) {
    const int features = std::max<int>(1, int(styles.size()));
    const int width = kStyleTextureFeaturesPerRow * kStyleTexelsPerFeature;
    const int height = (features + kStyleTextureFeaturesPerRow - 1) / kStyleTextureFeaturesPerRow;
    std::vector<Rgba> texels(size_t(width) * height);
    has_strokes_ = false;
    for (size_t i = 0; i < styles.size(); ++i) {
        const FeatureStyle& s = styles[i];
        Rgba* t = &texels[i * kStyleTexelsPerFeature];
        t[0] = s.fill;
        t[1] = s.stroke;
        t[2] = {to_byte(s.stroke_px * 16.0f), to_byte(s.dash_px), uint8_t(s.pattern == FillPattern::Hatch ? 1 : 0),
                to_byte(s.point_px)};
        if (s.shape == PointShape::Diamond) t[2].b = 1;  // points reuse the pattern byte for their shape
        has_strokes_ |= s.stroke_px > 0.0f && s.stroke.a > 0;
    }
    glBindTexture(GL_TEXTURE_2D, style_.get());
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, texels.data());
}

void GpuLayer::bind_style(GLenum texture_unit) const {
    glActiveTexture(texture_unit);
    glBindTexture(GL_TEXTURE_2D, style_.get());
}

void GpuLayer::draw_fills() const {
    if (!fill_index_count_) return;
    glBindVertexArray(fill_vao_.get());
    glDrawElements(GL_TRIANGLES, fill_index_count_, GL_UNSIGNED_INT, nullptr);
}

void GpuLayer::draw_lines() const {
    if (!segment_count_ || !has_strokes_) return;
    glBindVertexArray(line_vao_.get());
    glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, segment_count_);
}

void GpuLayer::draw_points() const {
    if (!point_count_) return;
    glBindVertexArray(point_vao_.get());
    glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, point_count_);
}

}  // namespace render
