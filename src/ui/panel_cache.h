// Draws ImGui's frame with the panels that did not change served from pictures.
//
// On llvmpipe, ImGui's panels cost about half of a 1920x1080 frame (their glyphs and
// blended fills), although they rarely change while the map moves under them. A window that
// says it is opaque and rectangular (mark_opaque_window, between Begin and End) is drawn,
// with its child windows, into a picture of its own; while its draw lists stay the same, a
// frame copies that picture into place instead (a copy costs a fraction of a millisecond).
// Everything else (the map overlay, tooltips, popups, translucent windows) is drawn as usual,
// in ImGui's order.
#pragma once

#include <imgui.h>

#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <unordered_set>

#include "render/picture_pool.h"

namespace ui {

class PanelCache {
public:
    // Call between ImGui::Begin and End of a window whose background is fully opaque
    // (alpha 1), with square corners: its rectangle then hides everything under it.
    static void mark_opaque_window();

    // Draws `frame` into `target_fbo` (sized as the frame's display) as ImGui's OpenGL
    // backend would, and leaves that framebuffer bound. The backend must be initialised.
    void render(ImDrawData& frame, GLuint target_fbo);

    // Forgets every picture, e.g. after the font atlas changed under unchanged draw lists.
    void clear() { pictures_.clear(); }

    struct Stats {
        size_t copied = 0;   // windows served from their picture in the last render
        size_t redrawn = 0;  // windows drawn into their picture (new or changed)
        size_t direct = 0;   // draw lists drawn straight into the target
    };
    const Stats& stats() const { return stats_; }

private:
    struct Picture {
        render::PictureTarget target;
        uint64_t content = 0;  // hash of the draw lists it shows
        bool used = false;     // seen in the current render
    };
    std::unordered_map<ImGuiID, Picture> pictures_;
    Stats stats_;
};

// ImGui::Begin for a panel drawn opaque (background alpha 1), marked for the PanelCache.
bool begin_opaque_panel(const char* name, bool* open = nullptr, ImGuiWindowFlags flags = 0);

}  // namespace ui
