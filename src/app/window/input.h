// Input from the window, queued by GLFW's callbacks and handled in the frame (after ImGui has
// decided, with the current pointer position, whether a panel takes the mouse): pointer
// events become map gestures, keys become commands, typed text goes to the park search.
#pragma once

#include <string>
#include <vector>

#include "geo/geometry.h"

namespace app {

struct PointerEvent {
    enum Type { Press, Release, Move, Scroll } type = Move;
    geo::Vec2 pos;       // window pixels
    double dy = 0.0;     // wheel steps (Scroll)
    double time = 0.0;   // seconds
};

// What the pointer did to the map.
struct Gesture {
    enum Kind { Drag, Click, DoubleClick, Scroll } kind = Click;
    geo::Vec2 pos;       // window pixels
    geo::Vec2 delta;     // Drag: pixels moved since the last Drag
    double steps = 0.0;  // Scroll: wheel steps, positive = in
};

// Turns pointer events into gestures. A press that moves less than kClickSlopPx before its
// release is a click; two clicks within kDoubleClickSeconds and kClickSlopPx a double click
// (the second is not a click). Events over a panel (`captured`) start nothing. Pure: times
// come with the events.
class MapGestures {
public:
    static constexpr double kClickSlopPx = 4.0;
    static constexpr double kDoubleClickSeconds = 0.35;

    std::vector<Gesture> feed(const std::vector<PointerEvent>& events, bool captured);
    bool dragging() const { return pressed_; }   // the button is down over the map

private:
    bool pressed_ = false, moved_ = false;
    geo::Vec2 press_pos_, last_pos_;
    double last_click_time_ = -1.0;
    geo::Vec2 last_click_pos_;
};

// Appends a typed character (a Unicode code point) to `text` as UTF-8.
void append_utf8(std::string& text, unsigned codepoint);

}  // namespace app
