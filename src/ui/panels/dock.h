// The frames every docked panel is drawn in: an opaque, flush rectangle (cached by the panel
// cache), a header with a title and icon buttons, and the slim strip a collapsed sidebar
// becomes.
#pragma once

#include <imgui.h>

#include <initializer_list>
#include <optional>

#include "geo/geometry.h"
#include "ui/icons.h"

namespace ui {

// Begins the window `id` filling `rect` (screen pixels); always pair with end_dock().
// False when there is nothing to draw (a zero-sized rect).
bool begin_dock(const char* id, const geo::Box& rect, ImGuiWindowFlags extra = 0);
void end_dock();

// Title text in the heading font, with icon buttons at the right end of the line; returns the
// index of the button pressed.
struct HeaderButton {
    const char* id;
    Icon icon;
    const char* tooltip;
};
std::optional<size_t> dock_header(const char* title, std::initializer_list<HeaderButton> buttons, ImFont* heading_font);

// Draws icon buttons one under the other (a collapsed sidebar); returns the index pressed.
std::optional<size_t> slim_strip(std::initializer_list<HeaderButton> buttons);

// Muted text that wraps: notes, sources, hints.
void note_text(const char* text);

}  // namespace ui
