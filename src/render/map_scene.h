// The catalog turned into drawable form: per layer a mesh and styles built on the CPU
// (any thread), then GPU layers uploaded once a GL context is current.
#pragma once

#include <memory>
#include <vector>

#include "data/catalog.h"
#include "render/gpu_layer.h"
#include "render/layer_mesh.h"
#include "render/map_renderer.h"

namespace render {

struct PreparedLayer {
    const data::MapLayer* source = nullptr;
    LayerMesh mesh;
    std::vector<FeatureStyle> styles;
};

class MapScene {
public:
    // CPU work: triangulation, outlines, styles. The catalog must outlive the scene.
    explicit MapScene(const data::Catalog& catalog);

    // GPU work: needs a current context. Call once.
    void upload();

    std::vector<DrawLayer> draw_list() const;
    const std::vector<PreparedLayer>& layers() const { return prepared_; }
    // The uploaded layer i (same index as layers()), e.g. to restyle it; null before upload().
    GpuLayer* gpu_layer(size_t i) const { return i < gpu_.size() ? gpu_[i].get() : nullptr; }

private:
    std::vector<PreparedLayer> prepared_;
    std::vector<std::unique_ptr<GpuLayer>> gpu_;  // parallel to prepared_ after upload()
};

}  // namespace render
