// The map legend: occupancy ramp with the Decree 35 threshold, park statuses, economic zones
// and pins, drawn from the same palette as the map.
#pragma once

#include <string>

#include "geo/geometry.h"
#include "ui/painter.h"
#include "i18n/language.h"

namespace ui {

struct LegendBox {
    geo::Box rect;
    geo::Box header;  // its heading line
};

// Fixed: a picture's legend. Open / Folded: the window's, which a click on its heading folds
// to that heading alone (a chevron says so) and unfolds.
enum class LegendFold { Fixed, Open, Folded };

// Draws the legend with its bottom-right corner at `bottom_right`. `occupancy_asof`: the dates
// of the occupancy figures shown, e.g. "Dec 2023" (may be empty). An Open legend taller than
// `max_height` is drawn folded: a map made small by panels keeps its map.
LegendBox draw_legend(Painter& painter, geo::Vec2 bottom_right, i18n::Language lang, float scale,
                      const std::string& occupancy_asof, LegendFold fold = LegendFold::Fixed, float max_height = 1e9f);

}  // namespace ui
