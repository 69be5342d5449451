// `parkatlas --stats [--asof DATE] [--format csv|md]`: the land-availability report on stdout,
// data warnings on stderr.
#pragma once

#include <optional>
#include <ostream>
#include <string>

#include "analysis/stats_report.h"
#include "data/catalog.h"
#include "i18n/language.h"

namespace app {

using analysis::Format;

// The dated figures file next to the bundled layers.
inline constexpr const char* kParkMetricsFile = "park_metrics.csv";
// The investor facts (areas, statuses by date, ...), beside the metrics file.
inline constexpr const char* kParkFactsFile = "park_facts.csv";

// Writes the report for `catalog` joined with the CSV at `metrics_csv_path`, as of `asof`
// (YYYY-MM or YYYY-MM-DD; default: the latest date of any occupancy figure in the CSV or the
// parks layer). Returns 0 on success, 1 when there is no parks layer or the CSV cannot be read,
// 2 when `asof` is not a date. Row warnings go to `err` and do not change the exit code. The
// report and the messages are in `lang`.
int run_stats(const data::Catalog& catalog, const std::string& metrics_csv_path, std::optional<std::string> asof,
              Format format, std::ostream& out, std::ostream& err, i18n::Language lang = i18n::Language::En);

}  // namespace app
