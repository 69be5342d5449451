// The window's map kept as one opaque picture, a canvas, so that a frame in motion costs a
// copy instead of a redraw. On llvmpipe, shading a full 1920x1080 layer or textured picture
// costs 5-15 ms each, but copying a picture 1:1 (glBlitFramebuffer at the same scale and a
// whole-pixel offset) costs under 1 ms (bench/README.md).
//
// - Panning: the canvas scrolls by whole pixels (copied into its twin, shifted) and only the
//   strips that come into view are drawn; the frame is then one copy.
// - Zooming: the canvas is shown scaled (one textured quad) over the overview canvas (the
//   whole map, at most kCanvasOverviewPixels a side) where it does not reach.
// - Once the camera rests, and whenever the content changes (styles, layers, a big layer's
//   sharper picture), a new canvas is drawn in bands, a few per frame within a budget; the old
//   one is shown until it is complete.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <vector>

#include "render/camera.h"
#include "render/feature_style.h"
#include "render/gl_handles.h"
#include "render/map_renderer.h"

namespace render {

// The overview canvas only fills the margins of a zoomed-out view for a moment: small is enough.
inline constexpr int kCanvasOverviewPixels = 1024;

// Where the strips that a scroll by (dx, dy) whole pixels uncovers lie in a width x height
// picture: GL pixel rectangles (origin bottom-left). dx > 0: the view moved east (new strip on
// the right); dy > 0: it moved north (new strip at the top).
struct PixelRect {
    int x = 0, y = 0, width = 0, height = 0;
    bool operator==(const PixelRect&) const = default;
};
std::vector<PixelRect> exposed_strips(int width, int height, int dx, int dy);

class MapCanvas {
public:
    // Draws the map's layers through `camera` into the bound framebuffer, inside the scissor
    // box the canvas has set, over the background it has cleared there.
    using DrawLayers = std::function<void(const Camera& camera)>;

    MapCanvas(Rgba background, int bands = 8) : background_(background), bands_(bands) {}

    // The extent the overview canvas shows (the whole map). Empty: no overview.
    void set_extent(const geo::Box& extent);

    struct Shown {
        Camera camera;       // where the map was drawn: `view` moved by under half a pixel when scrolled
        bool exact = false;  // the canvas is complete and current for this camera and content
        bool copied = false; // the frame was a 1:1 copy (no shading)
        size_t bands = 0;    // canvas bands drawn in this call: the frame's budget went on them
        std::chrono::duration<double> band_time{0};  // and the time they took
    };
    // Puts the map for `view` into framebuffer `target` (size of `view`). `content`: a key of
    // everything drawn (styles, layers, pictures); when it changes the canvas is redrawn.
    // `moving`: the camera changes from frame to frame, so no new canvas is started, except
    // for `ahead`: where a flight will land. Its canvas is drawn a band per frame while the
    // camera flies, kept aside, and shown the moment the camera arrives, so a flight ends on
    // a sharp frame rather than a scaled one.
    Shown present(const MapRenderer& renderer, const Camera& view, uint64_t content, bool moving,
                  const DrawLayers& draw, std::chrono::duration<double> budget, GLuint target = 0,
                  const Camera* ahead = nullptr);

    // Work remains (a canvas or the overview to draw): keep presenting frames.
    bool busy() const;

    // What the rest of a frame that `present` returned `shown` is for. At rest, big layers'
    // pictures take their steps only in frames with no canvas work (the two together ran to
    // 35-50 ms); a frame that went on the canvas asks for the next one, the pictures' turn.
    enum class RestTurn { None, Pictures, NextFrame };
    RestTurn rest_turn(const Shown& shown, bool moving) const;

    struct Stats {
        size_t scrolls = 0, strips = 0, bands = 0, canvases = 0, overviews = 0, scaled_frames = 0;
    };
    const Stats& stats() const { return stats_; }

private:
    Shown present_map(const MapRenderer& renderer, const Camera& view, uint64_t content, bool moving,
                      const DrawLayers& draw, std::chrono::duration<double> budget, GLuint target, const Camera* ahead);
    struct Surface {
        UniqueTexture texture;
        UniqueFramebuffer framebuffer;
        int width = 0, height = 0;
        void ensure(int w, int h);
    };
    struct Canvas {
        Surface front, back;   // shown, and drawn into
        Camera camera;         // of front
        uint64_t content = 0;  // of front
        bool valid = false;
        geo::Box box() const { return camera.visible_box(); }
    };
    struct Job {
        bool active = false;
        bool overview = false;
        bool ahead = false;     // for where a flight lands: kept in the twin until the camera arrives
        bool complete = false;  // an ahead job that is drawn and waits
        Camera camera;
        uint64_t content = 0;
        int next_band = 0;
    };

    void scroll(Canvas& c, int dx, int dy, const DrawLayers& draw);
    void draw_region(const Camera& camera, const PixelRect& r, const DrawLayers& draw) const;
    // Runs the job for about `budget` (at least one band; another only if the last one's time
    // still fits); true once its canvas is complete.
    bool run(const DrawLayers& draw, std::chrono::duration<double> budget);
    void start(bool overview, const Camera& camera, uint64_t content);
    void finish_job();  // the job's canvas is shown from now on
    void show_scaled(const MapRenderer& renderer, const Camera& view, bool nearest, GLuint target);
    void blit(const Surface& from, GLuint target) const;
    Camera overview_camera() const;

    Rgba background_;
    int bands_;
    geo::Box extent_;
    Canvas view_, overview_;
    Job job_;
    std::chrono::duration<double> last_band_{0}, band_time_{0};  // the last band's; this call's
    uint64_t content_ = 0;  // of the last present()
    Stats stats_;
};

}  // namespace render
