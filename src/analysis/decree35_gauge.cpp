#include "analysis/decree35_gauge.h"

#include <cstdio>

#include "data/park_model.h"

namespace analysis {

namespace {

std::string pct(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f%%", v);
    return buf;
}

std::optional<ReportedCityFigure> reported(const Metrics& m, const Date& asof, OccBasis basis) {
    const MetricRecord* r = m.latest(kCityId, asof, basis);
    if (!r) return std::nullopt;
    return ReportedCityFigure{basis, *r->occ_pct, r->date.to_string(), r->source, r->date_basis, r->date};
}

}  // namespace

std::string Decree35Gauge::verdict(i18n::Language lang) const {
    using i18n::N_;
    const std::string threshold = pct(threshold_pct);
    // The city's own figure leads: it is what the authorities count. The average computed here
    // from the park figures follows, with how much of the established parks it covers.
    const std::optional<ReportedCityFigure>& lead = reported_all_land ? reported_all_land : reported_handed_over;
    std::string s;
    if (lead) {
        const bool meets = lead->occ_pct >= threshold_pct, all_land = lead->basis == OccBasis::AllLand;
        const char* text = all_land ? (meets ? N_("the city reported {0} ({1}, all land), which meets the {2} threshold of "
                                                  "Decree 35/2022/ND-CP art. 9(6)")
                                             : N_("the city reported {0} ({1}, all land), which is below the {2} threshold "
                                                  "of Decree 35/2022/ND-CP art. 9(6)"))
                                    : (meets ? N_("the city reported {0} ({1}, land handed over), which meets the {2} "
                                                  "threshold of Decree 35/2022/ND-CP art. 9(6)")
                                             : N_("the city reported {0} ({1}, land handed over), which is below the {2} "
                                                  "threshold of Decree 35/2022/ND-CP art. 9(6)"));
        s = i18n::trf(text, lang, {pct(lead->occ_pct), lead->when(lang), threshold});
        if (all_land && reported_handed_over)
            s += i18n::trf(N_("; {0} of the land handed over ({1})"), lang,
                           {pct(reported_handed_over->occ_pct), reported_handed_over->when(lang)});
    }
    if (!average_pct) {
        if (lead)
            return s + i18n::trf(N_("; no established park has both an occupancy and an area as of {0}, so no average "
                                    "is computed here"),
                                 lang, {asof.to_string()});
        return i18n::trf(N_("unknown: no city-wide figure is reported as of {0}, and no established park has both an "
                            "occupancy and an area"),
                         lang, {asof.to_string()});
    }
    const std::string coverage =
        i18n::trf(N_("{0} of {1} established parks, {2} of their known area"), lang,
                  {std::to_string(included.size()), std::to_string(included.size() + excluded.size()),
                   pct(established_area_ha > 0.0 ? weight_ha / established_area_ha * 100.0 : 100.0)});
    if (lead)
        return s + i18n::trf(*meets_threshold ? N_("; the average computed here from park figures, {0}, meets it but "
                                                   "covers only {1}, so it is not the official figure")
                                              : N_("; the average computed here from park figures, {0}, is below it but "
                                                   "covers only {1}, so it is not the official figure"),
                             lang, {pct(*average_pct), coverage});
    return i18n::trf(*meets_threshold ? N_("no city-wide figure is reported as of {0}; the average computed here from park "
                                           "figures, {1}, meets the {2} threshold of Decree 35/2022/ND-CP art. 9(6) but "
                                           "covers only {3}")
                                      : N_("no city-wide figure is reported as of {0}; the average computed here from park "
                                           "figures, {1}, is below the {2} threshold of Decree 35/2022/ND-CP art. 9(6) and "
                                           "covers only {3}"),
                     lang, {asof.to_string(), pct(*average_pct), threshold, coverage});
}

Decree35Gauge compute_gauge(const std::vector<ParkAvailability>& parks, const Metrics& metrics, const Date& asof,
                            const WhatIf& what_if) {
    Decree35Gauge g;
    g.asof = asof;
    g.threshold_pct = data::kDecree35OccupancyThreshold;

    std::set<std::string> known_ids;
    for (const auto& p : parks) {
        known_ids.insert(p.id);
        if (!p.established) continue;
        if (p.basis_ha.known()) g.established_area_ha += *p.basis_ha.value;
        if (what_if.exclude.count(p.id)) {
            g.excluded.push_back({p.id, p.name, {i18n::N_("left out by the what-if"), {}}});
            g.what_if_notes.push_back({i18n::N_("left out {0}"), {p.id}});
            continue;
        }
        std::optional<double> occ = p.occ_pct.value;
        std::string occ_asof = p.occ_pct.asof, occ_source = p.occ_pct.source;
        bool overridden = false;
        if (auto it = what_if.occupancy.find(p.id); it != what_if.occupancy.end()) {
            if (it->second < 0.0 || it->second > 100.0) {
                g.what_if_notes.push_back(
                    {i18n::N_("ignored occupancy {0} for {1}: not within 0–100%"), {pct(it->second), p.id}});
            } else {
                g.what_if_notes.push_back(occ ? i18n::Message{i18n::N_("set {0} to {1} (was {2})"), {p.id, pct(it->second), pct(*occ)}}
                                              : i18n::Message{i18n::N_("set {0} to {1} (was unknown)"), {p.id, pct(it->second)}});
                occ = it->second;
                occ_asof = "what-if";
                occ_source = "what-if";
                overridden = true;
            }
        }
        const bool has_area = p.basis_ha.known();
        if (!has_area || !occ) {
            i18n::Message reason;
            if (!has_area && !occ)
                reason = {i18n::N_("no area and no occupancy as of {0}"), {asof.to_string()}};
            else if (!has_area)
                reason = {i18n::N_("no area (neither total nor leasable land is sourced)"), {}};
            else
                reason = {i18n::N_("no occupancy as of {0}"), {asof.to_string()}};
            g.excluded.push_back({p.id, p.name, reason});
            continue;
        }
        GaugePark gp{p.id, p.name, *occ, occ_asof, occ_source, overridden, *p.basis_ha.value, p.basis, p.basis_ha.source};
        g.weight_ha += gp.weight_ha;
        g.occupied_ha += gp.occ_pct / 100.0 * gp.weight_ha;
        g.included.push_back(std::move(gp));
    }
    for (const auto& [id, v] : what_if.occupancy)
        if (!known_ids.count(id)) g.what_if_notes.push_back({i18n::N_("ignored occupancy for unknown park {0}"), {id}});
    for (const auto& id : what_if.exclude)
        if (!known_ids.count(id)) g.what_if_notes.push_back({i18n::N_("ignored exclusion of unknown park {0}"), {id}});

    if (!g.included.empty() && g.weight_ha > 0.0) {
        g.average_pct = g.occupied_ha / g.weight_ha * 100.0;
        g.meets_threshold = *g.average_pct >= g.threshold_pct;
        for (const auto& p : g.included) {
            if (p.occ_pct < *g.average_pct) g.below_average.push_back(p.id);
            if (p.occ_pct < g.threshold_pct) g.below_threshold.push_back(p.id);
            if (p.basis != g.included.front().basis) g.mixed_bases = true;
        }
    }
    g.reported_all_land = reported(metrics, asof, OccBasis::AllLand);
    g.reported_handed_over = reported(metrics, asof, OccBasis::HandedOver);
    return g;
}

}  // namespace analysis
