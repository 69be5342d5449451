// One layer's meshes on the GPU: uploaded once, drawn with one call per pass, restyled by
// rewriting a small texture (three texels per feature), never by rebuilding geometry.
#pragma once

#include <vector>

#include "render/feature_style.h"
#include "render/gl_handles.h"
#include "render/layer_mesh.h"

namespace render {

class GpuLayer {
public:
    GpuLayer(const LayerMesh& mesh, const std::vector<FeatureStyle>& styles);

    void set_styles(const std::vector<FeatureStyle>& styles);

    geo::Vec2 origin() const { return origin_; }
    GLsizei fill_index_count() const { return fill_index_count_; }
    GLsizei segment_count() const { return segment_count_; }
    GLsizei point_count() const { return point_count_; }
    bool has_strokes() const { return has_strokes_; }

    // Each binds its own vertex array; the caller has bound the program and set uniforms.
    void bind_style(GLenum texture_unit) const;
    void draw_fills() const;
    void draw_lines() const;
    void draw_points() const;

private:
    geo::Vec2 origin_;
    UniqueVertexArray fill_vao_, line_vao_, point_vao_;
    UniqueBuffer fill_vertices_, fill_indices_, segments_, points_;
    UniqueTexture style_;
    GLsizei fill_index_count_ = 0, segment_count_ = 0, point_count_ = 0;
    bool has_strokes_ = false;
};

}  // namespace render
