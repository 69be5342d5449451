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
    return ReportedCityFigure{basis, *r->occ_pct, r->date.to_string(), r->source};
}

}  // namespace

std::string Decree35Gauge::verdict(i18n::Language lang) const {
    using i18n::N_;
    if (!average_pct)
        return i18n::trf(N_("unknown: no established park has both an occupancy and an area as of {0}"), lang,
                         {asof.to_string()});
    std::string s = i18n::trf(*meets_threshold ? N_("computed average {0} of {1} established parks ({2} left out) meets "
                                                    "the {3} threshold of Decree 35/2022/ND-CP art. 9(6)")
                                               : N_("computed average {0} of {1} established parks ({2} left out) is "
                                                    "below the {3} threshold of Decree 35/2022/ND-CP art. 9(6)"),
                              lang,
                              {pct(*average_pct), std::to_string(included.size()), std::to_string(excluded.size()),
                               pct(threshold_pct)});
    if (!excluded.empty())
        s += i18n::trf(N_("; partial: it covers {0} of {1} established parks, and parks left out for want of an occupancy "
                          "figure are mostly the ones still being cleared or built, so it is not the official average"),
                       lang, {std::to_string(included.size()), std::to_string(included.size() + excluded.size())});
    if (reported_all_land)
        s += i18n::trf(reported_all_land->occ_pct >= threshold_pct
                           ? N_("; the city reported {0} (all land, {1}), which meets it")
                           : N_("; the city reported {0} (all land, {1}), which is below it"),
                       lang, {pct(reported_all_land->occ_pct), reported_all_land->date});
    return s;
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
