// Dear ImGui for the window: its context and GLFW/OpenGL back ends, the theme applied at the
// current UI scale, and the fonts rasterised for it, rebuilt when the scale changes.
#pragma once

#include <string>
#include <vector>

#include "state/app_state.h"
#include "ui/fonts.h"
#include "ui/panel_cache.h"
#include "ui/theme.h"

struct GLFWwindow;
struct ImGuiContext;

namespace app {

// Every character the window may draw (the interface's words in the chosen language, the
// language menu, the data's names and values, the load messages), so that the font atlas holds
// exactly their glyphs.
ui::GlyphSet window_glyphs(const state::AppState& app);

class ImGuiSession {
public:
    // `glyphs`: every character the window may draw, so the font atlas holds them; `lang`
    // chooses the regional forms of CJK characters.
    ImGuiSession(GLFWwindow* window, ui::GlyphSet glyphs, i18n::Language lang);
    ~ImGuiSession();
    ImGuiSession(const ImGuiSession&) = delete;
    ImGuiSession& operator=(const ImGuiSession&) = delete;

    // Applies `user_scale` times the screen's own scale (HiDPI); rebuilds the fonts and the
    // theme when that changed, or when want_glyphs() asked for more characters.
    // `pixel_ratio`: framebuffer pixels per window pixel.
    // `room_height` > 0: presenting to a room on a screen that high (window pixels): the
    // presentation theme (sizes by the height, the room font for captions) instead.
    void set_scale(float user_scale, float content_scale, float pixel_ratio, float room_height = 0.0f);

    // The characters to draw from now on (a file was added, the language changed): true when the
    // atlas lacks some of them, or their CJK forms differ, and is rebuilt at the next set_scale.
    bool want_glyphs(ui::GlyphSet glyphs, i18n::Language lang);
    int atlas_builds() const { return atlas_builds_; }

    const ui::Theme& theme() const { return theme_; }
    const ui::MapFonts& fonts() const { return fonts_; }
    ui::PanelCache& panel_cache() { return panel_cache_; }
    ImGuiContext* context() const { return context_; }

    void new_frame();
    // Ends the frame's ImGui input (no drawing yet: the map goes under it).
    void end_frame();
    // Draws the frame's ImGui output over the map (panels from their cached pictures where unchanged).
    void draw();

private:
    ImGuiContext* context_ = nullptr;
    ui::GlyphSet glyphs_;
    i18n::Language language_;
    bool glyphs_changed_ = false;
    int atlas_builds_ = 0;
    ui::Theme theme_;
    ui::MapFonts fonts_;
    ui::PanelCache panel_cache_;
    float built_scale_ = -1.0f, built_ratio_ = -1.0f, built_room_ = 0.0f;
};

}  // namespace app
