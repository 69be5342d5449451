// Presenting a tour to a room: the map full screen, no panels, the slide's caption band, its
// figure cards and highlights, driven from the keyboard or a clicker (keymap.h:
// presentation_command_for_key). A click on a park opens its card, large. The window shell
// makes the window full screen and gives the desk back when the mode says so.
#pragma once

#include <string>
#include <vector>

#include "app/modes/mode.h"
#include "app/slide_drawing.h"
#include "ui/map_overlay.h"

namespace app {

class PresentMode : public Mode {
public:
    void layout(FrameContext& ctx) override;
    void frame(FrameContext& ctx) override;

    // What is on screen, for the state dump (a test hook).
    struct Facts {
        geo::Box band;
        std::vector<geo::Box> cards;
        std::string caption;
    };
    const Facts& facts() const { return facts_; }

private:
    void run_command(FrameContext& ctx, Command command);
    void click(FrameContext& ctx, geo::Vec2 at);
    std::string status(const state::AppState& app) const;

    ui::SlideText text_;
    std::vector<ui::FigureCard> cards_;
    SlideLayout layout_;
    ui::OverlayReport overlay_;
    Facts facts_;
    geo::Box shown_frame_;  // the view frame the slide was last fitted in
    size_t shown_slide_ = SIZE_MAX;
};

}  // namespace app
