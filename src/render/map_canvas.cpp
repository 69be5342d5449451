#include "render/map_canvas.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "render/layer_image_cache.h"

namespace render {

namespace {

using Clock = std::chrono::steady_clock;

// The same scale to the last bit that matters: a whole-pixel scroll must land on pixels.
bool same_scale(const Camera& a, const Camera& b) {
    return std::abs(a.metres_per_pixel / b.metres_per_pixel - 1.0) < 1e-9;
}

bool same_camera(const Camera& a, const Camera& b) {
    return a.centre == b.centre && a.metres_per_pixel == b.metres_per_pixel && a.width_px == b.width_px &&
           a.height_px == b.height_px;
}

geo::Box intersection(const geo::Box& a, const geo::Box& b) {
    geo::Box r;
    r.min = {std::max(a.min.x, b.min.x), std::max(a.min.y, b.min.y)};
    r.max = {std::min(a.max.x, b.max.x), std::min(a.max.y, b.max.y)};
    return r;
}

}  // namespace

std::vector<PixelRect> exposed_strips(int width, int height, int dx, int dy) {
    if (std::abs(dx) >= width || std::abs(dy) >= height) return {{0, 0, width, height}};
    std::vector<PixelRect> out;
    if (dx > 0) out.push_back({width - dx, 0, dx, height});
    if (dx < 0) out.push_back({0, 0, -dx, height});
    // The row strip leaves out the columns the column strip already covers.
    const int x0 = dx < 0 ? -dx : 0, x1 = dx > 0 ? width - dx : width;
    if (dy > 0 && x1 > x0) out.push_back({x0, height - dy, x1 - x0, dy});
    if (dy < 0 && x1 > x0) out.push_back({x0, 0, x1 - x0, -dy});
    return out;
}

void MapCanvas::Surface::ensure(int w, int h) {
    if (texture && width == w && height == h) return;
    make_picture_target(texture, framebuffer, w, h);
    // Touched now: llvmpipe maps a texture's memory on first use, ~5 ms per MB.
    glDisable(GL_SCISSOR_TEST);
    glClearColor(0, 0, 0, 0);
    glClear(GL_COLOR_BUFFER_BIT);
    width = w;
    height = h;
}

void MapCanvas::set_extent(const geo::Box& extent) {
    if (extent.min == extent_.min && extent.max == extent_.max) return;
    extent_ = extent;
    overview_.valid = false;
    if (job_.overview) job_ = {};
}

Camera MapCanvas::overview_camera() const {
    Camera c;
    c.centre = extent_.centre();
    const double longest = std::max({extent_.width(), extent_.height(), 1.0});
    c.metres_per_pixel = longest / (kCanvasOverviewPixels - 4);
    c.width_px = std::clamp(int(std::ceil(extent_.width() / c.metres_per_pixel)) + 4, 4, kCanvasOverviewPixels);
    c.height_px = std::clamp(int(std::ceil(extent_.height() / c.metres_per_pixel)) + 4, 4, kCanvasOverviewPixels);
    return c;
}

void MapCanvas::draw_region(const Camera& camera, const PixelRect& r, const DrawLayers& draw) const {
    if (r.width <= 0 || r.height <= 0) return;
    glViewport(0, 0, camera.width_px, camera.height_px);
    glEnable(GL_SCISSOR_TEST);
    glScissor(r.x, r.y, r.width, r.height);
    glClearColor(background_.r / 255.0f, background_.g / 255.0f, background_.b / 255.0f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    draw(camera);
    glDisable(GL_SCISSOR_TEST);
}

void MapCanvas::scroll(Canvas& c, int dx, int dy, const DrawLayers& draw) {
    const int w = c.camera.width_px, h = c.camera.height_px;
    c.back.ensure(w, h);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, c.front.framebuffer.get());
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, c.back.framebuffer.get());
    const int x0 = std::max(0, dx), x1 = std::min(w, w + dx), y0 = std::max(0, dy), y1 = std::min(h, h + dy);
    if (x1 > x0 && y1 > y0)
        glBlitFramebuffer(x0, y0, x1, y1, x0 - dx, y0 - dy, x1 - dx, y1 - dy, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    Camera moved = c.camera;
    moved.centre.x += dx * moved.metres_per_pixel;
    moved.centre.y += dy * moved.metres_per_pixel;
    glBindFramebuffer(GL_FRAMEBUFFER, c.back.framebuffer.get());
    for (const PixelRect& r : exposed_strips(w, h, dx, dy)) {
        draw_region(moved, r, draw);
        ++stats_.strips;
    }
    std::swap(c.front, c.back);
    c.camera = moved;
    ++stats_.scrolls;
}

void MapCanvas::start(bool overview, const Camera& camera, uint64_t content) {
    job_ = {};
    job_.active = true;
    job_.overview = overview;
    job_.camera = camera;
    job_.content = content;
    (overview ? overview_ : view_).back.ensure(camera.width_px, camera.height_px);
}

bool MapCanvas::run(const DrawLayers& draw, std::chrono::duration<double> budget) {
    Canvas& c = job_.overview ? overview_ : view_;
    const auto deadline = Clock::now() + std::chrono::duration_cast<Clock::duration>(budget);
    const int w = job_.camera.width_px, h = job_.camera.height_px;
    bool first = true;
    while (job_.next_band < bands_ &&
           (first || Clock::now() + std::chrono::duration_cast<Clock::duration>(last_band_) < deadline)) {
        first = false;
        const auto band_start = Clock::now();
        const int y0 = h * job_.next_band / bands_, y1 = h * (job_.next_band + 1) / bands_;
        glBindFramebuffer(GL_FRAMEBUFFER, c.back.framebuffer.get());
        draw_region(job_.camera, {0, y0, w, y1 - y0}, draw);
        glFinish();  // the time spent must be real before it is compared with the budget
        last_band_ = Clock::now() - band_start;
        band_time_ += last_band_;
        ++job_.next_band;
        ++stats_.bands;
    }
    if (job_.next_band < bands_) return false;
    if (job_.ahead) {
        job_.complete = true;  // the camera is not there yet: the canvas waits in the twin
        return true;
    }
    finish_job();
    return true;
}

void MapCanvas::finish_job() {
    Canvas& c = job_.overview ? overview_ : view_;
    std::swap(c.front, c.back);
    // The twin is allocated now, at rest: a new texture costs llvmpipe ~5 ms per MB on first
    // use, which the first scroll would otherwise pay.
    c.back.ensure(job_.camera.width_px, job_.camera.height_px);
    c.camera = job_.camera;
    c.content = job_.content;
    c.valid = true;
    ++(job_.overview ? stats_.overviews : stats_.canvases);
    job_ = {};
}

void MapCanvas::blit(const Surface& from, GLuint target) const {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, from.framebuffer.get());
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, target);
    glBlitFramebuffer(0, 0, from.width, from.height, 0, 0, from.width, from.height, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    glBindFramebuffer(GL_FRAMEBUFFER, target);
}

