#include "app/window/frame_scheduler.h"

#include <cstdlib>

#include "render/gl_frame.h"

namespace app {

PhaseTimer::PhaseTimer(bool on) : on_(on), since_(std::chrono::steady_clock::now()) {}

double PhaseTimer::lap() {
    if (!on_) return 0.0;
    render::finish();
    const auto now = std::chrono::steady_clock::now();
    const double ms = std::chrono::duration<double, std::milli>(now - since_).count();
    since_ = now;
    return ms;
}

FrameLog::FrameLog() : file_(nullptr, &std::fclose) {
    if (const char* path = std::getenv("PARKATLAS_FRAME_LOG"); path && *path) file_.reset(std::fopen(path, "w"));
}

void FrameLog::write(double frame_ms, const FramePhases& p, const CanvasCounts& c) {
    if (!file_) return;
    std::fprintf(file_.get(), "%.2f %.2f %.2f %.2f %.2f %.2f %d %zu %zu %zu %zu %d\n", frame_ms, p.ui, p.map, p.pictures,
                 p.panels, p.swap, int(p.canvas_copied), c.strips, c.bands, c.canvases, c.overviews, int(p.moving));
    std::fflush(file_.get());
}

}  // namespace app
