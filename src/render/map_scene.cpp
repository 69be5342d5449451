#include "render/map_scene.h"

#include "render/map_style.h"

namespace render {

MapScene::MapScene(const data::Catalog& catalog) {
    for (const auto& layer : catalog.layers) {
        PreparedLayer p;
        p.source = &layer;
        p.mesh = build_layer_mesh(layer.layer);
        p.styles = style_layer(layer);
        prepared_.push_back(std::move(p));
    }
}

void MapScene::upload() {
    gpu_.clear();
    for (const auto& p : prepared_) gpu_.push_back(std::make_unique<GpuLayer>(p.mesh, p.styles));
}

std::vector<DrawLayer> MapScene::draw_list() const {
    std::vector<DrawLayer> list;
    for (size_t i = 0; i < gpu_.size(); ++i)
        if (prepared_[i].source->visible) list.push_back({gpu_[i].get(), 1.0f});
    return list;
}

}  // namespace render
