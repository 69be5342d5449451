// The map in the window: the GPU scene of the state's layers, the canvas it is kept in, the
// picker, and the styles that follow the state (parks coloured as of the chosen date, pins
// for selection, hover and clusters). Reads the state; changes only what it owns.
#pragma once

#include <imgui.h>

#include <chrono>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "app/picking.h"
#include "app/window/raster_fetch.h"
#include "app/window/frame_scheduler.h"
#include "render/map_canvas.h"
#include "render/map_renderer.h"
#include "render/map_scene.h"
#include "render/picture_pool.h"
#include "state/app_state.h"

namespace app {

class MapPresenter {
public:
    // Needs the window's GL context current. False and *error if the renderer cannot start.
    bool start(std::string* error);
    // Frees every GL object; call while the context is still current.
    void stop();

    // The scene for the state's layers. `ready`: meshes and pick indexes built on a loading
    // thread for the last layers of the catalog. Called by sync() when layers changed.
    void rebuild(const state::AppState& app, std::vector<render::PreparedLayer> ready = {},
                 std::vector<geo::GridIndex> indexes = {});
    // Rebuilds if the state's layers were added or removed since the last build, or released.
    void sync(const state::AppState& app);
    // Call before the state's layers are added to, removed or replaced: the scene's threads
    // stop reading them (a big layer's chunks are built from it), and the next sync() or
    // rebuild() makes a new scene. Nothing is drawn from the scene in between.
    void release_layers();

    // What lies under a window point: visible features, top-most layer first.
    std::vector<state::FeatureRef> pick(const state::AppState& app, const render::Camera& camera, geo::Vec2 screen) const;

    // Pushes styles that changed to the GPU: parks as of the state's date, pins emphasised
    // for selection and hover, and `hidden_pins` (drawn as clusters or bubbles) hidden.
    void restyle(const state::AppState& app, const std::set<state::FeatureRef>& hidden_pins);

    // Outlines of the hovered and selected areas and lines, drawn over the map by ImGui: the map
    // itself is a canvas (or a big layer's picture) that a hover must not redraw.
    void draw_highlights(ImDrawList& dl, const state::AppState& app, const render::Camera& camera) const;

    struct Frame {
        double rest_work_ms = 0.0;  // canvas bands and picture steps: work that could wait
        bool wants_next = false;    // work remains: draw another frame soon
    };
    // Draws the map for `camera` (window pixels) into the window's framebuffer of fb_w x fb_h:
    // areas and lines through the canvas, big layers' pictures at rest, then the pins.
    // `held`: the mouse holds the map. While the camera flies, the canvas is drawn ahead for
    // where it will land (the camera controller's target), so the flight ends sharp.
    Frame draw(const state::AppState& app, const render::Camera& camera, int fb_w, int fb_h, double now, bool held,
               std::chrono::duration<double> budget, FramePhases& phases, PhaseTimer& timer);

    const render::MapCanvas::Stats& canvas_stats() const { return canvas_->stats(); }
    // Pins drawn (and picked) this many times their size: a talk's room scale; 1 at the desk.
    void set_pin_scale(float scale) { pin_scale_ = scale; }
    bool is_pin_layer(const state::AppState& app, size_t layer) const;

private:
    render::Camera framebuffer_camera(const render::Camera& camera, int fb_w, int fb_h) const;
    // At rest: asks for a new picture of each visible raster that does not cover `view` sharply.
    void request_rasters(const state::AppState& app, const render::Camera& view);

    render::PicturePool picture_pool_;  // big layers' textures, across scene rebuilds (outlives scene_)
    std::unique_ptr<render::MapScene> scene_;
    std::optional<render::MapRenderer> renderer_;
    std::optional<render::MapCanvas> canvas_;
    Picker picker_;
    float pin_scale_ = 1.0f;
    uint64_t built_catalog_ = ~uint64_t(0);  // the state's catalog_version the scene was built from
    bool released_ = false;                  // release_layers() called since the last build
    uint64_t content_version_ = 0;           // bumped when what the canvas shows changes

    // Styles as last pushed, to push only what changed.
    uint64_t styled_figures_ = ~uint64_t(0);
    std::vector<render::FeatureStyle> park_styles_;  // parks as of the date (the base for highlights)
    std::set<size_t> styled_layers_;
    std::optional<state::FeatureRef> styled_sel_, styled_hover_;
    std::set<state::FeatureRef> styled_hidden_;

    // Motion, and big layers' pictures entering the canvas together.
    render::Camera last_camera_;
    double last_motion_time_ = -1.0;
    size_t pictures_shown_ = 0;
    double pictures_shown_time_ = 0.0;
    bool pictures_sharp_ = true;
    bool pictures_made_ = false;  // the big layers' picture textures, made in the first frame after a rebuild

    // Raster basemaps: pictures read on a thread, and what was last asked of each (not asked again).
    RasterFetch raster_fetch_;
    struct RasterAsked {
        geo::Box box;
        int width = 0, height = 0;
    };
    std::vector<RasterAsked> raster_asked_;
};

}  // namespace app
