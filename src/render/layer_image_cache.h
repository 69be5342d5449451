// Keeps a big layer interactive: instead of drawing its million features every frame, the
// frame shows pictures of it rendered earlier, moved and scaled to the current camera (a
// textured quad, a few milliseconds on llvmpipe), while a sharp picture of the current view
// is rendered a few chunks at a time within a per-frame budget.
//
// Two pictures: the overview (the whole layer, at most kOverviewMaxPixels a side, made first
// and kept) and the view (the last sharp view, with a margin for panning). Where the view
// picture does not reach, the overview shows, so the layer is never blank once the overview
// exists. Only complete pictures are shown; a restyle keeps the old ones until new ones are done.
#pragma once

#include <chrono>
#include <cstdint>
#include <vector>

#include "render/camera.h"
#include "render/chunked_layer.h"
#include "render/gl_handles.h"
#include "render/map_renderer.h"
#include "render/picture_pool.h"

namespace render {

inline constexpr int kOverviewMaxPixels = 2048;
inline constexpr int kPictureMaxPixels = 4096;
inline constexpr double kViewMargin = 0.15;  // of the view's size, on each side

class LayerImageCache {
public:
    // With a pool, picture textures come from it and go back to it (see picture_pool.h).
    explicit LayerImageCache(ChunkedLayer& layer, PicturePool* pool = nullptr) : layer_(layer), pool_(pool) {}
    ~LayerImageCache();
    LayerImageCache(const LayerImageCache&) = delete;
    LayerImageCache& operator=(const LayerImageCache&) = delete;

    // Renders towards a sharp picture of `view` for about `budget` (always at least one step,
    // so a zero budget still progresses, unless the step needs a chunk's mesh that the layer's
    // builder thread has not finished: that is waited for within the budget only). Returns
    // true once `view` is shown sharp. Changes the bound framebuffer and viewport: the caller
    // rebinds its own.
    bool advance(const MapRenderer& renderer, const Camera& view, std::chrono::duration<double> budget,
                 float pixel_ratio = 1.0f);
    // For idle frames: makes one view picture that is still missing (true if it did), rather
    // than in the first frame of a new view: a new texture costs llvmpipe 25-90 ms.
    bool make_missing_picture(const Camera& view);
    // Makes every picture's texture for views of this size now (the overview and two view
    // pictures): called when the layer arrives, whose frame is long anyway, so that a drag or
    // a zoom later never waits 25-45 ms for one.
    void make_pictures(const Camera& view);
    // Sharp: a current picture at this scale covers every part of the layer in view.
    bool sharp(const Camera& view) const;
    // Styles changed: new pictures are rendered; the old ones are shown until then.
    void invalidate() { ++generation_; job_ = {}; }

    void draw(const MapRenderer& renderer, const Camera& view, float opacity) const;

    ChunkedLayer& layer() { return layer_; }
    const ChunkedLayer& layer() const { return layer_; }

    struct Stats {
        size_t jobs_started = 0, jobs_completed = 0, steps = 0;
    };
    const Stats& stats() const { return stats_; }

private:
    struct Picture {
        UniqueTexture texture;
        UniqueFramebuffer framebuffer;
        Camera camera;
        bool drawable = false;
        uint64_t generation = 0;
        geo::Box box() const { return camera.visible_box(); }
    };
    struct Job {
        bool active = false;
        bool overview = false;
        Camera camera;
        std::vector<uint32_t> chunks;  // intersecting the picture, in chunk order
        size_t next = 0;
        int pass = 0;                  // 0: fills and boxes, 1: outlines of detailed chunks
        int band_rows_done = 0;        // of the current chunk, when it is drawn in bands
        bool waiting = false;          // the last step stopped at a mesh still being built
        uint64_t generation = 0;
    };

    Camera overview_camera(const Camera& view) const;
    Camera view_picture_camera(const Camera& view) const;  // the view with its margin
    bool covers(const Picture& p, const Camera& view) const;
    void start(const Camera& camera, bool overview);
    // One bounded piece of the job; returns the number of primitives drawn (roughly).
    size_t step(const MapRenderer& renderer, float pixel_ratio);
    void finish();
    void ensure_target(Picture& p, int width, int height);  // of this size, from the pool if any
    void give_back(Picture& p);

    ChunkedLayer& layer_;
    PicturePool* pool_ = nullptr;
    Picture overview_, view_, back_;
    Job job_;
    std::chrono::duration<double> last_step_{0};  // the time the last step took, to foresee the next
    // Boxes a step draws. Boxes cost their pixels and their fetches: 15,000 take 2-5 ms for a
    // city's parcels, 15-21 ms for a province's at full extent; the count follows what the
    // last steps of boxes only took, for steps of about kBoxStepTarget.
    size_t box_step_ = 15000;
    bool last_step_boxes_only_ = false;
    uint64_t generation_ = 1;
    Stats stats_;
};

// `outer` minus `hole`, as up to four boxes.
std::vector<geo::Box> subtract_box(const geo::Box& outer, const geo::Box& hole);

}  // namespace render
