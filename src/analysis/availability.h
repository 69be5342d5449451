// How much land each park has free as of a date, and where every figure comes from.
//   occupied ha = occupancy × leasable land        (basis "leasable land")
//               = occupancy × total area           (basis "total area, leasable land unknown")
//   free ha     = basis area − occupied ha
// Occupancy as of a date: the latest park_metrics.csv row (all_land basis) on or before the
// date; else the layer's occ_pct when its occ_asof is on or before the date; else unknown.
// An unknown input makes every figure that depends on it unknown, never 0.
#pragma once

#include "i18n/catalogue.h"

#include <optional>
#include <string>
#include <vector>

#include "analysis/park_facts.h"
#include "analysis/park_metrics_csv.h"

namespace analysis {

inline constexpr const char* kBasisLeasable = i18n::N_("leasable land");
inline constexpr const char* kBasisTotalArea = i18n::N_("total area, leasable land unknown");

// One figure with its provenance. `asof` is empty when the source gives no date for the value
// itself (areas: the date is inside `source`).
struct Figure {
    std::optional<double> value;
    std::string source;
    std::string asof;

    bool known() const { return value.has_value(); }
};

struct ParkAvailability {
    std::string id;
    std::string name;        // name_en, or name_vi when there is no English name
    std::string name_vi;
    std::string status;      // as of the date when facts are given, else as in the layer
    bool established = false;
    std::string handover;    // the layer's words, may be empty
    Figure area_ha;          // total area
    Figure lease_ha;         // leasable (industrial) land
    Figure occ_pct;          // occupancy, %
    std::string occ_from;    // "park_metrics.csv line N", "parks layer", or empty when unknown
    std::string basis;       // kBasisLeasable, kBasisTotalArea, or empty when neither area is known
    Figure basis_ha;         // the area occupancy applies to
    Figure occupied_ha;
    Figure free_ha;
};

// One entry per feature of `parks`, in layer order.
// With `facts`, an area the layer lacks is taken from park_facts.csv (total_ha, leasable_ha), and
// the status is the one of the as-of date (park_status_as_of).
std::vector<ParkAvailability> compute_availability(const data::Layer& parks, const Metrics& metrics, const Date& asof,
                                                   const ParkFacts* facts = nullptr);

// Occupied and free land for a given occupancy and basis area (both known).
struct Split {
    double occupied_ha;
    double free_ha;
};
Split split_land(double occ_pct, double basis_ha);

// Land computed from a percentage, as it may honestly be written: whole hectares with "≈"
// ("≈ 175 ha"), never two decimals as if surveyed.
std::string approx_hectares(double ha, i18n::Language lang);

}  // namespace analysis
