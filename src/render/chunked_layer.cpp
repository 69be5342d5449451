#include "render/chunked_layer.h"

#include "data/indexed_source.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <span>
#include <unordered_set>

namespace render {

ChunkedLayerData prepare_chunked_layer(const data::Layer& layer, uint32_t chunk_size) {
    ChunkedLayerData out;
    std::vector<geo::Box> held;
    if (!layer.rows) {
        held.reserve(layer.features.size());
        for (const auto& f : layer.features) held.push_back(f.geometry.bounds());
    }
    // An indexed layer's boxes are its row index's: its features are in the file.
    const std::span<const geo::Box> bounds = layer.rows ? std::span<const geo::Box>(layer.rows->boxes) : held;
    out.chunks = build_feature_chunks(bounds, chunk_size);
    out.coarse_boxes = layer.kind == geo::GeometryKind::Polygons;
    out.origin = out.chunks.bounds.empty() ? geo::Vec2{} : out.chunks.bounds.centre();
    out.boxes.reserve(out.chunks.order.size());
    for (uint32_t id : out.chunks.order) {
        const geo::Box& b = bounds[id];
        out.boxes.push_back({float(b.min.x - out.origin.x), float(b.min.y - out.origin.y),
                             float(b.max.x - out.origin.x), float(b.max.y - out.origin.y)});
    }
    return out;
}

ChunkedLayer::ChunkedLayer(const data::Layer& layer, ChunkedLayerData data, const std::vector<FeatureStyle>& styles,
                           size_t detail_budget_bytes)
    : source_{layer.rows ? nullptr : &layer, layer.indexed, layer.rows, layer.kind},
      data_(std::move(data)),
      style_(styles),
      detail_budget_(detail_budget_bytes),
      builder_([this](uint32_t chunk, double tolerance) { return build(chunk, tolerance); }) {
    box_vao_ = make_vertex_array();  // core profile: a draw needs one bound, even empty
    box_buffer_ = make_buffer();
    glBindBuffer(GL_TEXTURE_BUFFER, box_buffer_.get());
    glBufferData(GL_TEXTURE_BUFFER, GLsizeiptr(data_.boxes.size() * sizeof(FeatureBox)),
                 data_.boxes.empty() ? nullptr : data_.boxes.data(), GL_STATIC_DRAW);
    box_texture_ = buffer_texture(box_buffer_.get(), GL_RGBA32F);
    id_buffer_ = make_buffer();
    glBindBuffer(GL_TEXTURE_BUFFER, id_buffer_.get());
    glBufferData(GL_TEXTURE_BUFFER, GLsizeiptr(data_.chunks.order.size() * sizeof(uint32_t)),
                 data_.chunks.order.empty() ? nullptr : data_.chunks.order.data(), GL_STATIC_DRAW);
    id_texture_ = buffer_texture(id_buffer_.get(), GL_R32UI);
    glBindBuffer(GL_TEXTURE_BUFFER, 0);
    // The GPU holds the boxes now; the CPU copy would only double the memory.
    data_.boxes = {};
}

void ChunkedLayer::draw_boxes(uint32_t first, uint32_t count, GLenum boxes_unit, GLenum ids_unit) const {
    if (!count) return;
    glActiveTexture(boxes_unit);
    glBindTexture(GL_TEXTURE_BUFFER, box_texture_.get());
    glActiveTexture(ids_unit);
    glBindTexture(GL_TEXTURE_BUFFER, id_texture_.get());
    glBindVertexArray(box_vao_.get());
    glDrawArrays(GL_TRIANGLES, GLint(first) * 6, GLsizei(count) * 6);
}

namespace {
int scale_level(double metres_per_pixel) {
    return std::clamp(int(std::floor(std::log2(std::max(metres_per_pixel, 1e-6)))), -40, 40);
}
}  // namespace

double ChunkedLayer::tolerance(double metres_per_pixel) {
    return 0.5 * std::ldexp(1.0, scale_level(metres_per_pixel));  // half a pixel, or less
}

uint64_t ChunkedLayer::key(uint32_t chunk, double metres_per_pixel) {
    return (uint64_t(chunk) << 8) | uint64_t(scale_level(metres_per_pixel) + 128);
}

LayerMesh ChunkedLayer::build(uint32_t chunk, double tolerance) const {
    // Reads only what no one changes after construction: the source and the chunks.
    const FeatureChunk& c = data_.chunks.chunks.at(chunk);
    const std::span<const uint32_t> ids(data_.chunks.order.data() + c.first, c.count);
    if (source_.held) return build_feature_mesh(*source_.held, ids, data_.origin, tolerance);
    // An indexed layer: this chunk's features are read from the file now, by their FIDs.
    data::Layer part;
    part.kind = source_.kind;
    std::vector<int64_t> fids;
    fids.reserve(ids.size());
    for (uint32_t id : ids) fids.push_back(source_.rows->fids[id]);
    part.features = source_.indexed->read(fids);
    std::vector<uint32_t> local(ids.size());
    std::iota(local.begin(), local.end(), 0u);
    LayerMesh mesh = build_feature_mesh(part, local, data_.origin, tolerance);
    for (auto& v : mesh.fill_vertices) v.feature = ids[v.feature];  // back to the layer's rows, for styling
    for (auto& s : mesh.segments) s.feature = ids[s.feature];
    for (auto& p : mesh.points) p.feature = ids[p.feature];
    return mesh;
}

const GpuMesh& ChunkedLayer::add(uint64_t k, const LayerMesh& built) {
    auto mesh = std::make_unique<GpuMesh>(built);
    detail_bytes_ += mesh->bytes();
    ++chunks_built_;
    auto it = detail_.emplace(k, Resident{std::move(mesh), 0}).first;  // callers checked it is absent
    evict_for(k);
    it->second.last_used = ++clock_;
    return *it->second.mesh;
}

void ChunkedLayer::upload_built() {
    for (DetailBuilder::Built& b : builder_.take_built()) waiting_.push_back(std::move(b));
    constexpr auto kUploadTime = std::chrono::milliseconds(3);
    const auto start = std::chrono::steady_clock::now();
    while (!waiting_.empty() && std::chrono::steady_clock::now() - start < kUploadTime) {
        DetailBuilder::Built b = std::move(waiting_.front());
        waiting_.pop_front();
        if (!detail_.count(b.key)) add(b.key, b.mesh);
    }
}

bool ChunkedLayer::upload_waiting(uint64_t k) {
    if (detail_.count(k)) return true;
    for (auto it = waiting_.begin(); it != waiting_.end(); ++it)
        if (it->key == k) {
            add(k, it->mesh);
            waiting_.erase(it);
            return true;
        }
    return false;
}

const GpuMesh& ChunkedLayer::detail(uint32_t chunk, double metres_per_pixel) {
    const uint64_t k = key(chunk, metres_per_pixel);
    upload_built();
    if (!upload_waiting(k) && builder_.claim(k)) {  // it was being built: take that one
        for (DetailBuilder::Built& b : builder_.take_built()) waiting_.push_back(std::move(b));
        upload_waiting(k);
    }
    if (auto it = detail_.find(k); it != detail_.end()) {
        it->second.last_used = ++clock_;
        return *it->second.mesh;
    }
    return add(k, build(chunk, tolerance(metres_per_pixel)));
}

const GpuMesh* ChunkedLayer::try_detail(uint32_t chunk, double metres_per_pixel) {
    upload_built();
    const uint64_t k = key(chunk, metres_per_pixel);
    upload_waiting(k);  // built and needed now: uploaded out of turn
    auto it = detail_.find(k);
    if (it == detail_.end()) {
        builder_.request({k, chunk, tolerance(metres_per_pixel)});
        return nullptr;
    }
    it->second.last_used = ++clock_;
    return it->second.mesh.get();
}

void ChunkedLayer::prefetch(const std::vector<uint32_t>& chunks, double metres_per_pixel) {
    upload_built();
    std::unordered_set<uint64_t> built;  // waiting for their upload: not to be built again
    for (const auto& b : waiting_) built.insert(b.key);
    std::vector<DetailBuilder::Request> wanted;
    for (uint32_t c : chunks) {
        const uint64_t k = key(c, metres_per_pixel);
        if (detailed(c, metres_per_pixel) && !detail_.count(k) && !built.count(k))
            wanted.push_back({k, c, tolerance(metres_per_pixel)});
    }
    builder_.replace_queue(std::move(wanted));
}

void ChunkedLayer::evict_for(uint64_t keep) {
    while (detail_bytes_ > detail_budget_ && detail_.size() > 1) {
        auto oldest = detail_.end();
        for (auto it = detail_.begin(); it != detail_.end(); ++it)
            if (it->first != keep && (oldest == detail_.end() || it->second.last_used < oldest->second.last_used))
                oldest = it;
        if (oldest == detail_.end()) return;
        detail_bytes_ -= oldest->second.mesh->bytes();
        detail_.erase(oldest);
    }
}

}  // namespace render
