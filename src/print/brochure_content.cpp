#include "print/brochure_content.h"

#include <algorithm>

#include "analysis/site_finder.h"
#include "i18n/catalogue.h"
#include "i18n/number_format.h"
#include "ui/map_overlay.h"
#include "ui/panels/availability_text.h"
#include "ui/panels/feature_text.h"

namespace print {

namespace {

using i18n::N_;

SheetRow sheet_row(const ui::DetailRow& r) { return {r.label, r.value, r.note}; }

std::string pct(double v, i18n::Language lang) { return i18n::format_number(v, 1, lang) + " %"; }

}  // namespace

std::vector<std::string> decree35_context(const analysis::Decree35Gauge& gauge, i18n::Language lang) {
    std::vector<std::string> out;
    out.push_back(i18n::tr("Decree 35/2022/NĐ-CP (art. 9(6)) lets a city add a new industrial park only while its "
                           "established parks are on average at least 60% occupied.", lang));
    std::string standing = i18n::trf(N_("As of {0}: {1}."), lang, {state::format_date(gauge.asof, lang), gauge.verdict(lang)});
    out.push_back(standing);
    if (auto merged = analysis::merger_note(gauge.asof, lang); !merged.empty()) out.push_back(merged);
    return out;
}

ParkSheet park_sheet(const data::Catalog& catalog, const state::ParkFigures& figures, const analysis::Decree35Gauge& gauge,
                     size_t park_feature, i18n::Language lang) {
    ParkSheet s;
    s.feature = park_feature;
    const data::MapLayer& parks = catalog.layers[figures.parks_layer];
    const data::Layer& layer = parks.layer;
    const data::Feature& f = layer.features[park_feature];
    s.id = layer.text(f, "id").value_or("");
    s.title = ui::feature_title(parks, park_feature, lang);
    s.vietnamese_name = lang == i18n::Language::Vi ? "" : layer.text(f, "name_vi").value_or("");
    if (s.vietnamese_name == s.title) s.vietnamese_name.clear();
    s.status = ui::status_words(layer.text(f, "status").value_or(""), lang);
    s.district = layer.text(f, "district").value_or("");
    s.located = !f.geometry.empty();
    s.location_note = s.located ? i18n::tr("Outlines are approximate illustrations", lang)
                                : i18n::tr("No source gives this park's location: it is not drawn on the maps.", lang);

    // The figures as of the chosen date: the details panel's rows, split into land and distances.
    const auto rows = ui::availability_rows(figures, park_feature, lang);
    for (size_t i = 0; i < rows.size(); ++i) (i + 3 < rows.size() ? s.land : s.distances).push_back(sheet_row(rows[i]));
    // The distances share one note, said once beneath them.
    for (auto& d : s.distances) {
        if (d.value != i18n::tr("unknown", lang)) s.distance_note = d.note;
        d.note.clear();
    }
    if (s.distance_note.empty() && !s.distances.empty()) s.distance_note = i18n::tr("the park has no known location", lang);

    // For investors: the facts a public source gives; the others named in one line.
    for (const auto& r : ui::investor_rows(figures, park_feature, lang)) {
        if (r.value != i18n::tr("unknown", lang)) s.site.push_back(sheet_row(r));
        else s.site_unknown += (s.site_unknown.empty() ? "" : ", ") + r.label;
    }
    if (!s.site_unknown.empty())
        s.site_unknown = i18n::trf(N_("Not found in public sources: {0}. Ask the developer."), lang, {s.site_unknown});

    for (const auto& r : ui::describe_feature(catalog, parks, park_feature, lang))
        if (r.field == "developer" || r.field == "tenants" || r.field == "founded") s.people.push_back(sheet_row(r));

    // Investments recorded in this park (the projects layer), largest first.
    if (const data::MapLayer* projects = catalog.find(data::LayerRole::Projects)) {
        struct Found { double cap; SheetRow row; };
        std::vector<Found> found;
        const data::Layer& pl = projects->layer;
        for (const auto& p : pl.features) {
            if (pl.text(p, "park_id").value_or("") != s.id || s.id.empty()) continue;
            const std::string investor = ui::feature_title(*projects, size_t(&p - pl.features.data()), lang);
            const std::string country = pl.text(p, "country").value_or("");
            const auto cap = pl.number(p, "cap_musd");
            SheetRow row;
            row.label = country.empty() ? investor : investor + " (" + country + ")";
            row.value = cap ? i18n::format_number(*cap, 0, lang) + " " + i18n::tr("million USD", lang) : i18n::tr("unknown", lang);
            const std::string year = pl.text(p, "year").value_or("");
            const std::string source = data::cite(pl.text(p, "source").value_or(""), catalog.sources, lang);
            row.note = (year.empty() ? "" : year + " · ") + i18n::trf(N_("source: {0}"), lang, {source});
            if (pl.text(p, "attrib") == "uncertain")
                row.note = std::string(i18n::tr("Park and year uncertain (placed by inference)", lang)) + " · " + row.note;
            found.push_back({cap.value_or(-1.0), row});
        }
        std::stable_sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.cap > b.cap; });
        for (auto& x : found) s.investments.push_back(std::move(x.row));
    }

    // Decree 35: the rule, the city's standing, and where this park stands in it.
    s.decree35 = decree35_context(gauge, lang);
    const auto included = std::find_if(gauge.included.begin(), gauge.included.end(), [&](const auto& p) { return p.id == s.id; });
    const auto excluded = std::find_if(gauge.excluded.begin(), gauge.excluded.end(), [&](const auto& p) { return p.id == s.id; });
    if (included != gauge.included.end())
        s.decree35.push_back(i18n::trf(N_("This park counts in that average: {0} occupied, weighted by {1} ha."), lang,
                                       {pct(included->occ_pct, lang), i18n::format_number(included->weight_ha, 0, lang)}));
    else if (excluded != gauge.excluded.end())
        s.decree35.push_back(i18n::trf(N_("This park is established but left out of the average: {0}."), lang,
                                       {excluded->reason.in(lang)}));
    else
        s.decree35.push_back(i18n::tr("This park is not yet established, so it does not count in the average.", lang));

    // Where to ask: the authority that licenses investment in the parks, and the developer.
    s.contacts.push_back({i18n::tr("Hai Phong Economic Zone Authority (HEZA)", lang), "heza.gov.vn",
                          std::string(i18n::tr("licenses investment in the city's industrial parks and economic zones", lang)) + " · " +
                              i18n::trf(N_("source: {0}"), lang, {data::cite("[2]", catalog.sources, lang)})});
    const std::string developer = layer.text(f, "developer").value_or("");
    s.contacts.push_back({i18n::tr("Infrastructure developer", lang), developer.empty() ? i18n::tr("unknown", lang) : developer,
                          developer.empty() ? ""
                                            : i18n::trf(N_("source: {0}"), lang,
                                                        {data::cite(layer.text(f, "dev_src").value_or(""), catalog.sources, lang)})});

    return s;
}

}  // namespace print
