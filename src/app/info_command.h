// `parkatlas --info FILE...`: what a planner wants to know about files before loading them on
// the map: format, layers, feature counts, geometry types, CRS and text encoding (and whether
// each was named in the file, guessed or given), fields with sample values, extent in lon/lat,
// and every problem found, in the chosen language.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "data/load_options.h"
#include "i18n/language.h"

namespace app {

// Describes each file on `out`. Returns 0 when every file could be read without an error,
// 1 otherwise (as --render does).
int run_info(const std::vector<std::string>& files, const data::SourceAssumptions& assume, std::ostream& out,
             i18n::Language lang);

}  // namespace app
