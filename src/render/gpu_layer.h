// One small layer on the GPU: its whole mesh, uploaded once and drawn with one call per pass,
// and its styles. Big polygon layers go through ChunkedLayer instead.
#pragma once

#include <vector>

#include "render/gpu_mesh.h"
#include "render/style_texture.h"

namespace render {

class GpuLayer {
public:
    GpuLayer(const LayerMesh& mesh, const std::vector<FeatureStyle>& styles) : mesh_(mesh), style_(styles) {}

    void set_styles(const std::vector<FeatureStyle>& styles) { style_.set(styles); }

    const GpuMesh& mesh() const { return mesh_; }
    const StyleTexture& style() const { return style_; }

private:
    GpuMesh mesh_;
    StyleTexture style_;
};

}  // namespace render
