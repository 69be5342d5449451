// Where the desk's panels go, and so which part of the window shows the map: a toolbar along
// the top, a status bar along the bottom, the parks/layers sidebar on the left, the details
// sidebar on the right (while something is selected), and the table, compare and gauge dock
// between them at the bottom. Panels are docked, never floating over the map: what they leave
// is the visible map, which flights and labels aim at. Pure arithmetic, no ImGui.
#pragma once

#include "geo/geometry.h"
#include "state/desk.h"
#include "ui/theme.h"

namespace ui {

struct DeskLayout {
    geo::Box top_bar, status, left, right, bottom;  // screen pixels; empty when absent
    geo::Box map;                                   // the visible map
    bool left_slim = false, right_slim = false;     // a collapsed sidebar: a strip of icons
};

// `width` x `height`: the window in screen pixels. `details`: something is selected.
DeskLayout layout_desk(float width, float height, const Theme& theme, const state::Desk& desk, bool details);

// The share of the window the visible map covers (0..1).
double map_share(const DeskLayout& layout, float width, float height);

}  // namespace ui
