#include "app/find_command.h"

#include "analysis/site_report.h"
#include "i18n/catalogue.h"
#include "state/park_figures.h"

namespace app {

namespace {

// The landmark ids of the data, for the message when --max-km names none of them.
std::string landmark_ids(const data::Catalog& catalog) {
    std::string ids;
    if (const data::MapLayer* marks = catalog.find(data::LayerRole::Landmarks))
        for (const auto& f : marks->layer.features) ids += (ids.empty() ? "" : ", ") + marks->layer.text(f, "id").value_or("");
    return ids;
}

bool has_landmark(const data::Catalog& catalog, const std::string& id) {
    if (const data::MapLayer* marks = catalog.find(data::LayerRole::Landmarks))
        for (const auto& f : marks->layer.features)
            if (marks->layer.text(f, "id") == id) return true;
    return false;
}

}  // namespace

int run_find(const data::Catalog& catalog, const std::string& metrics_path, const std::string& facts_path, const Options& o,
             std::ostream& out, std::ostream& err) {
    const i18n::Language lang = o.language;
    if (!catalog.find(data::LayerRole::Parks)) {
        err << "parkatlas: --find: " << i18n::tr("no parks layer is loaded", lang) << "\n";
        return 1;
    }
    analysis::SiteQuery query;
    query.min_free_ha = o.find_ha;
    query.sector = o.find_sector;
    if (o.find_ready_by) query.ready_by = analysis::parse_date(*o.find_ready_by);
    for (const auto& [name, km] : o.find_max_km) {
        const std::string id = analysis::landmark_alias(name);
        if (!has_landmark(catalog, id)) {
            err << "parkatlas: --max-km: "
                << i18n::trf("no landmark '{0}'; use port, airport, centre or one of: {1}", lang, {name, landmark_ids(catalog)})
                << "\n";
            return 2;
        }
        query.max_km.push_back({id, km, {}});
    }

    const analysis::Metrics metrics = analysis::load_park_metrics(metrics_path);
    const analysis::ParkFacts facts = analysis::load_park_facts(facts_path);
    for (const auto& w : metrics.warnings) err << "parkatlas: " << w.to_string(lang) << "\n";
    for (const auto& w : facts.warnings) err << "parkatlas: " << w.to_string(lang) << "\n";

    if (o.asof) {
        const auto d = analysis::parse_date(*o.asof);
        if (!d) {
            err << "parkatlas: --asof: "
                << i18n::trf("'{0}' is not a date (expected YYYY-MM or YYYY-MM-DD)", lang, {*o.asof}) << "\n";
            return 2;
        }
        query.asof = *d;
    } else {
        // Default: the newest occupancy figure, as --stats and the window's date slider choose.
        const auto dates = state::figure_dates(metrics, catalog.find(data::LayerRole::Parks)->layer);
        if (dates.empty()) {
            err << "parkatlas: --find: " << i18n::tr("no dated figure anywhere; give --asof", lang) << "\n";
            return 2;
        }
        query.asof = dates.back();
        err << "parkatlas: --find: "
            << i18n::trf("as of {0} (the newest figure; use --asof to choose)", lang, {query.asof.to_string()}) << "\n";
    }
    const auto result = analysis::find_sites(catalog, metrics, facts, query, lang);
    analysis::write_sites(out, result, *analysis::parse_format(o.format), lang);
    return 0;
}

}  // namespace app
