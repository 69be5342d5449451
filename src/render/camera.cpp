#include "render/camera.h"

#include <algorithm>

namespace render {

void Camera::fit(const geo::Box& box, double padding_px) {
    if (box.empty()) return;
    centre = box.centre();
    const double usable_w = std::max(1.0, width_px - 2.0 * padding_px);
    const double usable_h = std::max(1.0, height_px - 2.0 * padding_px);
    metres_per_pixel = std::max({box.width() / usable_w, box.height() / usable_h, 1e-3});
}

void Camera::fit_within(const geo::Box& box, const geo::Box& frame, double padding_px) {
    if (box.empty()) return;
    if (frame.empty()) return fit(box, padding_px);
    const double usable_w = std::max(1.0, frame.width() - 2.0 * padding_px);
    const double usable_h = std::max(1.0, frame.height() - 2.0 * padding_px);
    metres_per_pixel = std::max({box.width() / usable_w, box.height() / usable_h, 1e-3});
    // The box's centre goes to the frame's centre (screen y grows down, map y up).
    const geo::Vec2 offset = frame.centre() - geo::Vec2{width_px * 0.5, height_px * 0.5};
    centre = {box.centre().x - offset.x * metres_per_pixel, box.centre().y + offset.y * metres_per_pixel};
}

void Camera::zoom_about(geo::Vec2 screen_point, double factor) {
    if (!(factor > 0.0)) return;
    const geo::Vec2 anchor = screen_to_map(screen_point);
    metres_per_pixel /= factor;
    // Move the centre so the anchor maps back to the same screen point.
    const geo::Vec2 now = screen_to_map(screen_point);
    centre = centre + (anchor - now);
}

}  // namespace render
