#include "render/layer_image_cache.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace render {

namespace {

using Clock = std::chrono::steady_clock;

bool same_scale(const Camera& a, const Camera& b) {
    return std::abs(a.metres_per_pixel / b.metres_per_pixel - 1.0) < 1e-3;
}

bool box_contains(const geo::Box& outer, const geo::Box& inner, double tolerance) {
    return inner.min.x >= outer.min.x - tolerance && inner.min.y >= outer.min.y - tolerance &&
           inner.max.x <= outer.max.x + tolerance && inner.max.y <= outer.max.y + tolerance;
}

geo::Box intersection(const geo::Box& a, const geo::Box& b) {
    geo::Box r;
    r.min = {std::max(a.min.x, b.min.x), std::max(a.min.y, b.min.y)};
    r.max = {std::min(a.max.x, b.max.x), std::min(a.max.y, b.max.y)};
    return r;
}

// Where a chunk's features can touch the picture: its rows (GL's, bottom up, with room for
// outlines and their antialiasing) and how many columns wide.
struct Footprint {
    int row0 = 0, row1 = 0;
    double columns = 1.0;
};
Footprint picture_footprint(const Camera& camera, const geo::Box& bounds) {
    constexpr double kPadPx = 16.0;
    const double top = camera.map_to_screen({bounds.min.x, bounds.max.y}).y;
    const double bottom = camera.map_to_screen({bounds.min.x, bounds.min.y}).y;
    const geo::Box visible = camera.visible_box();
    Footprint f;
    f.row0 = std::clamp(int(std::floor(camera.height_px - bottom - kPadPx)), 0, camera.height_px);
    f.row1 = std::max(f.row0, std::clamp(int(std::ceil(camera.height_px - top + kPadPx)), 0, camera.height_px));
    const double w = (std::min(bounds.max.x, visible.max.x) - std::max(bounds.min.x, visible.min.x)) / camera.metres_per_pixel;
    f.columns = std::clamp(w, 1.0, double(camera.width_px));
    return f;
}

}  // namespace

std::vector<geo::Box> subtract_box(const geo::Box& outer, const geo::Box& hole) {
    const geo::Box h = intersection(outer, hole);
    if (h.empty()) return {outer};
    std::vector<geo::Box> out;
    auto add = [&](geo::Vec2 lo, geo::Vec2 hi) {
        if (hi.x > lo.x && hi.y > lo.y) out.push_back({lo, hi});
    };
    add(outer.min, {outer.max.x, h.min.y});              // below
    add({outer.min.x, h.max.y}, outer.max);              // above
    add({outer.min.x, h.min.y}, {h.min.x, h.max.y});     // left
    add({h.max.x, h.min.y}, {outer.max.x, h.max.y});     // right
    return out;
}

LayerImageCache::~LayerImageCache() {
    for (Picture* p : {&overview_, &view_, &back_}) give_back(*p);
}

void LayerImageCache::ensure_target(Picture& p, int width, int height) {
    if (p.texture && p.camera.width_px == width && p.camera.height_px == height) return;
    give_back(p);
    PictureTarget t = pool_ ? pool_->take(width, height) : PicturePool::make(width, height);
    p.texture = std::move(t.texture);
    p.framebuffer = std::move(t.framebuffer);
    p.camera.width_px = width;
    p.camera.height_px = height;
}

void LayerImageCache::give_back(Picture& p) {
    p.drawable = false;
    if (pool_ && p.texture)
        pool_->give({std::move(p.texture), std::move(p.framebuffer), p.camera.width_px, p.camera.height_px});
    p.texture.reset();
    p.framebuffer.reset();
}

