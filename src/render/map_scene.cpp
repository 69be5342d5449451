#include "render/map_scene.h"

#include <algorithm>

#include "render/map_style.h"

namespace render {

namespace {
// The base map: never hovered, selected or restyled per feature, so a cached picture of it
// stays valid until the camera changes.
bool is_static_role(data::LayerRole role) {
    return role == data::LayerRole::Sea || role == data::LayerRole::Land || role == data::LayerRole::Rivers ||
           role == data::LayerRole::Coastline;
}
// Whether every feature is drawn in the background colour only, changing no pixel.
bool unseen(const std::vector<FeatureStyle>& styles) {
    const Rgba background = palette().background;
    return !styles.empty() && std::all_of(styles.begin(), styles.end(), [&](const FeatureStyle& s) {
        const bool fill_unseen = s.fill.a == 0 || s.fill == background;
        const bool stroke_unseen = s.stroke_px <= 0.0f || s.stroke.a == 0;
        return fill_unseen && stroke_unseen && s.point_px <= 0.0f;
    });
}
}  // namespace

PreparedLayer prepare_layer(const data::MapLayer& layer, size_t chunked_min_features) {
    PreparedLayer p;
    p.source = &layer;
    // An indexed layer's features are in its file: only chunks can draw it.
    const bool many_features = layer.layer.rows || (layer.layer.kind == geo::GeometryKind::Polygons &&
                                                    layer.layer.features.size() >= chunked_min_features);
    if (many_features) {
        p.chunked = prepare_chunked_layer(layer.layer);
    } else {
        p.mesh = build_layer_mesh(layer.layer);
        // Heavy, and never restyled per feature: a picture is cheaper than drawing it each frame.
        const size_t primitives = p.mesh.triangle_count() + 2 * p.mesh.segments.size();
        if (chunked_min_features != SIZE_MAX && layer.layer.kind != geo::GeometryKind::Points &&
            primitives >= kCachedLayerMinPrimitives && is_static_role(layer.role)) {
            p.chunked = prepare_chunked_layer(layer.layer);
        }
    }
    p.styles = style_layer(layer);
    p.invisible = unseen(p.styles);
    return p;
}

MapScene::MapScene(const data::Catalog& catalog, size_t chunked_min_features, std::vector<PreparedLayer> ready) {
    for (const auto& layer : catalog.layers) {
        auto it = std::find_if(ready.begin(), ready.end(), [&](const PreparedLayer& r) { return r.source == &layer; });
        prepared_.push_back(it != ready.end() ? std::move(*it) : prepare_layer(layer, chunked_min_features));
    }
    for (const auto& r : catalog.rasters) {
        raster_sources_.push_back(&r);
        raster_owned_.push_back(r.source);
        rasters_.push_back(std::make_unique<RasterPicture>());
    }
}

void MapScene::stop_building() {
    for (auto& c : chunked_)
        if (c) c->stop_building();
}

void MapScene::upload(PicturePool* pool) {
    gpu_.clear();
    chunked_.clear();
    caches_.clear();
    for (auto& p : prepared_) {
        if (p.chunked) {
            gpu_.push_back(nullptr);
            chunked_.push_back(std::make_unique<ChunkedLayer>(p.source->layer, std::move(*p.chunked), p.styles));
            caches_.push_back(std::make_unique<LayerImageCache>(*chunked_.back(), pool));
            p.chunked.reset();
        } else {
            gpu_.push_back(std::make_unique<GpuLayer>(p.mesh, p.styles));
            chunked_.push_back(nullptr);
            caches_.push_back(nullptr);
        }
    }
}

void MapScene::make_pictures(const Camera& view) {
    for (auto& cache : caches_)
        if (cache) cache->make_pictures(view);
}

DrawLayer MapScene::draw_item(size_t i, float opacity) const {
    if (i < prepared_.size() && prepared_[i].invisible) return {nullptr, opacity, nullptr};
    return {gpu_layer(i), opacity, cache(i)};
}

std::vector<DrawLayer> MapScene::draw_list() const {
    std::vector<DrawLayer> list;
    const size_t slot = raster_slot();
    for (size_t i = 0; i <= gpu_.size(); ++i) {
        if (i == slot)
            for (size_t r = 0; r < rasters_.size(); ++r)
                if (raster_sources_[r]->visible) list.push_back(raster_item(r, raster_sources_[r]->opacity));
        if (i < gpu_.size() && prepared_[i].source->visible) list.push_back(draw_item(i));
    }
    return list;
}

size_t MapScene::raster_slot() const {
    // Imagery shows the land itself: over the opaque sea and land fills, under rivers,
    // coastline and everything the atlas is about.
    size_t slot = 0;
    while (slot < prepared_.size() && (prepared_[slot].source->role == data::LayerRole::Sea ||
                                       prepared_[slot].source->role == data::LayerRole::Land))
        ++slot;
    return slot;
}

DrawLayer MapScene::raster_item(size_t i, float opacity) const {
    DrawLayer item;
    item.opacity = opacity;
    item.raster = i < rasters_.size() ? rasters_[i].get() : nullptr;
    return item;
}

data::Diagnostics MapScene::fetch_rasters(const Camera& camera) {
    data::Diagnostics errors;
    for (size_t i = 0; i < rasters_.size(); ++i) {
        if (!raster_sources_[i]->visible) continue;
        const data::RasterImage image = raster_sources_[i]->source->read(camera.visible_box(), camera.width_px, camera.height_px);
        if (image.ok()) rasters_[i]->set(image);
        else
            errors.push_back(data::diagnostic(data::Severity::Error, raster_sources_[i]->source->path(),
                                              i18n::N_("image '{0}' could not be read: {1}"),
                                              {raster_sources_[i]->source->name(), image.error}));
    }
    return errors;
}

void MapScene::set_styles(size_t i, const std::vector<FeatureStyle>& styles) {
    if (i < prepared_.size()) prepared_[i].invisible = unseen(styles);
    if (GpuLayer* g = gpu_layer(i)) g->set_styles(styles);
    if (i < chunked_.size() && chunked_[i]) {
        chunked_[i]->set_styles(styles);
        caches_[i]->invalidate();
    }
}

size_t MapScene::pictures_completed() const {
    size_t n = 0;
    for (const auto& c : caches_)
        if (c) n += c->stats().jobs_completed;
    return n;
}

bool MapScene::advance(const MapRenderer& renderer, const Camera& view, std::chrono::duration<double> budget,
                       float pixel_ratio) {
    std::vector<LayerImageCache*> pending;
    for (size_t i = 0; i < caches_.size(); ++i)
        if (caches_[i] && prepared_[i].source->visible && !prepared_[i].invisible && !caches_[i]->sharp(view))
            pending.push_back(caches_[i].get());
    if (pending.empty()) {
        // Idle: one missing picture texture made now, not in the first frame of a new view.
        for (auto& c : caches_)
            if (c && c->make_missing_picture(view)) break;
        return true;
    }
    // Shared fairly: two big layers each get half the frame's budget.
    bool all = true;
    for (auto* c : pending) all &= c->advance(renderer, view, budget / double(pending.size()), pixel_ratio);
    return all;
}

}  // namespace render
