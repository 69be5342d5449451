// The park figures every analysis panel shows, as of one date: availability per park, the
// straight-line distances, the dated-figures table and its warnings. The window keeps one of
// these; the date slider changes `asof` and everything is recomputed from it (no ImGui here).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analysis/availability.h"
#include "analysis/distances.h"
#include "analysis/park_metrics_csv.h"
#include "data/catalog.h"
#include "i18n/language.h"

namespace state {

struct ParkFigures {
    size_t parks_layer = SIZE_MAX;                   // catalog index of the parks layer; SIZE_MAX: none
    analysis::Metrics metrics;                       // joined with the parks layer
    analysis::ParkFacts facts;                       // park_facts.csv beside the metrics file
    std::vector<analysis::Date> dates;               // the slider's stops, oldest first
    analysis::Date asof;
    std::vector<analysis::ParkAvailability> parks;   // one per park feature, layer order
    std::vector<analysis::ParkDistances> distances;  // same order
    data::SourceNames sources;                       // the catalog's, to cite figures' sources

    bool ok() const { return parks_layer != SIZE_MAX; }
    // Index into parks/distances (= feature index) of a park id; nullopt if unknown.
    std::optional<size_t> index_of(const std::string& id) const;
};

// A file beside the file of the parks layer (where the bundled data keeps its tables); the bare
// name when the parks layer has no file.
std::string path_beside_parks(const data::Catalog& catalog, const std::string& file_name);
// park_metrics.csv and park_facts.csv beside the parks layer.
std::string metrics_path_beside_parks(const data::Catalog& catalog);
std::string facts_path_beside_parks(const data::Catalog& catalog);

// Every date a figure is dated with: park_metrics.csv rows (parks and city) and the layer's
// occ_asof, distinct and oldest first.
std::vector<analysis::Date> figure_dates(const analysis::Metrics& metrics, const data::Layer& parks);

// Loads the CSV and park_facts.csv beside it (a missing or broken file only gives warnings), joins
// them, computes the distances, and sets the date to the newest one (as `parkatlas --stats` does).
ParkFigures load_park_figures(const data::Catalog& catalog, const std::string& metrics_path);

// Recomputes availability as of `asof`.
void set_asof(ParkFigures& figures, const data::Catalog& catalog, const analysis::Date& asof);

// Occupancy per park feature as of the figures' date (nullopt: unknown then), for the map.
std::vector<std::optional<double>> occupancy_by_feature(const ParkFigures& figures);

// What the legend says after "Occupancy, ": the dates of the park figures shown ("Dec 2023"),
// "unknown" when none is known, and the as-of date when it differs: "Dec 2023 (as of Nov 2024)".
std::string legend_dates(const ParkFigures& figures, i18n::Language lang);

// "Dec 2023" / "T12/2023" / "2023年12月" / "2023년 12월"; with its day for a day.
std::string format_date(const analysis::Date& d, i18n::Language lang);

}  // namespace state
