// One LayerMesh on the GPU: vertex arrays and buffers for fills, outline segments and points.
// Holds no style: a layer's features share one StyleTexture, however many meshes they span.
#pragma once

#include <cstddef>

#include "render/gl_handles.h"
#include "render/layer_mesh.h"

namespace render {

class GpuMesh {
public:
    explicit GpuMesh(const LayerMesh& mesh);

    geo::Vec2 origin() const { return origin_; }
    GLsizei fill_index_count() const { return fill_index_count_; }
    GLsizei segment_count() const { return segment_count_; }
    GLsizei point_count() const { return point_count_; }
    size_t bytes() const { return bytes_; }  // buffer storage, for cache budgets

    // Each binds its own vertex array; the caller has bound the program and set uniforms.
    // Lines read their segments from a buffer texture on `segment_unit` (six vertices per
    // segment, no instancing: llvmpipe runs its vertex pipeline once per instance).
    void draw_fills() const;
    void draw_lines(GLenum segment_unit) const;
    void draw_points() const;

private:
    geo::Vec2 origin_;
    UniqueVertexArray fill_vao_, line_vao_, point_vao_;
    UniqueBuffer fill_vertices_, fill_indices_, segments_, points_;
    UniqueTexture segment_texture_;
    GLsizei fill_index_count_ = 0, segment_count_ = 0, point_count_ = 0;
    size_t bytes_ = 0;
};

// Attribute helpers shared by the GPU buffers of this directory.
void float_attribute(GLuint location, GLint size, GLsizei stride, size_t offset, GLuint divisor);
void uint_attribute(GLuint location, GLsizei stride, size_t offset, GLuint divisor);
// A buffer texture over `buffer`, for shaders that fetch their data by gl_VertexID.
UniqueTexture buffer_texture(GLuint buffer, GLenum internal_format);

}  // namespace render
