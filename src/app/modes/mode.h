// A way of working in the window (state::Mode). The window shell owns one of each and, every
// frame, hands the active one the frame's input; the mode lays out its panels, handles the
// input, builds the ImGui frame, and tells the shell where the map is seen. The shell then
// draws the map (MapPresenter) under what the mode built.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/window/input.h"
#include "app/window/keymap.h"
#include "app/window/layer_loader.h"
#include "app/window/map_presenter.h"
#include "state/app_state.h"
#include "ui/fonts.h"
#include "ui/theme.h"

namespace app {

struct FrameInput {
    std::vector<Gesture> gestures;
    std::vector<Command> commands;
    std::string typed;            // text typed while no text field had the keyboard
    bool right_click = false;     // over the map
    bool map_held = false;        // the mouse holds the map (a drag in progress)
    geo::Vec2 cursor{-1, -1};     // window pixels; negative: outside the window
    bool pointer_on_panel = false;  // ImGui takes the mouse this frame
};

struct FrameContext {
    state::AppState& app;
    MapPresenter& map;
    LayerLoader& loader;
    const ui::Theme& theme;
    const ui::MapFonts& fonts;
    float width = 1, height = 1;  // the window, screen pixels
    FrameInput input;
    bool quit = false;            // out: the user asked to close the window
    bool leave_presentation = false;  // out: Esc during a talk: back to the desk
    std::optional<size_t> present_from;  // out: the tour editor's "Present": from this slide
};

class Mode {
public:
    virtual ~Mode() = default;
    // Lays out the frame and tells the camera which part of the window is the visible map.
    virtual void layout(FrameContext& ctx) = 0;
    // Handles the frame's input and builds the ImGui frame (panels, the map's overlay).
    virtual void frame(FrameContext& ctx) = 0;
};

}  // namespace app
