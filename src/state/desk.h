// How the desk (the explore mode's window) is arranged: which sidebars are expanded or slim,
// which tab each shows, which analysis view the bottom dock holds, and the UI scale. Plain
// choices; ui/layout turns them into rectangles.
#pragma once

#include <array>
#include <optional>

namespace state {

enum class SideTab { Parks, Layers, Tour };           // the left sidebar
enum class BottomTab { Table, Compare, Gauge, Finder };  // the bottom dock

struct Desk {
    bool left_open = true;                 // the left sidebar expanded, else a slim strip
    SideTab left_tab = SideTab::Parks;
    bool right_open = true;                // the details sidebar (while something is selected)
    std::optional<BottomTab> bottom;       // the bottom dock's view; none: the dock is closed
    bool legend_open = true;               // the map's legend expanded, else its heading only

    // The toolbar's buttons: open `tab` in the dock, or close the dock if it already shows it.
    void toggle_bottom(BottomTab tab) { bottom = bottom == tab ? std::nullopt : std::optional(tab); }
    void show_left(SideTab tab) { left_open = true, left_tab = tab; }
};

// The user's UI scale, a factor on every size of the interface (the screen's own HiDPI scale
// multiplies it). Ctrl+= / Ctrl+- step through kSteps; remembered between runs.
class UiScale {
public:
    static constexpr std::array<float, 9> kSteps = {0.75f, 0.85f, 1.0f, 1.15f, 1.3f, 1.5f, 1.75f, 2.0f, 2.5f};

    float value() const { return value_; }
    // The nearest step to `v` (a remembered or typed value), within the steps' range.
    void set(float v);
    bool bigger();    // false at the largest step
    bool smaller();   // false at the smallest
    void reset() { value_ = 1.0f; }

private:
    float value_ = 1.0f;
};

}  // namespace state
