#include "app/stats_command.h"

#include <filesystem>

#include "analysis/park_metrics_csv.h"
#include "i18n/catalogue.h"

namespace app {

int run_stats(const data::Catalog& catalog, const std::string& metrics_csv_path, std::optional<std::string> asof,
              Format format, std::ostream& out, std::ostream& err, i18n::Language lang) {
    const data::MapLayer* parks = catalog.find(data::LayerRole::Parks);
    if (!parks) {
        err << "parkatlas: --stats: " << i18n::tr("no parks layer is loaded", lang) << "\n";
        return 1;
    }
    std::optional<analysis::Date> date;
    if (asof) {
        date = analysis::parse_date(*asof);
        if (!date) {
            err << "parkatlas: --asof: "
                << i18n::trf("'{0}' is not a date (expected YYYY-MM or YYYY-MM-DD)", lang, {*asof}) << "\n";
            return 2;
        }
    }
    analysis::Metrics metrics = analysis::load_park_metrics(metrics_csv_path);
    if (!metrics.read_ok) {
        for (const auto& w : metrics.warnings) err << "parkatlas: " << w.to_string(lang) << "\n";
        return 1;
    }
    analysis::join_parks(metrics, parks->layer);
    for (const auto& w : metrics.warnings) err << "parkatlas: " << w.to_string(lang) << "\n";
    if (!metrics.parks_without_rows.empty()) {
        std::string ids;
        for (const auto& id : metrics.parks_without_rows) ids += (ids.empty() ? "" : " ") + id;
        err << "parkatlas: " << metrics_csv_path << ": " << i18n::tr("note", lang) << ": "
            << i18n::trf("no row for {0}", lang, {ids}) << "\n";
    }
    if (!date) {
        // Default: the newest figure we have, from the CSV or the layer.
        date = metrics.latest_date();
        for (const auto& f : parks->layer.features)
            if (auto d = analysis::parse_date(parks->layer.text(f, "occ_asof").value_or("")))
                if (!date || analysis::earlier(*date, *d)) date = d;
        if (!date) {
            err << "parkatlas: --stats: " << i18n::tr("no dated figure anywhere; give --asof", lang) << "\n";
            return 2;
        }
        err << "parkatlas: --stats: "
            << i18n::trf("as of {0} (the newest figure; use --asof to choose)", lang, {date->to_string()}) << "\n";
    }
    // The facts fill areas the layer lacks and give statuses by date; without the file the
    // report is the layer's and the metrics' alone (a warning says so).
    const auto facts = analysis::load_park_facts(
        (std::filesystem::path(metrics_csv_path).parent_path() / kParkFactsFile).string());
    for (const auto& w : facts.warnings) err << "parkatlas: " << w.to_string(lang) << "\n";
    if (!analysis::write_stats(out, catalog, metrics, *date, format, {}, lang, &facts)) {
        err << "parkatlas: --stats: " << i18n::tr("no parks layer is loaded", lang) << "\n";
        return 1;
    }
    return 0;
}

}  // namespace app
