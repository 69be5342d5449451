// The toolbar along the top of the map: toggles for the analysis windows and the measure
// tool, and the as-of date slider that every analysis view follows.
#pragma once

#include <optional>
#include <string>

#include "analysis/park_metrics_csv.h"
#include "i18n/language.h"
#include "ui/panels/park_figures.h"

struct ImVec2;

namespace ui {

struct ToolbarState {
    bool table = false;
    bool gauge = false;
    bool compare = false;
};

struct ToolbarAction {
    std::optional<analysis::Date> asof;   // the slider moved
    bool toggle_measure = false;
    float bottom = 0.0f;                  // screen y of the toolbar's lower edge
};

// `measure_line`: what the measure tool says (empty when it is off); `compare_count` parks picked.
ToolbarAction draw_toolbar(ToolbarState& state, const ParkFigures& figures, i18n::Language lang, bool measuring,
                           const std::string& measure_line, size_t compare_count, const ImVec2& pos, float width);

}  // namespace ui
