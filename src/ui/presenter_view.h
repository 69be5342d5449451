// What the speaker sees on the laptop while the room sees the slide: the current slide and the
// next one (their pictures, when rendered, and captions), the speaker notes, the slide number,
// the time since the talk began and the time of day, and what the audience screen shows.
#pragma once

#include <string>

#include "ui/fonts.h"
#include "ui/theme.h"

namespace ui {

struct PresenterViewModel {
    std::string counter;          // "3 / 10"
    std::string timer;            // "12:04" since the talk began
    std::string clock;            // "14:05"
    std::string audience;         // "Audience sees: black screen" (empty: the slide)
    std::string caption, next_caption;  // next_caption empty on the last slide
    std::string notes;            // in the language shown; may be empty
    std::string language;         // the language shown, by its own name
    unsigned long long current_texture = 0, next_texture = 0;  // GL textures (0: not rendered yet)
    float picture_aspect = 16.0f / 9.0f;
};

struct PresenterViewBoxes {
    float notes_top = 0;          // where the notes start (window pixels), for tests
};

// Fills the current ImGui frame (one full-window panel).
PresenterViewBoxes draw_presenter_view(const PresenterViewModel& model, const MapFonts& fonts, const Theme& theme,
                                       float width, float height, i18n::Language lang);

}  // namespace ui