Camera LayerImageCache::overview_camera(const Camera& view) const {
    const geo::Box b = layer_.chunks().bounds;
    Camera c;
    c.centre = b.centre();
    const double longest = std::max({b.width(), b.height(), 1.0});
    c.metres_per_pixel = longest / (kOverviewMaxPixels - 4);
    // No finer than a view that shows the whole layer: that view is then sharp at once, and
    // the overview costs no more than one frame of it.
    if (box_contains(view.visible_box(), b, 0.0)) c.metres_per_pixel = std::max(c.metres_per_pixel, view.metres_per_pixel);
    c.width_px = std::clamp(int(std::ceil(b.width() / c.metres_per_pixel)) + 4, 4, kOverviewMaxPixels);
    c.height_px = std::clamp(int(std::ceil(b.height() / c.metres_per_pixel)) + 4, 4, kOverviewMaxPixels);
    return c;
}

bool LayerImageCache::covers(const Picture& p, const Camera& view) const {
    // Sharp means drawn at this very scale: a coarser picture is blurry, and a finer one,
    // shrunk without mipmaps, loses its thin outlines.
    if (!p.drawable || p.generation != generation_ || !same_scale(p.camera, view)) return false;
    const geo::Box needed = intersection(view.visible_box(), layer_.chunks().bounds);
    return needed.empty() || box_contains(p.box(), needed, view.metres_per_pixel * 0.5);
}

Camera LayerImageCache::view_picture_camera(const Camera& view) const {
    Camera c = view;
    const int mx = int(std::lround(view.width_px * kViewMargin));
    const int my = int(std::lround(view.height_px * kViewMargin));
    // The margin gives way first when the picture would be too big; the view itself never.
    c.width_px = std::min(view.width_px + 2 * mx, std::max(view.width_px, kPictureMaxPixels));
    c.height_px = std::min(view.height_px + 2 * my, std::max(view.height_px, kPictureMaxPixels));
    return c;
}

bool LayerImageCache::sharp(const Camera& view) const {
    if (layer_.chunks().chunks.empty()) return true;
    return covers(overview_, view) || covers(view_, view);
}

namespace {
constexpr double kBoxStepTarget = 0.006;  // seconds
constexpr size_t kBoxFirstStep = 4000;
}  // namespace

void LayerImageCache::start(const Camera& camera, bool overview) {
    job_ = {};
    job_.active = true;
    job_.overview = overview;
    job_.camera = camera;
    job_.chunks = layer_.chunks().intersecting(camera.visible_box());
    layer_.prefetch(job_.chunks, camera.metres_per_pixel);  // built on the builder thread, in drawing order
    job_.generation = generation_;
    // Boxes at a new scale cost what nothing measured yet: small steps first, grown by the clock.
    box_step_ = std::min(box_step_, kBoxFirstStep);
    ++stats_.jobs_started;
    Picture& target = overview ? overview_ : back_;
    ensure_target(target, camera.width_px, camera.height_px);
    target.camera = camera;
    target.drawable = false;
    glBindFramebuffer(GL_FRAMEBUFFER, target.framebuffer.get());
    glViewport(0, 0, camera.width_px, camera.height_px);
    glDisable(GL_SCISSOR_TEST);
    glClearColor(0, 0, 0, 0);
    glClear(GL_COLOR_BUFFER_BIT);
}

