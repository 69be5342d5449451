// Turns input into camera motion: drag pans, the wheel zooms about the cursor (eased), a
// double click zooms in, keys pan and zoom, Home fits everything, fly_to animates to a box.
// Pure math (no GL, no GLFW): the window feeds it events and time.
//
// The camera covers the whole window, but panels hide part of it: the frame is the part left
// visible. Flights, Home and keyboard zoom aim at the frame, so what they show is not under a
// panel, and the view remembered between runs is the frame's.
#pragma once

#include <optional>

#include "geo/geometry.h"
#include "render/camera.h"

namespace state {

class CameraController {
public:
    CameraController() = default;
    explicit CameraController(const render::Camera& camera) : camera_(camera) {}

    const render::Camera& camera() const { return camera_; }
    // The camera at the end of the current animation (itself when idle).
    render::Camera target() const;

    void set_viewport(int width_px, int height_px);     // keeps the centre and scale
    // The visible part of the viewport (screen pixels); empty: all of it.
    void set_frame(const geo::Box& screen) { frame_ = screen; }
    geo::Box frame() const;
    // The map shown in the frame (display CRS), at the end of the current animation.
    geo::Box visible_box() const;
    // Immediately shows `box` filling the frame (a restored or requested view).
    void show(const geo::Box& box, double padding_px = 0.0);
    void set_view(geo::Vec2 centre, double metres_per_pixel);  // immediate
    void set_home(const geo::Box& box) { home_ = box; }
    void set_limits(double min_mpp, double max_mpp) { min_mpp_ = min_mpp; max_mpp_ = max_mpp; }
    double min_metres_per_pixel() const { return min_mpp_; }

    // Moves the map with the pointer: the map point under the pointer follows it.
    void drag(geo::Vec2 delta_px);
    // Wheel `steps` (positive = in) about `screen`; eased, accumulates while animating.
    void scroll(geo::Vec2 screen, double steps);
    // Double click: zoom in 2x about `screen`, eased.
    void double_click(geo::Vec2 screen);
    // Keys: pan by a fraction of the viewport; zoom about the centre.
    void pan_fraction(double fx, double fy);
    void zoom_step(double steps);
    void home();
    // Eased flight to show `box` in the frame with `padding_px` free on each side.
    void fly_to(const geo::Box& box, double padding_px = 48.0, double seconds = 0.6);
    // Stops an animation where it is.
    void stop() { anim_.reset(); }

    // Advances animations by `dt` seconds; true while still animating (keep drawing frames).
    bool update(double dt);
    bool animating() const { return anim_.has_value(); }
    // Where a flight (fly_to, home) will land; none while idle or during a wheel zoom or pan.
    std::optional<render::Camera> flight_target() const;

    static constexpr double kWheelFactor = 1.25;     // per wheel step
    static constexpr double kZoomSeconds = 0.18;

private:
    struct Animation {
        geo::Vec2 from_centre, to_centre;
        double from_mpp = 1, to_mpp = 1;
        std::optional<geo::Vec2> anchor_screen;    // zoom about: this screen point keeps
        geo::Vec2 anchor_map;                      // this map point under it
        double t = 0, duration = 0.2;
        bool flight = false;                       // fly_to / home, as opposed to a wheel zoom or pan
    };
    double clamp_mpp(double mpp) const;
    void zoom_about_animated(geo::Vec2 screen, double factor, double seconds);
    void apply(const Animation& a, double s);

    render::Camera camera_;
    std::optional<Animation> anim_;
    geo::Box home_;
    geo::Box frame_;
    double min_mpp_ = 0.05, max_mpp_ = 1e5;
};

// Smoothstep-like ease in/out on [0, 1].
double ease_in_out(double t);

}  // namespace state
