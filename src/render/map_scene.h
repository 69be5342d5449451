// The catalog turned into drawable form: per layer a mesh and styles built on the CPU
// (any thread), then GPU layers uploaded once a GL context is current. Polygon layers of many
// features (cadastral maps) become chunked layers drawn through a picture cache instead.
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

#include "data/catalog.h"
#include "render/chunked_layer.h"
#include "render/gpu_layer.h"
#include "render/layer_image_cache.h"
#include "render/layer_mesh.h"
#include "render/map_renderer.h"
#include "render/raster_picture.h"

namespace render {

// From this many polygon features on, a layer is chunked and cached: below it, drawing the
// whole mesh every frame is cheaper than managing pictures.
inline constexpr size_t kChunkedLayerMinFeatures = 20000;
// Layers of few features but many triangles and segments (the GSHHG coastline and rivers:
// ~100k primitives, 30 ms a frame on llvmpipe) are cached as pictures too.
inline constexpr size_t kCachedLayerMinPrimitives = 20000;

struct PreparedLayer {
    const data::MapLayer* source = nullptr;
    LayerMesh mesh;                            // small layers (kept for statistics when cached)
    std::optional<ChunkedLayerData> chunked;   // big polygon layers
    std::vector<FeatureStyle> styles;
    // Every feature drawn in the map's background colour and nothing else (the sea): drawing
    // it would change no pixel and cost a full-screen pass, so it is not drawn.
    bool invisible = false;
};

// The CPU work for one layer (any thread): its mesh, or chunks for a big polygon layer, and styles.
PreparedLayer prepare_layer(const data::MapLayer& layer, size_t chunked_min_features = kChunkedLayerMinFeatures);

class MapScene {
public:
    // CPU work: triangulation, outlines, styles. The catalog must outlive the scene.
    // chunked_min_features = SIZE_MAX draws every layer whole (tests compare against it).
    // `ready`: layers prepared earlier (e.g. on a loading thread), used for the catalog layer
    // their `source` points at instead of being prepared again.
    explicit MapScene(const data::Catalog& catalog, size_t chunked_min_features = kChunkedLayerMinFeatures,
                      std::vector<PreparedLayer> ready = {});

    // GPU work: needs a current context. Call once. Big layers' pictures take their textures
    // from `pool` and give them back when the scene goes (it must outlive the scene).
    void upload(PicturePool* pool = nullptr);

    // Layer i as an item of a draw list (null layer before upload()).
    DrawLayer draw_item(size_t i, float opacity = 1.0f) const;
    std::vector<DrawLayer> draw_list() const;  // every visible layer, in order, rasters over land and sea
    // Where the rasters go in a draw list: after the first `raster_slot()` layers (sea, land).
    size_t raster_slot() const;

    // The catalog's rasters, each with its picture (empty until set).
    size_t raster_count() const { return rasters_.size(); }
    // Points into the catalog: valid while its rasters are not added to or removed.
    const data::RasterLayer& raster_layer(size_t i) const { return *raster_sources_[i]; }
    // The source itself, owned with the scene: safe to ask after the catalog changed.
    const std::shared_ptr<const data::RasterSource>& raster_source(size_t i) const { return raster_owned_[i]; }
    RasterPicture& raster_picture(size_t i) const { return *rasters_[i]; }
    DrawLayer raster_item(size_t i, float opacity) const;
    // Reads every visible raster for the camera's view at its resolution, on this thread, and
    // uploads them (headless pictures: no frame to keep fluid). Returns an error for each
    // that could not be read.
    data::Diagnostics fetch_rasters(const Camera& camera);
    const std::vector<PreparedLayer>& layers() const { return prepared_; }
    // The uploaded small layer i; null for chunked layers and before upload().
    GpuLayer* gpu_layer(size_t i) const { return i < gpu_.size() ? gpu_[i].get() : nullptr; }
    LayerImageCache* cache(size_t i) const { return i < caches_.size() ? caches_[i].get() : nullptr; }
    void set_styles(size_t i, const std::vector<FeatureStyle>& styles);
    // Ends the building of big layers' chunks from the catalog on their threads: call before
    // the catalog's layers change (a layer added, removed or replaced), then build a new scene.
    void stop_building();

    // Makes the big layers' picture textures for views of this size (see LayerImageCache::make_pictures).
    void make_pictures(const Camera& view);
    // Renders towards sharp pictures of the chunked layers in view, for about `budget`.
    // Returns true when every visible one is sharp. Leaves another framebuffer bound.
    bool advance(const MapRenderer& renderer, const Camera& view, std::chrono::duration<double> budget,
                 float pixel_ratio = 1.0f);
    // Pictures of big layers completed so far: when it changes, what they show has changed.
    size_t pictures_completed() const;

private:
    std::vector<PreparedLayer> prepared_;
    std::vector<std::unique_ptr<GpuLayer>> gpu_;             // parallel to prepared_ after upload()
    std::vector<std::unique_ptr<ChunkedLayer>> chunked_;     // parallel to prepared_ after upload()
    std::vector<std::unique_ptr<LayerImageCache>> caches_;   // parallel to prepared_ after upload()
    std::vector<const data::RasterLayer*> raster_sources_;   // the catalog's rasters
    std::vector<std::shared_ptr<const data::RasterSource>> raster_owned_;  // parallel to raster_sources_
    std::vector<std::unique_ptr<RasterPicture>> rasters_;    // parallel to raster_sources_
};

}  // namespace render
