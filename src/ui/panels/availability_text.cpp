#include "ui/panels/availability_text.h"
#include "i18n/catalogue.h"
#include "i18n/number_format.h"

namespace ui {

namespace {

std::string unknown(i18n::Language lang) { return i18n::tr("unknown", lang); }

std::string figure_value(const analysis::Figure& f, const char* unit, i18n::Language lang, int decimals = 2) {
    return f.known() ? i18n::format_number(*f.value, decimals, lang) + " " + unit : unknown(lang);
}

// "as of 2023-12 · source: HEZA report 6037/BC-BQL, 15 Dec 2023, footnote 5", and the
// source as the data gives it for the row's tooltip.
DetailRow figure_row(const char* label, const analysis::Figure& f, const char* unit, const state::ParkFigures& figures,
                     i18n::Language lang, int decimals = 2) {
    DetailRow row{i18n::tr(label, lang), figure_value(f, unit, lang, decimals), "", ""};
    if (!f.known()) return row;
    const std::string asof = f.asof.empty() ? std::string(i18n::tr("as of the date in its source", lang))
                                            : i18n::trf(i18n::N_("as of {0}"), lang, {f.asof});
    row.note = asof + " · " + i18n::trf(i18n::N_("source: {0}"), lang, {data::cite(f.source, figures.sources, lang)});
    row.source_detail = f.source;
    return row;
}

}  // namespace

std::string availability_heading(const state::ParkFigures& figures, i18n::Language lang) {
    return i18n::trf(i18n::N_("Land availability as of {0}"), lang, {state::format_date(figures.asof, lang)});
}

std::vector<DetailRow> availability_rows(const state::ParkFigures& figures, size_t index, i18n::Language lang) {
    std::vector<DetailRow> rows;
    if (index >= figures.parks.size()) return rows;
    const analysis::ParkAvailability& a = figures.parks[index];
    rows.push_back(figure_row(i18n::N_("Total area"), a.area_ha, "ha", figures, lang));
    rows.push_back(figure_row(i18n::N_("Industrial (leasable) land"), a.lease_ha, "ha", figures, lang));
    DetailRow occ = figure_row(i18n::N_("Occupancy"), a.occ_pct, "%", figures, lang, 1);
    if (!a.occ_pct.known())
        occ.note = i18n::trf(i18n::N_("no source gives a figure as of {0}"), lang, {state::format_date(figures.asof, lang)});
    rows.push_back(occ);
    // Occupied and free: the basis is stated, since it is total area when leasable land is unknown.
    const std::string basis = a.basis.empty() ? "" : i18n::trf(i18n::N_("basis: {0}"), lang, {i18n::tr(a.basis.c_str(), lang)});
    for (const auto& [key, fig] : {std::pair{i18n::N_("Occupied land"), &a.occupied_ha}, std::pair{i18n::N_("Free land"), &a.free_ha}}) {
        DetailRow r{i18n::tr(key, lang), fig->known() ? analysis::approx_hectares(*fig->value, lang) : unknown(lang), "", ""};
        if (fig->known())
            r.note = basis + " · " + i18n::trf(i18n::N_("as of {0}"), lang, {fig->asof});
        else
            r.note = i18n::tr("needs an occupancy and an area", lang);
        rows.push_back(r);
    }
    rows.push_back({i18n::tr("Land hand-over", lang),
                    a.handover.empty() ? unknown(lang) : data::cite(a.handover, figures.sources, lang), "",
                    a.handover});
    static constexpr const char* kTo[] = {i18n::N_("Straight-line (geodesic) distance to Lạch Huyện port"),
                                          i18n::N_("Straight-line (geodesic) distance to Cát Bi airport"),
                                          i18n::N_("Straight-line (geodesic) distance to the city centre")};
    const analysis::ParkDistances* d = index < figures.distances.size() ? &figures.distances[index] : nullptr;
    for (size_t k = 0; k < 3; ++k) {
        DetailRow r{i18n::tr(kTo[k], lang), unknown(lang), "", ""};
        if (d && k < d->km.size() && d->km[k].second) {
            r.value = i18n::format_number(*d->km[k].second, 1, lang) + " km";
            r.note = i18n::tr("from a point inside the park's approximate outline (placed within 1–3 km); not a road distance", lang);
        } else {
            r.note = i18n::tr("the park has no known location", lang);
        }
        rows.push_back(r);
    }
    return rows;
}

}  // namespace ui