size_t LayerImageCache::step(const MapRenderer& renderer, float pixel_ratio) {
    Picture& target = job_.overview ? overview_ : back_;
    glBindFramebuffer(GL_FRAMEBUFFER, target.framebuffer.get());
    glViewport(0, 0, job_.camera.width_px, job_.camera.height_px);
    glDisable(GL_SCISSOR_TEST);
    MapRenderer::begin_map_blending();
    const auto& chunks = layer_.chunks().chunks;
    const double mpp = job_.camera.metres_per_pixel;
    // Enough work per step to be worth a glFinish, little enough to keep within a frame.
    const size_t kStepPrimitives = box_step_;  // boxes (see box_step_)
    constexpr size_t kStepDetailed = 3000;      // triangles or segments of detailed chunks
    // A detailed chunk over much of the picture (a land polygon, a district) costs its pixels
    // rather than its triangles: it is drawn a band of about this many pixels per step.
    constexpr double kStepPixels = double(1 << 20);  // ~4 ms of blended fill
    size_t drawn = 0;
    last_step_boxes_only_ = true;
    while (job_.next < job_.chunks.size() && drawn < kStepPrimitives) {
        const uint32_t id = job_.chunks[job_.next];
        const FeatureChunk& c = chunks[id];
        if (job_.pass == 0 && !layer_.detailed(id, mpp)) {
            // A run of consecutive coarse chunks is one draw call.
            uint32_t count = c.count;
            size_t n = job_.next + 1;
            while (n < job_.chunks.size() && job_.chunks[n] == job_.chunks[n - 1] + 1 &&
                   !layer_.detailed(job_.chunks[n], mpp) && drawn + count < kStepPrimitives) {
                count += chunks[job_.chunks[n]].count;
                ++n;
            }
            renderer.draw_boxes(job_.camera, layer_, c.first, count, pixel_ratio);
            drawn += count;
            job_.next = n;
            continue;
        }
        if (layer_.detailed(id, mpp)) {
            last_step_boxes_only_ = false;
            const GpuMesh* built = layer_.try_detail(id, mpp);
            if (!built) {
                job_.waiting = true;
                break;
            }
            const GpuMesh& mesh = *built;
            const unsigned passes = job_.pass == 0 ? (kFillPass | kPointPass) : kLinePass;
            const size_t primitives = job_.pass == 0 ? mesh.fill_index_count() / 3 : mesh.segment_count();
            const Footprint fp = picture_footprint(job_.camera, c.bounds);
            const int r0 = fp.row0, r1 = fp.row1;
            const int band = std::max(1, int(kStepPixels / fp.columns));
            if (r1 - r0 > band) {
                // Bands tile the chunk's rows, so every pixel is drawn once, as unbanded.
                const int from = r0 + job_.band_rows_done;
                glEnable(GL_SCISSOR_TEST);
                glScissor(0, from, job_.camera.width_px, std::min(band, r1 - from));
                renderer.draw_mesh(job_.camera, mesh, layer_.style(), 1.0f, pixel_ratio, passes);
                glDisable(GL_SCISSOR_TEST);
                drawn += primitives;
                job_.band_rows_done += band;
                if (r0 + job_.band_rows_done >= r1) {
                    job_.band_rows_done = 0;
                    ++job_.next;
                }
                break;
            }
            renderer.draw_mesh(job_.camera, mesh, layer_.style(), 1.0f, pixel_ratio, passes);
            drawn += primitives;
            ++job_.next;
            // Drawing detailed chunks is the costly case: check the clock.
            if (drawn >= kStepDetailed) break;
            continue;
        }
        ++job_.next;
    }
    if (job_.next >= job_.chunks.size() && job_.pass == 0) {
        // Outlines after every fill, as a whole-layer draw would: no fill may cover a
        // neighbouring chunk's outline.
        job_.pass = 1;
        job_.next = 0;
    }
    ++stats_.steps;
    return drawn;
}

void LayerImageCache::finish() {
    if (job_.overview) {
        overview_.drawable = true;
        overview_.generation = job_.generation;
    } else {
        back_.drawable = true;
        back_.generation = job_.generation;
        std::swap(view_, back_);
    }
    ++stats_.jobs_completed;
    job_ = {};
}

void LayerImageCache::make_pictures(const Camera& view) {
    const Camera o = overview_camera(view), v = view_picture_camera(view);
    for (auto [p, c] : {std::pair{&overview_, &o}, {&back_, &v}, {&view_, &v}}) {
        if (p->texture && p->camera.width_px == c->width_px && p->camera.height_px == c->height_px) continue;
        ensure_target(*p, c->width_px, c->height_px);  // not drawable until a job draws into it
        glClearColor(0, 0, 0, 0);  // touched now: memory is mapped on first use
        glClear(GL_COLOR_BUFFER_BIT);
    }
}

bool LayerImageCache::make_missing_picture(const Camera& view) {
    if (!overview_.drawable) return false;  // the overview comes first
    for (Picture* p : {&back_, &view_})
        if (!p->texture) {
            const Camera c = view_picture_camera(view);
            ensure_target(*p, c.width_px, c.height_px);
            glClearColor(0, 0, 0, 0);  // touched now: memory is mapped on first use
            glClear(GL_COLOR_BUFFER_BIT);
            return true;
        }
    return false;
}

