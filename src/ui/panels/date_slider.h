// The as-of date slider: one stop per date a figure is dated with (park_metrics.csv and the
// parks layer). Moving it changes the date every analysis view shows.
#pragma once

#include <optional>
#include <vector>

#include "analysis/park_metrics_csv.h"
#include "i18n/language.h"

namespace ui {

// The stop of `dates` equal to `asof`, else the last stop not after it; nullopt if none.
std::optional<size_t> date_stop(const std::vector<analysis::Date>& dates, const analysis::Date& asof);

// Draws the slider (width -1 = the rest of the line); returns the new date when the user moved it.
std::optional<analysis::Date> draw_date_slider(const std::vector<analysis::Date>& dates, const analysis::Date& asof,
                                               i18n::Language lang, float width);

}  // namespace ui
