// Small line icons drawn with ImGui's draw list (no icon font needed), and buttons made of
// them: sized by the theme, so they stay large enough to hit at any UI scale.
#pragma once

#include <imgui.h>

namespace ui {

enum class Icon {
    ChevronLeft,
    ChevronRight,
    ChevronUp,
    ChevronDown,
    Close,
    Layers,
    Parks,     // a list with a magnifier
    Table,
    Gauge,
    Compare,
    Measure,
    Plus,
    Minus,
    Warning,
    Trash,
    Target,    // zoom to
    Present,   // a screen with a play mark: the tour
    ArrowUp,
    ArrowDown,
};

// Draws `icon` centred at `centre`, `size` pixels across, in `colour`.
void draw_icon(ImDrawList& dl, Icon icon, ImVec2 centre, float size, ImU32 colour);

// A square button showing `icon`; `tooltip` on hover (also its accessible name); `on` draws
// it pressed (a view that is open). `id` must be unique in the window.
bool icon_button(const char* id, Icon icon, const char* tooltip, bool on = false, bool enabled = true);

// A button with an icon before its text; `on` as above.
bool icon_text_button(const char* id, Icon icon, const char* text, bool on = false);

}  // namespace ui