bool LayerImageCache::advance(const MapRenderer& renderer, const Camera& view, std::chrono::duration<double> budget,
                              float pixel_ratio) {
    if (sharp(view)) {
        if (job_.active && !job_.overview) job_ = {};  // the view is done; drop a stale job
        make_missing_picture(view);
        return true;
    }
    const auto deadline = Clock::now() + std::chrono::duration_cast<Clock::duration>(budget);
    bool first = true;
    // Another step only if it should end within the budget, judged by the last one.
    while (first || Clock::now() + std::chrono::duration_cast<Clock::duration>(last_step_) < deadline) {
        first = false;
        const auto step_start = Clock::now();
        // The overview first: it is what shows wherever no sharper picture reaches.
        const bool need_overview = !overview_.drawable || overview_.generation != generation_;
        bool started = false;
        if (need_overview) {
            if (!job_.active || !job_.overview || job_.generation != generation_)
                start(overview_camera(view), true), started = true;
        } else if (!job_.active || job_.overview || job_.generation != generation_ ||
                   !same_scale(job_.camera, view) ||
                   !box_contains(job_.camera.visible_box(),
                                 intersection(view.visible_box(), layer_.chunks().bounds), view.metres_per_pixel)) {
            start(view_picture_camera(view), false), started = true;
        }
        if (started) {
            // A new picture may cost a texture (25-90 ms on llvmpipe the first time at a size)
            // and the upload of meshes built meanwhile: its first drawing waits for the next
            // frame unless both fit in this one.
            glFinish();
            const auto started_in = Clock::now() - step_start;
            if (started_in > std::chrono::milliseconds(8) ||
                Clock::now() + std::chrono::duration_cast<Clock::duration>(last_step_) >= deadline)
                return sharp(view);
        }
        job_.waiting = false;
        const auto drawing = Clock::now();
        const size_t drawn = step(renderer, pixel_ratio);
        glFinish();  // the time spent must be real before it is compared with the budget
        last_step_ = Clock::now() - step_start;
        if (last_step_boxes_only_ && drawn >= box_step_ / 2) {  // a full step of boxes: the next sized to the target
            const double took = std::chrono::duration<double>(Clock::now() - drawing).count();
            const double wanted = double(box_step_) * std::clamp(kBoxStepTarget / std::max(took, 1e-4), 0.5, 1.5);
            box_step_ = size_t(std::clamp(wanted, 2000.0, 60000.0));
        }
        // Stopped at a mesh not built yet: wait for the builder, within the budget only.
        if (job_.waiting && !layer_.wait_for_detail(deadline)) return sharp(view);
        if (job_.pass == 1 && job_.next >= job_.chunks.size()) finish();
        if (sharp(view)) return true;
    }
    return sharp(view);
}

void LayerImageCache::draw(const MapRenderer& renderer, const Camera& view, float opacity) const {
    const geo::Box visible = view.visible_box();
    // The view picture on top of the overview wherever it reaches, unless the overview is
    // nearer the scale on screen (zoomed back out).
    const auto scale_gap = [&](const Picture& p) {
        return std::abs(std::log(p.camera.metres_per_pixel / view.metres_per_pixel));
    };
    const bool has_view = view_.drawable && view_.box().intersects(visible) &&
                          (!overview_.drawable || scale_gap(view_) <= scale_gap(overview_));
    if (overview_.drawable) {
        const geo::Box part = intersection(overview_.box(), visible);
        if (!part.empty()) {
            const auto pieces = has_view ? subtract_box(part, view_.box()) : std::vector<geo::Box>{part};
            for (const auto& piece : pieces)
                renderer.draw_picture(view, overview_.texture.get(), overview_.camera, piece, opacity);
        }
    }
    if (has_view)
        renderer.draw_picture(view, view_.texture.get(), view_.camera, intersection(view_.box(), visible), opacity);
}

}  // namespace render
