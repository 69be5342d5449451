// When the window draws a frame, and how much of one goes on work that can wait.
//
// The window sleeps until something happens; an event asks for a few frames (wake), and work
// in progress (an animation, a canvas being drawn in bands, a big layer's picture) asks for
// the next one. At rest, canvas bands and picture steps get what is left of a kRestFrameMs
// frame once the rest of it is paid (ImGui, the copy into the window, pins, swap: 15-20 ms at
// 1920x1080 on llvmpipe), between 4 and 12 ms: a fixed 10 + 12 ms made 35-50 ms frames.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>

namespace app {

class FrameScheduler {
public:
    static constexpr double kRestFrameMs = 28.0;

    void wake(int frames = 3) { frames_wanted_ = std::max(frames_wanted_, frames); }
    bool wants_frame() const { return frames_wanted_ > 0; }
    // A frame is starting: one fewer is owed.
    void begin_frame() { frames_wanted_ = std::max(0, frames_wanted_ - 1); }
    // The frame took `frame_ms`, of which `rest_work_ms` went on work that could wait.
    void end_frame(double frame_ms, double rest_work_ms) {
        const double fixed = std::max(0.0, frame_ms - rest_work_ms);
        fixed_ms_ += 0.25 * (fixed - fixed_ms_);
    }
    std::chrono::duration<double> rest_budget() const {
        return std::chrono::duration<double, std::milli>(std::clamp(kRestFrameMs - fixed_ms_, 4.0, 12.0));
    }

private:
    int frames_wanted_ = 3;
    double fixed_ms_ = 16.0;  // smoothed time of a frame without its rest work
};

// With PARKATLAS_FRAME_LOG=FILE, one line per frame drawn: its time in ms, then its phases
// (ui map pictures panels swap; GL is finished between them, so each includes its drawing),
// whether the map was a copy of the canvas, the canvas's strips, bands, canvases and
// overviews so far, and whether the camera was moving (1) or at rest (0): for checking that
// the window stays fluid on a big layer (bench/README.md).
struct FramePhases {
    double ui = 0, map = 0, pictures = 0, panels = 0, swap = 0;
    bool canvas_copied = false;
    bool moving = false;
};

// Times a frame's phases. Off, it costs nothing; on, it finishes the GL's work before each
// reading, so that a phase includes its drawing.
class PhaseTimer {
public:
    explicit PhaseTimer(bool on);
    double lap();  // ms since the last lap (or the start); 0 when off

private:
    bool on_;
    std::chrono::steady_clock::time_point since_;
};

class FrameLog {
public:
    FrameLog();  // opens $PARKATLAS_FRAME_LOG, if set
    bool on() const { return file_ != nullptr; }
    struct CanvasCounts {
        size_t strips = 0, bands = 0, canvases = 0, overviews = 0;
    };
    void write(double frame_ms, const FramePhases& p, const CanvasCounts& c);

private:
    std::unique_ptr<FILE, int (*)(FILE*)> file_;
};

}  // namespace app
