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

std::vector<DetailRow> investor_rows(const state::ParkFigures& figures, size_t index, i18n::Language lang) {
    using namespace analysis;
    std::vector<DetailRow> rows;
    if (index >= figures.parks.size()) return rows;
    const std::string& id = figures.parks[index].id;
    const ParkFacts& facts = figures.facts;
    auto num = [&](double v) { return i18n::format_number(v, 2, lang); };
    // The row for one fact (or two shown together, as kV and MVA): its value in words, its date
    // and source beneath; for an unknown, where it was looked for.
    auto row = [&](const char* label, std::initializer_list<const char*> keys, auto words) {
        DetailRow r{i18n::tr(label, lang), unknown(lang), "", "", *keys.begin()};
        std::string value, note, detail;
        for (const char* key : keys) {
            // Land free now is a figure of the date; the rest describe the park (any date, said).
            const Fact* f = facts.latest(id, key, key == std::string(fact::kAvailableHa) ? std::optional(figures.asof) : std::nullopt);
            if (!f) continue;
            value += (value.empty() ? "" : " · ") + words(*f);
            if (note.empty()) {
                const std::string when = f->asof ? i18n::trf(i18n::N_("as of {0}"), lang, {f->asof->text})
                                                 : std::string(i18n::tr("undated", lang));
                note = when + " · " + i18n::trf(i18n::N_("source: {0}"), lang, {f->source});
                detail = f->note;
            }
        }
        if (!value.empty()) {
            r.value = value;
            r.note = note;
            r.source_detail = detail;
        } else {
            r.note = i18n::tr("not found in public sources", lang);
            if (const Fact* nf = facts.not_found(id, *keys.begin())) r.source_detail = nf->note;
        }
        rows.push_back(std::move(r));
    };
    row(i18n::N_("Land free now (reported)"), {fact::kAvailableHa}, [&](const Fact& f) { return num(*f.value) + " ha"; });
    row(i18n::N_("Land lease price"), {fact::kLeaseUsdM2}, [&](const Fact& f) {
        const std::string range = f.value_high && *f.value_high != *f.value ? num(*f.value) + "–" + num(*f.value_high) : num(*f.value);
        return range + " USD/m²";
    });
    row(i18n::N_("Power supply"), {fact::kPowerKv, fact::kPowerMva}, [&](const Fact& f) { return num(*f.value) + " " + f.unit; });
    row(i18n::N_("Clean water supply"), {fact::kWaterM3d}, [&](const Fact& f) { return num(*f.value) + " m³/day"; });
    row(i18n::N_("Wastewater treatment"), {fact::kWastewaterM3d}, [&](const Fact& f) { return num(*f.value) + " m³/day"; });
    row(i18n::N_("Smallest plot offered"), {fact::kMinPlotHa}, [&](const Fact& f) { return num(*f.value) + " ha"; });
    row(i18n::N_("Sectors welcomed"), {fact::kSectors}, [&](const Fact& f) {
        std::string out;
        for (const auto& item : sector_list(f.text)) out += (out.empty() ? "" : ", ") + sector_words(item, lang);
        return out;
    });
    row(i18n::N_("Land ready for tenants"), {fact::kReady}, [&](const Fact& f) {
        const auto d = parse_loose_date(f.text);
        const std::string when = d->year_only ? std::to_string(d->date.year) : state::format_date(d->date, lang);
        return f.unit == kTargetUnit ? i18n::trf(i18n::N_("target: {0}"), lang, {when}) : i18n::trf(i18n::N_("since {0}"), lang, {when});
    });
    row(i18n::N_("Developer's contact"), {fact::kContact}, [&](const Fact& f) { return f.text; });
    return rows;
}

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
