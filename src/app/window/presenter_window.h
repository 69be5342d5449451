// The presenter view: a second window for the speaker (the laptop's screen while the projector
// shows the slide), with its own ImGui context and fonts, sharing textures with the main window
// so that the slides' pictures (SlideThumbnails) can be shown. Its keys drive the talk as the
// main window's do (the shell installs them).
#pragma once

#include <map>
#include <string>

#include "render/gl_handles.h"
#include "render/offscreen_target.h"
#include "state/app_state.h"
#include "ui/fonts.h"
#include "ui/theme.h"

struct GLFWwindow;
struct GLFWmonitor;
struct ImGuiContext;

namespace app {

class PresenterWindow {
public:
    PresenterWindow() = default;
    PresenterWindow(const PresenterWindow&) = delete;
    PresenterWindow& operator=(const PresenterWindow&) = delete;
    ~PresenterWindow() { close(); }

    // Opens it full screen on `monitor`, or as a window when null, sharing GL objects with
    // `share` (current on return). `user`: the window's user pointer (the shell, for its keys).
    bool open(GLFWwindow* share, GLFWmonitor* monitor, void* user);
    // Needs `share`'s context current (textures are freed).
    void close();
    bool is_open() const { return window_ != nullptr; }
    GLFWwindow* window() const { return window_; }

    // A slide's picture, uploaded in `share`'s context (shared with this window).
    void add_picture(size_t slide, const render::Image& image);
    void forget_pictures();
    size_t pictures() const { return pictures_.size(); }

    // Draws what changed since the last call (the slide, the screen, the language, a second of
    // the timer); returns with `share`'s GL context and `main`'s ImGui context current.
    void draw(const state::AppState& app, GLFWwindow* share, ImGuiContext* main);

    // For the state dump: the notes shown, and whether the picture of the current slide is.
    const std::string& notes_shown() const { return notes_shown_; }
    bool current_picture_shown() const { return current_picture_shown_; }

private:
    void build_fonts(const state::AppState& app, float height);

    GLFWwindow* window_ = nullptr;
    ImGuiContext* context_ = nullptr;
    ui::Theme theme_;
    ui::MapFonts fonts_;
    float fonts_height_ = 0;
    i18n::Language fonts_language_ = i18n::Language::En;
    uint64_t fonts_tour_ = ~uint64_t(0);
    std::map<size_t, render::UniqueTexture> pictures_;
    std::string drawn_;                  // what the last frame showed, to draw only on change
    std::string notes_shown_;
    bool current_picture_shown_ = false;
};

}  // namespace app
