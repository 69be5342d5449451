// The Decree 35/2022/NĐ-CP art. 9(6) gauge: a new park may be filed only while the established
// parks (est = yes) average at least 60% occupancy. Here: the area-weighted average of the
// established parks whose occupancy and basis area are both known as of a date,
//   average = Σ occupancy_i × basis_ha_i / Σ basis_ha_i
// with basis_ha the same area availability.h uses (leasable land, else total area). Parks
// without a figure are left out and listed, never counted as 0. Next to it: the city-wide
// figures the authorities reported (park_metrics.csv, park_id "_city"), for both bases.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "analysis/availability.h"
#include "analysis/park_metrics_csv.h"
#include "i18n/catalogue.h"

namespace analysis {

struct GaugePark {
    std::string id;
    std::string name;
    double occ_pct = 0.0;
    std::string occ_asof;
    std::string occ_source;
    bool overridden = false;   // occupancy set by the what-if
    double weight_ha = 0.0;
    std::string basis;         // kBasisLeasable or kBasisTotalArea
    std::string weight_source;
};

struct GaugeExclusion {
    std::string id;
    std::string name;
    i18n::Message reason;      // "no area", "no occupancy as of DATE", "no area and no occupancy ...", "left out by the what-if"
};

struct ReportedCityFigure {
    OccBasis basis = OccBasis::AllLand;
    double occ_pct = 0.0;
    std::string date;          // YYYY-MM[-DD], for programs
    std::string source;
    DateBasis date_basis = DateBasis::Stated;
    Date when_date;

    // The date for people, with how sure it is: "Dec 2023", "Aug 2023, undated in the source".
    std::string when(i18n::Language lang) const { return date_words(when_date, date_basis, lang); }
};

// A what-if: set a park's occupancy, or leave parks out, and recompute.
struct WhatIf {
    std::map<std::string, double> occupancy;   // park id → occupancy %
    std::set<std::string> exclude;             // park ids
    bool empty() const { return occupancy.empty() && exclude.empty(); }
};

struct Decree35Gauge {
    Date asof;
    double threshold_pct = 60.0;
    std::optional<double> average_pct;             // nullopt when no park could be counted
    double weight_ha = 0.0;                        // Σ basis_ha of the included parks
    double established_area_ha = 0.0;              // Σ basis_ha of every established park whose area is known
    double occupied_ha = 0.0;                      // Σ occupancy × basis_ha
    std::vector<GaugePark> included;
    std::vector<GaugeExclusion> excluded;
    std::vector<std::string> below_average;        // included park ids under the average
    std::vector<std::string> below_threshold;      // included park ids under 60%
    bool mixed_bases = false;                      // some weights are leasable land, some total area
    std::optional<bool> meets_threshold;           // average ≥ 60%; nullopt when unknown
    std::optional<ReportedCityFigure> reported_all_land;
    std::optional<ReportedCityFigure> reported_handed_over;
    std::vector<i18n::Message> what_if_notes;      // what the what-if changed, or why it could not

    // One sentence: the city's reported figure first (all land, else land handed over), then the
    // average computed here with its coverage (parks, and share of their known area).
    std::string verdict(i18n::Language lang = i18n::Language::En) const;
};

Decree35Gauge compute_gauge(const std::vector<ParkAvailability>& parks, const Metrics& metrics, const Date& asof,
                            const WhatIf& what_if = {});

}  // namespace analysis
