// The progress of a file loading in the background: its name, what is happening, a bar and a
// Cancel button. The window keeps drawing (and panning) meanwhile.
#pragma once

#include <imgui.h>

#include <string>

namespace ui {

// Drawn centred at the bottom of a `width` x `height` window. Returns true when Cancel was
// pressed.
bool draw_loading_panel(const std::string& file, const std::string& status, float fraction, bool cancelling,
                        float width, float height);

}  // namespace ui
