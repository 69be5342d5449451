#include "render/gpu_mesh.h"

#include <cstddef>
#include <vector>

namespace render {

namespace {

template <class T>
UniqueBuffer upload_buffer(GLenum target, const std::vector<T>& data, size_t& bytes) {
    UniqueBuffer buffer = make_buffer();
    glBindBuffer(target, buffer.get());
    glBufferData(target, GLsizeiptr(data.size() * sizeof(T)), data.empty() ? nullptr : data.data(), GL_STATIC_DRAW);
    bytes += data.size() * sizeof(T);
    return buffer;
}

}  // namespace

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

UniqueTexture buffer_texture(GLuint buffer, GLenum internal_format) {
    UniqueTexture texture = make_texture();
    glBindTexture(GL_TEXTURE_BUFFER, texture.get());
    glTexBuffer(GL_TEXTURE_BUFFER, internal_format, buffer);
    glBindTexture(GL_TEXTURE_BUFFER, 0);
    return texture;
}

GpuMesh::GpuMesh(const LayerMesh& mesh) : origin_(mesh.origin) {
    fill_index_count_ = GLsizei(mesh.fill_indices.size());
    segment_count_ = GLsizei(mesh.segments.size());
    point_count_ = GLsizei(mesh.points.size());

    if (fill_index_count_) {
        fill_vao_ = make_vertex_array();
        glBindVertexArray(fill_vao_.get());
        fill_vertices_ = upload_buffer(GL_ARRAY_BUFFER, mesh.fill_vertices, bytes_);
        fill_indices_ = upload_buffer(GL_ELEMENT_ARRAY_BUFFER, mesh.fill_indices, bytes_);
        float_attribute(0, 2, sizeof(FillVertex), offsetof(FillVertex, x), 0);
        uint_attribute(1, sizeof(FillVertex), offsetof(FillVertex, feature), 0);
    }
    if (segment_count_) {
        static_assert(sizeof(LineSegment) == 24, "the line shader reads a segment as three RG32UI texels");
        line_vao_ = make_vertex_array();  // core profile: a draw needs one bound, even empty
        segments_ = upload_buffer(GL_TEXTURE_BUFFER, mesh.segments, bytes_);
        segment_texture_ = buffer_texture(segments_.get(), GL_RG32UI);
    }
    if (point_count_) {
        point_vao_ = make_vertex_array();
        glBindVertexArray(point_vao_.get());
        points_ = upload_buffer(GL_ARRAY_BUFFER, mesh.points, bytes_);
        float_attribute(0, 2, sizeof(PointInstance), offsetof(PointInstance, x), 1);
        uint_attribute(1, sizeof(PointInstance), offsetof(PointInstance, feature), 1);
    }
    glBindVertexArray(0);
}

void GpuMesh::draw_fills() const {
    if (!fill_index_count_) return;
    glBindVertexArray(fill_vao_.get());
    glDrawElements(GL_TRIANGLES, fill_index_count_, GL_UNSIGNED_INT, nullptr);
}

void GpuMesh::draw_lines(GLenum segment_unit) const {
    if (!segment_count_) return;
    glActiveTexture(segment_unit);
    glBindTexture(GL_TEXTURE_BUFFER, segment_texture_.get());
    glBindVertexArray(line_vao_.get());
    glDrawArrays(GL_TRIANGLES, 0, segment_count_ * 6);
}

void GpuMesh::draw_points() const {
    if (!point_count_) return;
    glBindVertexArray(point_vao_.get());
    glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, point_count_);
}

}  // namespace render