void MapCanvas::show_scaled(const MapRenderer& renderer, const Camera& view, bool nearest, GLuint target) {
    glBindFramebuffer(GL_FRAMEBUFFER, target);
    glViewport(0, 0, view.width_px, view.height_px);
    glDisable(GL_SCISSOR_TEST);
    glClearColor(background_.r / 255.0f, background_.g / 255.0f, background_.b / 255.0f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    MapRenderer::begin_map_blending();
    const geo::Box visible = view.visible_box();
    const bool has_view = view_.valid && view_.box().intersects(visible);
    // Canvases are opaque: no blending, which llvmpipe would pay for on every pixel.
    if (overview_.valid) {
        const geo::Box part = intersection(overview_.box(), visible);
        if (!part.empty())
            for (const auto& piece : has_view ? subtract_box(part, view_.box()) : std::vector<geo::Box>{part}) {
                glDisable(GL_BLEND);
                // Filtered: the overview is mostly shrunk, where nearest sampling loses lines.
                renderer.draw_picture(view, overview_.front.texture.get(), overview_.camera, piece, 1.0f);
            }
    }
    if (has_view) {
        glDisable(GL_BLEND);
        renderer.draw_picture(view, view_.front.texture.get(), view_.camera, intersection(view_.box(), visible), 1.0f,
                              nearest);
    }
    ++stats_.scaled_frames;
}

bool MapCanvas::busy() const {
    return job_.active || !view_.valid || view_.content != content_ ||
           (!extent_.empty() && (!overview_.valid || overview_.content != content_));
}

MapCanvas::RestTurn MapCanvas::rest_turn(const Shown& shown, bool moving) const {
    if (moving || !shown.exact) return RestTurn::None;  // the canvas is not settled yet
    return shown.bands == 0 && !busy() ? RestTurn::Pictures : RestTurn::NextFrame;
}

MapCanvas::Shown MapCanvas::present(const MapRenderer& renderer, const Camera& view, uint64_t content, bool moving,
                                    const DrawLayers& draw, std::chrono::duration<double> budget, GLuint target,
                                    const Camera* ahead) {
    const size_t bands_before = stats_.bands;
    band_time_ = {};
    Shown shown = present_map(renderer, view, content, moving, draw, budget, target, ahead);
    shown.bands = stats_.bands - bands_before;
    shown.band_time = band_time_;
    return shown;
}

MapCanvas::Shown MapCanvas::present_map(const MapRenderer& renderer, const Camera& view, uint64_t content, bool moving,
                                        const DrawLayers& draw, std::chrono::duration<double> budget, GLuint target,
                                        const Camera* ahead) {
    Shown shown{view};
    content_ = content;
    // Draws towards a canvas of `camera` with this content, going on with the job if it is
    // that one; true once complete.
    const auto canvas_for = [&](const Camera& camera) {
        if (!job_.active || job_.overview || job_.content != content || !same_camera(job_.camera, camera))
            start(false, camera, content);
        return run(draw, budget);
    };
    if (view_.valid && (view_.camera.width_px != view.width_px || view_.camera.height_px != view.height_px)) {
        view_.valid = false;
        if (job_.active && !job_.overview) job_ = {};
    }
    // A flight has landed where its canvas was drawn ahead: that canvas is shown from now on.
    if (job_.active && job_.ahead && job_.complete && job_.content == content && same_camera(job_.camera, view))
        finish_job();
    else if (!moving && job_.active && job_.ahead)
        job_ = {};  // the flight stopped elsewhere: its canvas is of no use

    // At the canvas's scale and within reach: scroll by whole pixels, then copy.
    if (view_.valid && same_scale(view_.camera, view)) {
        const double fx = (view.centre.x - view_.camera.centre.x) / view.metres_per_pixel;
        const double fy = (view.centre.y - view_.camera.centre.y) / view.metres_per_pixel;
        if (std::abs(fx) < view.width_px && std::abs(fy) < view.height_px) {
            const int dx = int(std::lround(fx)), dy = int(std::lround(fy));
            if (dx || dy) {
                if (job_.active && !job_.overview) job_ = {};  // it was drawing the old position
                scroll(view_, dx, dy, draw);
            }
            shown.camera = view_.camera;
            if (!moving && view_.content != content) {
                canvas_for(view_.camera);
            } else if (!moving && (!overview_.valid || overview_.content != content) && !extent_.empty()) {
                // Resting and current: time to draw the overview that zooming out will need
                // (a stale one is still shown until then).
                if (!job_.active || !job_.overview || job_.content != content) start(true, overview_camera(), content);
                run(draw, budget);
            }
            blit(view_.front, target);
            shown.exact = view_.content == content;
            shown.copied = true;
            return shown;
        }
    }

    if (!view_.valid && !overview_.valid) {
        // Nothing to show yet (the first frames): the map is drawn directly until a canvas is.
        if (!moving && canvas_for(view)) {
            blit(view_.front, target);
            shown.exact = shown.copied = true;
            return shown;
        }
        glBindFramebuffer(GL_FRAMEBUFFER, target);
        draw_region(view, {0, 0, view.width_px, view.height_px}, draw);
        return shown;
    }
    if (moving) {
        const bool can_draw_ahead = ahead && view_.valid && ahead->width_px == view.width_px &&
                                    ahead->height_px == view.height_px;
        if (can_draw_ahead) {
            if (!job_.active || !job_.ahead || job_.content != content || !same_camera(job_.camera, *ahead)) {
                start(false, *ahead, content);
                job_.ahead = true;
            }
            // One band a frame: a flight's frames are already paying for the scaled canvas.
            if (!job_.complete) run(draw, std::chrono::duration<double>(0));
        } else if (job_.active && !job_.overview) {
            job_ = {};
        }
        show_scaled(renderer, view, true, target);
        return shown;
    }
    // Resting somewhere new: a canvas for this view, shown once complete.
    if (canvas_for(view)) {
        blit(view_.front, target);
        shown.exact = shown.copied = true;
        return shown;
    }
    show_scaled(renderer, view, false, target);
    return shown;
}

}  // namespace render
