#include "state/park_figures.h"

#include <algorithm>
#include <filesystem>

#include "i18n/catalogue.h"
#include "i18n/number_format.h"

namespace state {

std::optional<size_t> ParkFigures::index_of(const std::string& id) const {
    for (size_t i = 0; i < parks.size(); ++i)
        if (parks[i].id == id) return i;
    return std::nullopt;
}

std::string path_beside_parks(const data::Catalog& catalog, const std::string& file_name) {
    const data::MapLayer* parks = catalog.find(data::LayerRole::Parks);
    if (!parks || parks->layer.source_path.empty()) return file_name;
    return (std::filesystem::path(parks->layer.source_path).parent_path() / file_name).string();
}

std::string metrics_path_beside_parks(const data::Catalog& catalog) { return path_beside_parks(catalog, "park_metrics.csv"); }

std::string facts_path_beside_parks(const data::Catalog& catalog) { return path_beside_parks(catalog, "park_facts.csv"); }

std::vector<analysis::Date> figure_dates(const analysis::Metrics& metrics, const data::Layer& parks) {
    std::vector<analysis::Date> dates;
    for (const auto& r : metrics.records) dates.push_back(r.date);
    for (const auto& f : parks.features)
        if (parks.number(f, "occ_pct"))
            if (auto d = analysis::parse_date(parks.text(f, "occ_asof").value_or(""))) dates.push_back(*d);
    std::sort(dates.begin(), dates.end(), analysis::earlier);
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    return dates;
}

ParkFigures load_park_figures(const data::Catalog& catalog, const std::string& metrics_path) {
    ParkFigures f;
    for (size_t i = 0; i < catalog.layers.size(); ++i)
        if (catalog.layers[i].role == data::LayerRole::Parks) {
            f.parks_layer = i;
            break;
        }
    f.metrics = analysis::load_park_metrics(metrics_path);
    f.facts = analysis::load_park_facts((std::filesystem::path(metrics_path).parent_path() / "park_facts.csv").string());
    f.sources = catalog.sources;
    if (!f.ok()) return f;
    const data::Layer& parks = catalog.layers[f.parks_layer].layer;
    analysis::join_parks(f.metrics, parks);
    f.dates = figure_dates(f.metrics, parks);
    f.distances = analysis::park_landmark_distances(catalog);
    set_asof(f, catalog, f.dates.empty() ? analysis::Date{} : f.dates.back());
    return f;
}

void set_asof(ParkFigures& f, const data::Catalog& catalog, const analysis::Date& asof) {
    f.asof = asof;
    if (!f.ok()) return;
    f.parks = analysis::compute_availability(catalog.layers[f.parks_layer].layer, f.metrics, asof, &f.facts);
}

std::vector<std::optional<double>> occupancy_by_feature(const ParkFigures& f) {
    std::vector<std::optional<double>> out;
    out.reserve(f.parks.size());
    for (const auto& p : f.parks) out.push_back(p.occ_pct.value);
    return out;
}

std::string legend_dates(const ParkFigures& f, i18n::Language lang) {
    std::vector<analysis::Date> shown;
    for (const auto& p : f.parks)
        if (p.occ_pct.known())
            if (auto d = analysis::parse_date(p.occ_pct.asof); d && std::find(shown.begin(), shown.end(), *d) == shown.end())
                shown.push_back(*d);
    std::sort(shown.begin(), shown.end(), analysis::earlier);
    std::string s;
    for (const auto& d : shown) s += (s.empty() ? "" : ", ") + format_date(d, lang);
    if (s.empty()) s = i18n::tr("unknown", lang);
    if (!(shown.size() == 1 && shown.front() == f.asof)) s += i18n::trf(i18n::N_(" (as of {0})"), lang, {format_date(f.asof, lang)});
    return s;
}

std::string format_date(const analysis::Date& d, i18n::Language lang) {
    if (d.month < 1 || d.month > 12) return i18n::tr("unknown", lang);
    return i18n::format_month(d.year, d.month, d.has_day() ? d.day : 0, lang);
}

}  // namespace state
