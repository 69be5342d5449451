// The progress of a file loading in the background: its name, what is happening, a bar and a
// Cancel button. The window keeps drawing (and panning) meanwhile.
#pragma once

#include <imgui.h>

#include <string>

#include "geo/geometry.h"
#include "i18n/language.h"

namespace ui {

struct LoadingCard {
    bool cancel = false;   // Cancel was pressed
    geo::Box rect;         // where the card is (screen pixels)
};

// A card centred near the bottom of `frame` (the visible map, screen pixels).
LoadingCard draw_loading_panel(const std::string& file, const std::string& status, float fraction, bool cancelling,
                               const geo::Box& frame, i18n::Language lang);

// The same card for a file being written (an export): its title, no Cancel.
geo::Box draw_export_card(const std::string& file, const std::string& status, float fraction, const geo::Box& frame,
                          i18n::Language lang);

namespace detail {
// The card itself: `title` is the window's label (with its ### id); `cancel_label` null: no button.
LoadingCard progress_card(const std::string& title, const std::string& file, const std::string& status, float fraction,
                          const char* cancel_label, bool cancelling, const geo::Box& frame);
}  // namespace detail


}  // namespace ui
