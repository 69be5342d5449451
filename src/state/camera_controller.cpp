#include "state/camera_controller.h"

#include <algorithm>
#include <cmath>

namespace state {

double ease_in_out(double t) {
    t = std::clamp(t, 0.0, 1.0);
    return t * t * (3.0 - 2.0 * t);
}

double CameraController::clamp_mpp(double mpp) const { return std::clamp(mpp, min_mpp_, max_mpp_); }

render::Camera CameraController::target() const {
    if (!anim_) return camera_;
    CameraController copy = *this;
    copy.apply(*anim_, 1.0);
    return copy.camera_;
}

void CameraController::set_viewport(int width_px, int height_px) {
    camera_.width_px = std::max(1, width_px);
    camera_.height_px = std::max(1, height_px);
}

std::optional<render::Camera> CameraController::flight_target() const {
    if (!anim_ || !anim_->flight) return std::nullopt;
    return target();
}

geo::Box CameraController::frame() const {
    const geo::Box all{{0.0, 0.0}, {double(camera_.width_px), double(camera_.height_px)}};
    if (frame_.empty()) return all;
    geo::Box f;
    f.min = {std::clamp(frame_.min.x, 0.0, all.max.x), std::clamp(frame_.min.y, 0.0, all.max.y)};
    f.max = {std::clamp(frame_.max.x, 0.0, all.max.x), std::clamp(frame_.max.y, 0.0, all.max.y)};
    return f.width() >= 1.0 && f.height() >= 1.0 ? f : all;
}

geo::Box CameraController::visible_box() const {
    const render::Camera t = target();
    const geo::Box f = frame();
    geo::Box b;
    b.expand(t.screen_to_map(f.min));
    b.expand(t.screen_to_map(f.max));
    return b;
}

void CameraController::show(const geo::Box& box, double padding_px) {
    if (box.empty()) return;
    render::Camera c = camera_;
    c.fit_within(box, frame(), padding_px);
    set_view(c.centre, c.metres_per_pixel);
}

void CameraController::set_view(geo::Vec2 centre, double metres_per_pixel) {
    anim_.reset();
    camera_.centre = centre;
    camera_.metres_per_pixel = clamp_mpp(metres_per_pixel);
}

void CameraController::drag(geo::Vec2 delta_px) {
    anim_.reset();
    camera_.centre.x -= delta_px.x * camera_.metres_per_pixel;
    camera_.centre.y += delta_px.y * camera_.metres_per_pixel;
}

void CameraController::zoom_about_animated(geo::Vec2 screen, double factor, double seconds) {
    // Accumulate: a new wheel step while zooming about the same point continues from the target.
    double to_mpp = camera_.metres_per_pixel / factor;
    if (anim_ && anim_->anchor_screen && geo::length(*anim_->anchor_screen - screen) < 2.0) to_mpp = anim_->to_mpp / factor;
    to_mpp = clamp_mpp(to_mpp);
    Animation a;
    a.from_centre = camera_.centre;
    a.from_mpp = camera_.metres_per_pixel;
    a.to_mpp = to_mpp;
    a.anchor_screen = screen;
    a.anchor_map = camera_.screen_to_map(screen);
    a.duration = seconds;
    // The final centre that keeps anchor_map under the anchor.
    render::Camera end = camera_;
    end.metres_per_pixel = to_mpp;
    end.centre = {a.anchor_map.x - (screen.x - end.width_px * 0.5) * to_mpp,
                  a.anchor_map.y + (screen.y - end.height_px * 0.5) * to_mpp};
    a.to_centre = end.centre;
    anim_ = a;
    if (seconds <= 0.0) update(0.0);
}

void CameraController::scroll(geo::Vec2 screen, double steps) {
    zoom_about_animated(screen, std::pow(kWheelFactor, steps), kZoomSeconds);
}

void CameraController::double_click(geo::Vec2 screen) { zoom_about_animated(screen, 2.0, 0.25); }

void CameraController::pan_fraction(double fx, double fy) {
    const render::Camera t = target();
    Animation a;
    a.from_centre = camera_.centre;
    a.from_mpp = camera_.metres_per_pixel;
    a.to_mpp = t.metres_per_pixel;
    const geo::Box f = frame();
    a.to_centre = {t.centre.x + fx * f.width() * t.metres_per_pixel, t.centre.y + fy * f.height() * t.metres_per_pixel};
    a.duration = 0.15;
    anim_ = a;
}

void CameraController::zoom_step(double steps) {
    zoom_about_animated(frame().centre(), std::pow(2.0, steps * 0.5), kZoomSeconds);
}

void CameraController::home() {
    if (!home_.empty()) fly_to(home_, 24.0, 0.5);
}

void CameraController::fly_to(const geo::Box& box, double padding_px, double seconds) {
    if (box.empty()) return;
    render::Camera end = camera_;
    end.fit_within(box, frame(), padding_px);
    Animation a;
    a.from_centre = camera_.centre;
    a.from_mpp = camera_.metres_per_pixel;
    a.to_centre = end.centre;
    a.to_mpp = clamp_mpp(end.metres_per_pixel);
    a.duration = seconds;
    a.flight = true;
    anim_ = a;
    if (seconds <= 0.0) update(0.0);
}

void CameraController::apply(const Animation& a, double s) {
    // Scale interpolates in log space so zooming feels uniform.
    const double mpp = std::exp(std::log(a.from_mpp) + (std::log(a.to_mpp) - std::log(a.from_mpp)) * s);
    camera_.metres_per_pixel = mpp;
    if (a.anchor_screen) {
        const geo::Vec2 sp = *a.anchor_screen;
        camera_.centre = {a.anchor_map.x - (sp.x - camera_.width_px * 0.5) * mpp,
                          a.anchor_map.y + (sp.y - camera_.height_px * 0.5) * mpp};
    } else {
        // The centre follows the scale, so the flight is a zoom about the one point that stays
        // put on screen: what is flown to grows (or shrinks) in place instead of sliding off
        // and back. Between views of about the same scale it glides at an even pace.
        const double zoom = std::log(a.to_mpp / a.from_mpp);
        const double u = std::abs(zoom) > 0.05 ? (mpp - a.from_mpp) / (a.to_mpp - a.from_mpp) : s;
        camera_.centre = a.from_centre + (a.to_centre - a.from_centre) * u;
    }
    if (s >= 1.0) camera_.centre = a.to_centre, camera_.metres_per_pixel = a.to_mpp;
}

bool CameraController::update(double dt) {
    if (!anim_) return false;
    anim_->t += std::max(0.0, dt);
    const double s = anim_->duration > 0.0 ? std::min(1.0, anim_->t / anim_->duration) : 1.0;
    apply(*anim_, ease_in_out(s));
    if (s >= 1.0) {
        anim_.reset();
        return false;
    }
    return true;
}

}  // namespace state
