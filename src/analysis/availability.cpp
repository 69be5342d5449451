#include "analysis/availability.h"

#include <cmath>
#include <filesystem>

#include "data/layer.h"
#include "i18n/number_format.h"

namespace analysis {

Split split_land(double occ_pct, double basis_ha) {
    const double occupied = occ_pct / 100.0 * basis_ha;
    return {occupied, basis_ha - occupied};
}

namespace {

// An area from park_facts.csv: its source and date travel with it.
Figure fact_figure(const ParkFacts& facts, const std::string& id, const char* key, const Date& asof) {
    const Fact* f = facts.latest(id, key, asof);
    if (!f) return {};
    const std::string file = std::filesystem::path(facts.path).filename().string();
    return {f->value, f->source + " (" + file + " line " + std::to_string(f->line) + ")", f->asof ? f->asof->text : ""};
}

}  // namespace

std::string approx_hectares(double ha, i18n::Language lang) {
    return "≈ " + i18n::format_number(std::round(std::max(0.0, ha)), 0, lang) + " ha";
}

std::vector<ParkAvailability> compute_availability(const data::Layer& parks, const Metrics& metrics, const Date& asof,
                                                   const ParkFacts* facts) {
    std::vector<ParkAvailability> out;
    out.reserve(parks.features.size());
    for (const auto& f : parks.features) {
        ParkAvailability a;
        a.id = parks.text(f, "id").value_or("");
        a.name_vi = parks.text(f, "name_vi").value_or("");
        a.name = parks.text(f, "name_en").value_or(a.name_vi);
        a.status = parks.text(f, "status").value_or("");
        a.established = parks.text(f, "est") == "yes";
        a.handover = parks.text(f, "handover").value_or("");

        a.area_ha.value = parks.number(f, "area_ha");
        if (a.area_ha.known()) a.area_ha.source = parks.text(f, "area_src").value_or("parks layer, area_ha");
        a.lease_ha.value = parks.number(f, "lease_ha");
        if (a.lease_ha.known()) a.lease_ha.source = parks.text(f, "lease_src").value_or("parks layer, lease_ha");
        if (facts) {
            if (!a.area_ha.known()) a.area_ha = fact_figure(*facts, a.id, fact::kTotalHa, asof);
            if (!a.lease_ha.known()) a.lease_ha = fact_figure(*facts, a.id, fact::kLeasableHa, asof);
            a.status = park_status_as_of(*facts, a.id, a.status, asof).status;
        }

        // Occupancy: the dated table first, then the layer's own figure if it is not newer.
        if (const MetricRecord* r = metrics.latest(a.id, asof, OccBasis::AllLand)) {
            a.occ_pct = {r->occ_pct, r->source, r->date.to_string()};
            a.occ_from = metrics.path + " line " + std::to_string(r->line);
        } else if (auto v = parks.number(f, "occ_pct")) {
            const auto d = parse_date(parks.text(f, "occ_asof").value_or(""));
            if (d && known_as_of(*d, asof)) {
                a.occ_pct = {v, parks.text(f, "occ_src").value_or("parks layer, occ_pct"), d->to_string()};
                a.occ_from = "parks layer";
            }
        }

        if (a.lease_ha.known()) {
            a.basis = kBasisLeasable;
            a.basis_ha = a.lease_ha;
        } else if (a.area_ha.known()) {
            a.basis = kBasisTotalArea;
            a.basis_ha = a.area_ha;
        }

        if (a.occ_pct.known() && a.basis_ha.known()) {
            const Split s = split_land(*a.occ_pct.value, *a.basis_ha.value);
            const std::string src = "occupancy: " + a.occ_pct.source + "; " + a.basis + ": " + a.basis_ha.source;
            a.occupied_ha = {s.occupied_ha, src, a.occ_pct.asof};
            a.free_ha = {s.free_ha, src, a.occ_pct.asof};
        }
        out.push_back(std::move(a));
    }
    return out;
}

}  // namespace analysis
