// `parkatlas --find [--ha N] [--sector S] [--ready-by YYYY-MM] [--max-km LANDMARK:KM]...
//  [--asof DATE] [--format md|csv] [--lang CODE]`: the site finder's answer on stdout, data
// warnings on stderr.
#pragma once

#include <ostream>
#include <string>

#include "app/options.h"
#include "data/catalog.h"

namespace app {

// Runs the site finder on `catalog` with park_metrics.csv and park_facts.csv at the given paths.
// Returns 0 on success; 1 when there is no parks layer; 2 when --asof is not a date or a --max-km
// landmark is not in the data (the message lists the landmarks there are).
int run_find(const data::Catalog& catalog, const std::string& metrics_path, const std::string& facts_path, const Options& o,
             std::ostream& out, std::ostream& err);

}  // namespace app
