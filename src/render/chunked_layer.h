// A big polygon layer (a cadastral map of up to a million parcels) on the GPU, drawn chunk by
// chunk: one box per feature for the coarse level of detail (always resident, 20 bytes a
// feature), and full triangles and outlines built per chunk only when a view needs them, kept
// in a least-recently-used cache under a byte budget.
#pragma once

#include <chrono>
#include <cstdint>
#include <deque>
#include <memory>
#include <unordered_map>
#include <vector>

#include "data/layer.h"
#include "render/detail_builder.h"
#include "render/feature_chunks.h"
#include "render/gpu_mesh.h"
#include "render/style_texture.h"

namespace render {

struct FeatureBox {
    float x0, y0, x1, y1;  // relative to the layer origin
};

// The CPU half, built on any thread: chunks and boxes.
struct ChunkedLayerData {
    FeatureChunks chunks;
    bool coarse_boxes = true;        // polygons: tiny features may be drawn as boxes; lines never
    std::vector<FeatureBox> boxes;  // in chunks.order
    geo::Vec2 origin;
};
ChunkedLayerData prepare_chunked_layer(const data::Layer& layer, uint32_t chunk_size = 256);

class ChunkedLayer {
public:
    // Needs a current GL context. Chunks are built from `layer`, on the builder's thread: a
    // layer held in memory must outlive this object, or stop_building() be called before it
    // changes or goes; an indexed layer's file is shared with it and outlives the Layer.
    ChunkedLayer(const data::Layer& layer, ChunkedLayerData data, const std::vector<FeatureStyle>& styles,
                 size_t detail_budget_bytes = size_t(256) << 20);

    void set_styles(const std::vector<FeatureStyle>& styles) { style_.set(styles); }

    const FeatureChunks& chunks() const { return data_.chunks; }
    const StyleTexture& style() const { return style_; }
    geo::Vec2 origin() const { return data_.origin; }
    // Whether a chunk is drawn in full at this scale (else as boxes).
    bool detailed(uint32_t chunk, double metres_per_pixel) const {
        return !data_.coarse_boxes || needs_detail(data_.chunks.chunks[chunk], metres_per_pixel);
    }

    // Draws the boxes of features [first, first + count) of chunks().order (the box program
    // is bound with its uniforms set). Boxes and feature ids are read from buffer textures on
    // `boxes_unit` and `ids_unit`, six vertices a box: no instancing, which llvmpipe runs slowly.
    void draw_boxes(uint32_t first, uint32_t count, GLenum boxes_unit, GLenum ids_unit) const;

    // The full mesh of a chunk for drawing at `metres_per_pixel`, triangulated and uploaded
    // now if it is not resident. Meshes are simplified to half a pixel of the power-of-two
    // scale at or below it, so one mesh serves a range of zooms. May evict other meshes,
    // never the one returned.
    const GpuMesh& detail(uint32_t chunk, double metres_per_pixel);
    // The same without waiting: the mesh if it is resident (uploading what the builder thread
    // has finished), else null, its build asked for.
    const GpuMesh* try_detail(uint32_t chunk, double metres_per_pixel);
    // Asks the builder thread for the meshes of these chunks that will be drawn in full at
    // this scale, in this order, instead of what it was asked for before.
    void prefetch(const std::vector<uint32_t>& chunks, double metres_per_pixel);
    // Waits until the builder has finished a mesh (or has nothing left to build) or `deadline`.
    bool wait_for_detail(std::chrono::steady_clock::time_point deadline) {
        return !waiting_.empty() || builder_.wait(deadline);
    }
    bool has_detail(uint32_t chunk, double metres_per_pixel) const { return detail_.count(key(chunk, metres_per_pixel)) != 0; }
    static double tolerance(double metres_per_pixel);
    size_t detail_bytes() const { return detail_bytes_; }
    size_t detail_chunks() const { return detail_.size(); }
    size_t chunks_built() const { return chunks_built_; }  // since creation, evictions included
    // Ends the building of chunks on the builder's thread for good (see the constructor); the
    // resident meshes stay. For the moments before the scene is built again.
    void stop_building() { builder_.stop(); }

private:
    struct Resident {
        std::unique_ptr<GpuMesh> mesh;
        uint64_t last_used = 0;
    };
    static uint64_t key(uint32_t chunk, double metres_per_pixel);
    LayerMesh build(uint32_t chunk, double tolerance) const;  // any thread
    const GpuMesh& add(uint64_t key, const LayerMesh& mesh);
    // Uploads what the builder has finished, oldest first, for a few milliseconds at most: a
    // builder that got ahead (a province's chunks) must not make one long frame of uploads.
    void upload_built();
    // Uploads the mesh of `key` now if it is built and waiting; true if it is resident after.
    bool upload_waiting(uint64_t key);
    void evict_for(uint64_t keep);

    // What chunks are built from: a layer held in memory (borrowed), or an indexed layer's
    // file and rows (shared: they stay while a chunk is read, whatever becomes of the Layer).
    struct Source {
        const data::Layer* held = nullptr;
        std::shared_ptr<const data::IndexedSource> indexed;
        std::shared_ptr<const data::RowIndex> rows;
        geo::GeometryKind kind = geo::GeometryKind::Polygons;
    };
    Source source_;
    ChunkedLayerData data_;
    StyleTexture style_;
    UniqueVertexArray box_vao_;
    UniqueBuffer box_buffer_, id_buffer_;
    UniqueTexture box_texture_, id_texture_;
    std::unordered_map<uint64_t, Resident> detail_;  // by key(chunk, scale)
    std::deque<DetailBuilder::Built> waiting_;        // built, not uploaded yet
    size_t detail_budget_ = 0, detail_bytes_ = 0, chunks_built_ = 0;
    uint64_t clock_ = 0;
    DetailBuilder builder_;  // last: its thread reads the members above, and stops first
};

}  // namespace render
