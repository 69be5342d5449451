// The compare window: 2–4 parks side by side, every availability figure with its source and
// as-of date (in the cell's tooltip and a line under it), and the straight-line distances.
#pragma once

#include <string>
#include <vector>

#include "i18n/language.h"
#include "ui/panels/park_figures.h"

struct ImVec2;

namespace ui {

inline constexpr size_t kMaxCompared = 4;

// Adds `id` if it is not picked and there is room, removes it if it is; false when full.
bool toggle_compared(std::vector<std::string>& ids, const std::string& id);

struct CompareAction {
    std::string remove;   // a park id to drop from the comparison
    bool clear = false;
};

CompareAction draw_compare_panel(const ParkFigures& figures, const std::vector<std::string>& ids, i18n::Language lang,
                                 const ImVec2& pos, const ImVec2& size, bool* open, bool place);

}  // namespace ui
