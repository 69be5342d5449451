#include "app/stats_command.h"

#include "analysis/park_metrics_csv.h"

namespace app {

int run_stats(const data::Catalog& catalog, const std::string& metrics_csv_path, std::optional<std::string> asof,
              Format format, std::ostream& out, std::ostream& err) {
    const data::MapLayer* parks = catalog.find(data::LayerRole::Parks);
    if (!parks) {
        err << "parkatlas: --stats: no parks layer is loaded\n";
        return 1;
    }
    std::optional<analysis::Date> date;
    if (asof) {
        date = analysis::parse_date(*asof);
        if (!date) {
            err << "parkatlas: --asof: '" << *asof << "' is not a date (expected YYYY-MM or YYYY-MM-DD)\n";
            return 2;
        }
    }
    analysis::Metrics metrics = analysis::load_park_metrics(metrics_csv_path);
    if (!metrics.read_ok) {
        for (const auto& w : metrics.warnings) err << "parkatlas: " << w << "\n";
        return 1;
    }
    analysis::join_parks(metrics, parks->layer);
    for (const auto& w : metrics.warnings) err << "parkatlas: warning: " << w << "\n";
    if (!metrics.parks_without_rows.empty()) {
        err << "parkatlas: note: " << metrics_csv_path << " has no row for:";
        for (const auto& id : metrics.parks_without_rows) err << " " << id;
        err << "\n";
    }
    if (!date) {
        // Default: the newest figure we have, from the CSV or the layer.
        date = metrics.latest_date();
        for (const auto& f : parks->layer.features)
            if (auto d = analysis::parse_date(parks->layer.text(f, "occ_asof").value_or("")))
                if (!date || analysis::earlier(*date, *d)) date = d;
        if (!date) {
            err << "parkatlas: --stats: no dated figure anywhere; give --asof\n";
            return 2;
        }
        err << "parkatlas: --stats: as of " << date->to_string() << " (the newest figure; use --asof to choose)\n";
    }
    if (!analysis::write_stats(out, catalog, metrics, *date, format)) {
        err << "parkatlas: --stats: no parks layer is loaded\n";
        return 1;
    }
    return 0;
}

}  // namespace app
