// The tour editor's operations on the state's tour: a slide from what the map shows now, its
// texts per language, its place in the order; each bumps tour_version and marks the tour
// unsaved. The window saves it (atomically) where tour_save_path says.
#pragma once

#include <string>
#include <vector>

#include "state/app_state.h"

namespace state {

enum class SlideText { Caption, Notes };

// A slide of what the map shows now: the view, the layers shown, the selected feature
// highlighted, the date; its English caption the selected feature's name (or "Slide N").
tour::Slide slide_from_view(const AppState& app);
// Inserts slide_from_view after `after` (or first in an empty tour); returns its index.
size_t add_slide(AppState& app, size_t after);
// The slide's view, layers, highlight and date become what the map shows now.
void update_slide_view(AppState& app, size_t index);
// Moves a slide one place (-1 earlier, +1 later); returns where it is now.
size_t move_slide(AppState& app, size_t index, int delta);
void delete_slide(AppState& app, size_t index);
// Sets a slide's caption or notes in `lang`. An empty English caption is refused (every
// tour has one): false, nothing changed.
bool set_slide_text(AppState& app, size_t index, SlideText which, i18n::Language lang, const std::string& text);
void set_tour_title(AppState& app, i18n::Language lang, const std::string& text);

// The languages a slide has no caption in (the room would read English there).
std::vector<i18n::Language> missing_captions(const tour::Slide& slide);

}  // namespace state
