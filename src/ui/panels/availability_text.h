// A park's land availability and straight-line distances in words, for the details panel and
// the compare window: each figure with its source and as-of date, "unknown" when no source
// gives it. No ImGui here.
#pragma once

#include <string>
#include <vector>

#include "i18n/language.h"
#include "ui/panels/feature_text.h"
#include "state/park_figures.h"

namespace ui {

// Rows for park `index` of `figures` (total area, leasable land, occupancy, occupied, free,
// hand-over, then the distance to each landmark). Labels are the same for every park, so the
// compare window lines them up.
std::vector<DetailRow> availability_rows(const state::ParkFigures& figures, size_t index, i18n::Language lang);

// What an investor asks beyond occupancy, from park_facts.csv: land free now, lease price, power,
// water, wastewater, minimum plot, sectors welcomed, when land is ready, the developer's contact.
// Every park gets the same rows (the compare window lines them up); an unknown says it was looked
// for (where, in source_detail). `field` is the fact's key.
std::vector<DetailRow> investor_rows(const state::ParkFigures& figures, size_t index, i18n::Language lang);

// "Land availability as of Nov 2024"
std::string availability_heading(const state::ParkFigures& figures, i18n::Language lang);

}  // namespace ui
